import Testing
import Markdown

/// `[[…]]` references: found in text with the file's line and character column, never in code.
@Suite struct FigureReferenceTests {
    private func found(_ markdown: String, lineOffset: Int = 0) -> [String] {
        MarkdownDocument.parse(markdown, lineOffset: lineOffset).figureReferences().map { "\($0.raw)@\($0.line):\($0.column)" }
    }

    @Test func inPlainTextAndEmphasis() {
        #expect(found("Air [[a.b]] and *good [[zhuhai:air.good_days_ratio@2021]]* days\n") == [
            "a.b@1:5", "zhuhai:air.good_days_ratio@2021@1:23",
        ])
    }

    @Test func onTheThirdLineOfAParagraphWithChineseBeforeIt() {
        let markdown = """
        第一行
        second line
        第三行：优良天数比例 [[air.good_days_ratio@2020]]，较 [[air.pm25@2017..2020]]。
        """
        #expect(found(markdown, lineOffset: 4) == ["air.good_days_ratio@2020@7:12", "air.pm25@2017..2020@7:43"])
    }

    @Test func onIndentedAndLazyContinuationLines() {
        let markdown = """
        para
            *x [[a.a]]* y [[b.b]]

        > quote
        lazy [[c.c]]

        - item
          more [[d.d]]
        """
        #expect(found(markdown) == ["a.a@2:8", "b.b@2:19", "c.c@5:6", "d.d@8:8"])
    }

    @Test func inAListItemAndATableCell() {
        let markdown = """
        - 空气 [[air.aqi]]

        | 城市 | 值 |
        |---|---|
        | 东莞 | [[dongguan:air.pm25]] |
        """
        #expect(found(markdown) == ["air.aqi@1:6", "dongguan:air.pm25@5:8"])
    }

    @Test func notInCodeSpansOrCodeBlocks() {
        let markdown = """
        `[[code.span]]` and [[real.one]]

        ```
        [[fenced.code]]
        ```

            [[indented.code]]
        """
        #expect(found(markdown) == ["real.one@1:21"])
    }

    @Test func bracketsThatAreNotReferences() {
        #expect(found("[[]] [[a\nb]] [single] [[[x.y]]] [[p.q]][[r.s]]\n") == ["x.y@2:15", "p.q@2:24", "r.s@2:31"])
    }

    @Test func escapesBeforeAReferenceKeepTheColumnExact() {
        #expect(found("a \\* &amp; [[e.f]]\n") == ["e.f@1:12"])
    }

    @Test func theSameReferenceTwiceOnALine() {
        #expect(found("[[a.b]] x [[a.b]]\n") == ["a.b@1:1", "a.b@1:11"])
    }

    @Test func crlfLineEndings() {
        #expect(found("one\r\ntwo [[a.b]]\r\n\r\n- [[c.d]]\r\n") == ["a.b@2:5", "c.d@4:3"])
    }

    @Test func hookReplacesTheSpanAndTextAroundItIsEscaped() {
        var seen: [FigureReferenceSpan] = []
        let renderer = HTMLRenderer(figureReference: { span in
            seen.append(span)
            return "<span class=\"figure\">\(span.raw == "air.pm25" ? "35" : "?")</span>"
        })
        let output = renderer.render(MarkdownDocument.parse("PM2.5 <3 & [[air.pm25]] µg/m³, `[[air.pm25]]`\n", lineOffset: 2))
        #expect(output == "<p>PM2.5 &lt;3 &amp; <span class=\"figure\">35</span> µg/m³, <code>[[air.pm25]]</code></p>\n")
        #expect(seen == [FigureReferenceSpan(raw: "air.pm25", line: 3, column: 12)])
    }

    @Test func defaultHookWritesTheReferenceAsText() {
        #expect(html("[[a.b]] <x>\n") == "<p>[[a.b]] <!-- raw HTML omitted --></p>\n")
    }

    @Test func spanLocationForDiagnostics() {
        let span = MarkdownDocument.parse("x [[a.b]]\n", lineOffset: 5).figureReferences()[0]
        #expect(span.location(in: "reports/r.zh.md").description == "reports/r.zh.md:6:3")
    }
}
