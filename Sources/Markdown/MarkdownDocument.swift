/// A parsed Markdown narrative: GitHub-flavoured Markdown (tables, strikethrough,
/// autolinks, task lists, footnotes) as an immutable tree with file positions.
public struct MarkdownDocument: Hashable, Sendable {
    /// The `.document` node at the top of the tree.
    public let root: MarkdownNode

    public init(root: MarkdownNode) {
        self.root = root
    }

    /// Parses Markdown text.
    ///
    /// - Parameters:
    ///   - text: the Markdown, without front matter. Any line endings.
    ///   - lineOffset: how many lines of the file come before `text` (the front matter
    ///     the caller stripped); it is added to every line so positions are the file's.
    public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownDocument {
        let raw = CommonMarkConverter.convert(text)
        let resolver = SourcePositionResolver(source: SourceText(text), lineOffset: lineOffset)
        return MarkdownDocument(root: resolver.resolve(raw))
    }

    /// Walks the whole tree in document order.
    public func walk<Walker: MarkdownWalker>(_ walker: inout Walker) {
        root.walk(&walker)
    }
}
