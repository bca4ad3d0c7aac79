import Testing
import Markdown

@Suite struct ChartBlockTests {
    private let markdown = """
    Intro.

    ```chart
    type: column
    indicator: water.sewage_capacity
    ```

    ```chart extra
    not: a chart
    ```

    ```yaml
    type: line
    ```
    """

    @Test func collectedWithTheFileLineOfTheirFirstContentLine() {
        let blocks = MarkdownDocument.parse(markdown, lineOffset: 5).chartBlocks()
        #expect(blocks == [ChartBlock(source: "type: column\nindicator: water.sewage_capacity\n", line: 9)])
        #expect(blocks[0].location(in: "r.md").description == "r.md:9:1")
    }

    @Test func hookReplacesTheBlock() {
        let renderer = HTMLRenderer(chartBlock: { block in "<figure class=\"chart\">\(block.line)</figure>" })
        #expect(renderer.render(MarkdownDocument.parse(markdown, lineOffset: 5)) == """
        <p>Intro.</p>
        <figure class="chart">9</figure>
        <pre><code class="language-chart">not: a chart
        </code></pre>
        <pre><code class="language-yaml">type: line
        </code></pre>

        """)
    }

    @Test func aNilHookRendersAnOrdinaryCodeBlock() {
        #expect(html("```chart\na: <b>\n```\n") == "<pre><code class=\"language-chart\">a: &lt;b&gt;\n</code></pre>\n")
    }

    @Test func crlfInput() {
        let document = MarkdownDocument.parse("# T\r\n\r\n```chart\r\ntype: kpi\r\n```\r\n")
        #expect(document.chartBlocks() == [ChartBlock(source: "type: kpi\n", line: 4)])
        #expect(HTMLRenderer().render(document) == "<h1 id=\"t\">T</h1>\n<pre><code class=\"language-chart\">type: kpi\n</code></pre>\n")
    }
}
