import Testing
import Markdown

/// Author text is escaped on Unicode scalars: a quote, angle bracket or ampersand stays
/// escaped when a combining mark, a zero-width joiner or a variation selector follows it
/// (Swift sees one `Character`; an HTML parser sees the quote first).
@Suite struct EscapingTests {
    static let followers = ["\u{0301}", "\u{200D}", "\u{FE0F}"]

    @Test(arguments: followers)
    func escapeWorksOnScalars(follower: String) {
        let text = ["\"", "<", ">", "&"].map { $0 + follower }.joined()
        #expect(HTMLEscaping.escape(text) == ["&quot;", "&lt;", "&gt;", "&amp;"].map { $0 + follower }.joined())
        #expect(HTMLEscaping.escapeAttribute("'" + follower) == "&#39;" + follower)
        #expect(HTMLEscaping.escapeXML("a\u{1}b\u{FFFE}<" + follower) == "ab&lt;" + follower)
    }

    @Test func imageAltCannotGainAnAttribute() {
        #expect(html("![x\"\u{0301} onerror=alert(1) y](/u)\n")
            == "<p><img src=\"/u\" alt=\"x&quot;\u{0301} onerror=alert(1) y\"></p>\n")
    }

    @Test(arguments: followers)
    func linkAndImageTitlesAreEscapedOnScalars(follower: String) {
        // Written out rather than made with `replacingOccurrences`, which compares Characters too.
        let title = "t\\\"\(follower) onmouseover=alert(1) <b\(follower)>&\(follower)"
        let escaped = "t&quot;\(follower) onmouseover=alert(1) &lt;b\(follower)&gt;&amp;\(follower)"
        #expect(html("[a](/u \"\(title)\")\n") == "<p><a href=\"/u\" title=\"\(escaped)\">a</a></p>\n")
        #expect(html("![a](/u \"\(title)\")\n") == "<p><img src=\"/u\" alt=\"a\" title=\"\(escaped)\"></p>\n")
    }

    /// GFM spec example 582: a nested image's description is part of the alt text.
    @Test func nestedImageKeepsItsAltText() {
        #expect(html("![foo ![bar](/url)](/url2)\n") == "<p><img src=\"/url2\" alt=\"foo bar\"></p>\n")
        #expect(html("![a *b* `c<` [d](/x)](/y)\n") == "<p><img src=\"/y\" alt=\"a b c&lt; d\"></p>\n")
    }

    @Test func lineBreaksInAltTextAreSpaces() {
        #expect(html("![one\ntwo  \nthree](/u)\n") == "<p><img src=\"/u\" alt=\"one two three\"></p>\n")
    }

    @Test func infoStringLanguageEndsAtSpaceOrTab() {
        #expect(html("``` swift extra\nx\n```\n") == "<pre><code class=\"language-swift\">x\n</code></pre>\n")
        #expect(html("```swift\textra\nx\n```\n") == "<pre><code class=\"language-swift\">x\n</code></pre>\n")
    }

    @Test(arguments: followers)
    func infoStringIsEscapedOnScalars(follower: String) {
        #expect(html("```a\"\(follower)onclick=x()\nx\n```\n")
            == "<pre><code class=\"language-a&quot;\(follower)onclick=x()\">x\n</code></pre>\n")
    }
}
