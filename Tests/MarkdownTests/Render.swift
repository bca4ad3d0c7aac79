import Markdown

/// Renders Markdown with the default hooks, or the ones given.
func html(_ markdown: String, headingOffset: Int = 0) -> String {
    HTMLRenderer(headingOffset: headingOffset).render(MarkdownDocument.parse(markdown))
}
