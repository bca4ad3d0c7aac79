import Testing
import Markdown

/// Raw HTML never reaches the output as markup (the tagfilter is not enough on its own).
@Suite struct RawHTMLTests {
    @Test func scriptBlockIsOmitted() {
        #expect(html("<script>alert(1)</script>\n") == "<!-- raw HTML omitted -->\n")
    }

    @Test func inlineScriptIsOmitted() {
        let output = html("Hi <script>alert(1)</script> <b onclick=\"x()\">b</b>\n")
        #expect(output == "<p>Hi <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(!output.contains("<script"))
        #expect(!output.contains("<b"))
    }

    @Test func rawHTMLIsReportedWithPositions() {
        let document = MarkdownDocument.parse("Text\n\n<div>\nx\n</div>\n\nA <span>b</span>\n", lineOffset: 3)
        let spans = document.rawHTML()
        #expect(spans.map(\.line) == [6, 10, 10])
        #expect(spans.map(\.column) == [1, 3, 10])
        #expect(spans.map(\.html) == ["<div>\nx\n</div>\n", "<span>", "</span>"])
        #expect(spans[1].location(in: "r.zh.md").description == "r.zh.md:10:3")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
    ])
    func scriptURLsAreDropped(markdown: String) {
        let output = html(markdown + "\n")
        #expect(output == "<p>x</p>\n")
    }

    @Test func safeURLsAreKeptAndEscaped() {
        #expect(html("[a](http://x.org/a b \"t\\\"q\") ![p *q*](data:image/png;base64,AA== \"T\")\n")
            .contains("<img src=\"data:image/png;base64,AA==\" alt=\"p q\" title=\"T\">"))
        #expect(html("[a](</a b?x=\"1\">)\n") == "<p><a href=\"/a%20b?x=%221%22\">a</a></p>\n")
        #expect(html("![x](javascript:alert(1))\n") == "<p>x</p>\n")
    }
}
