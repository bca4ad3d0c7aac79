/// Renders a `MarkdownDocument` to HTML5, deterministically.
///
/// Raw HTML is never passed through (each block or inline becomes
/// `<!-- raw HTML omitted -->`); links and images with `javascript:`-like URLs lose
/// their URL; ` ```chart ` blocks and `[[…]]` references are handed to hooks.
public struct HTMLRenderer {
    /// Added to every heading level (a narrative's `#` becomes `<h2>` with 1); capped at 6.
    public var headingOffset: Int
    /// HTML to put in place of a ` ```chart ` block; nil renders it as an ordinary code block.
    public var chartBlock: (ChartBlock) -> String?
    /// HTML to put in place of a `[[…]]` reference. Its result is inserted as is.
    public var figureReference: (FigureReferenceSpan) -> String
    /// The heading of the footnotes section ("Notes", "注释"), at the level of the document's
    /// top headings after the offset; nil writes the section without one.
    public var footnotesHeading: String?

    public init(
        headingOffset: Int = 0,
        chartBlock: @escaping (ChartBlock) -> String? = { _ in nil },
        figureReference: @escaping (FigureReferenceSpan) -> String = HTMLRenderer.figureReferenceAsText,
        footnotesHeading: String? = nil
    ) {
        self.headingOffset = headingOffset
        self.chartBlock = chartBlock
        self.figureReference = figureReference
        self.footnotesHeading = footnotesHeading
    }

    /// The default figure hook: the reference as written, `[[…]]`, escaped.
    public static func figureReferenceAsText(_ span: FigureReferenceSpan) -> String {
        HTMLEscaping.escape("[[\(span.raw)]]")
    }

    /// The document's HTML: one element per line for blocks, footnotes at the end in a
    /// `<section class="footnotes">`.
    public func render(_ document: MarkdownDocument) -> String {
        let footnotes = FootnoteIDs(document)
        var walker = HTMLRenderingWalker(
            renderer: self,
            headingIDs: document.headings().map(\.id),
            footnoteReferenceCounts: footnotes.referenceCounts
        )
        document.walk(&walker)
        return walker.output
    }
}
