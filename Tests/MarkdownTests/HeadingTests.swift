import Testing
import Markdown

@Suite struct HeadingTests {
    @Test func offsetShiftsLevelsAndClampsAtSix() {
        #expect(html("# One\n\n###### Six\n", headingOffset: 1) == """
        <h2 id="one">One</h2>
        <h6 id="six">Six</h6>

        """)
    }

    @Test func idsAreSlugsUniqueWithinTheDocument() {
        let document = MarkdownDocument.parse("""
        # Café *Crème*
        ## Café Crème
        ## 东莞“十三五”污染防治
        ## 2020 年
        ## ???
        ## ???
        """)
        #expect(document.headings().map(\.id) == [
            "cafe-creme", "cafe-creme-1", "东莞-十三五-污染防治", "2020-年", "section", "section-1",
        ])
        #expect(document.headings().map(\.level) == [1, 2, 2, 2, 2, 2])
        #expect(document.headings()[0].text == "Café Crème")
        #expect(HTMLRenderer().render(document).hasPrefix("<h1 id=\"cafe-creme\">Café <em>Crème</em></h1>\n<h2 id=\"cafe-creme-1\">"))
    }

    @Test func headingIDsAvoidFootnoteIDs() {
        let document = MarkdownDocument.parse("## fn 1\n\nx[^a]\n\n[^a]: n\n")
        #expect(document.headings().map(\.id) == ["fn-1-1"])
    }

    @Test func headingPositionsIncludeTheLineOffset() {
        let headings = MarkdownDocument.parse("\n## A\n", lineOffset: 5).headings()
        #expect(headings.map(\.line) == [7])
        #expect(headings.map(\.column) == [1])
    }
}
