import Testing
import Markdown

/// One exact-output test per GitHub extension.
@Suite struct ExtensionRenderingTests {
    @Test func tableWithAlignments() {
        let markdown = """
        | 城市 | 左 | 中 | 右 |
        |------|:---|:--:|---:|
        | 东莞 | a | b | c |
        """
        #expect(html(markdown) == """
        <div class="table-scroll" tabindex="0" role="group">
        <table>
        <thead>
        <tr>
        <th>城市</th>
        <th class="align-left">左</th>
        <th class="align-center">中</th>
        <th class="align-right">右</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>东莞</td>
        <td class="align-left">a</td>
        <td class="align-center">b</td>
        <td class="align-right">c</td>
        </tr>
        </tbody>
        </table>
        </div>

        """)
    }

    @Test func strikethrough() {
        #expect(html("~~old~~ new\n") == "<p><del>old</del> new</p>\n")
    }

    @Test func autolink() {
        #expect(html("See www.example.com.\n\nAnd https://a.org/x?y=1&z=2.\n") == """
        <p>See <a href="http://www.example.com">www.example.com</a>.</p>
        <p>And <a href="https://a.org/x?y=1&amp;z=2">https://a.org/x?y=1&amp;z=2</a>.</p>

        """)
    }

    @Test func tasklist() {
        #expect(html("- [ ] todo\n- [x] done\n- plain\n") == """
        <ul>
        <li class="task-list-item"><input type="checkbox" disabled aria-label="todo"> todo</li>
        <li class="task-list-item"><input type="checkbox" disabled checked aria-label="done"> done</li>
        <li>plain</li>
        </ul>

        """)
    }

    /// With a heading given, the footnotes section is labelled by it (Nu: "Section lacks heading").
    @Test func footnotesHeading() {
        let document = MarkdownDocument.parse("Text[^1].\n\n[^1]: Note.\n")
        let html = HTMLRenderer(headingOffset: 1, footnotesHeading: "Notes").render(document)
        #expect(html.contains("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n<h2 id=\"footnotes-heading\">Notes</h2>\n<ol>"))
    }

    @Test func footnotes() {
        let markdown = """
        One[^a] two[^注] again[^a].

        [^注]: Second note.
        [^a]: First note.
        [^unused]: Never referred to.
        """
        #expect(html(markdown) == """
        <p>One<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup> \
        two<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" role="doc-noteref">2</a></sup> \
        again<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a></sup>.</p>
        <section class="footnotes">
        <ol>
        <li id="fn-1">
        <p>First note. <a href="#fnref-1" class="footnote-backref" role="doc-backlink">↩</a> \
        <a href="#fnref-1-2" class="footnote-backref" role="doc-backlink">↩<sup>2</sup></a></p>
        </li>
        <li id="fn-2">
        <p>Second note. <a href="#fnref-2" class="footnote-backref" role="doc-backlink">↩</a></p>
        </li>
        </ol>
        </section>

        """)
    }

    @Test func footnoteLabelsComeFromTheSource() {
        let document = MarkdownDocument.parse("x[^注]\n\n[^注]: n\n")
        let kinds = document.root.children.map(\.kind)
        #expect(kinds.last == .footnoteDefinition(number: 1, label: "注"))
        #expect(document.root.children[0].children[1].kind == .footnoteReference(number: 1, label: "注"))
    }
}
