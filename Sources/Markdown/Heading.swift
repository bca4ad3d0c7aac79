/// A heading of a document, with the `id` the HTML renderer gives it.
public struct Heading: Hashable, Sendable {
    /// The level as written (`#` is 1), before any `headingOffset`.
    public let level: Int
    /// The heading's text without markup.
    public let text: String
    /// A valid HTML id, unique within the document and stable for the same text.
    public let id: String
    public let line: Int
    public let column: Int

    public init(level: Int, text: String, id: String, line: Int, column: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
        self.column = column
    }
}

/// Collects headings in document order, giving each a unique id.
struct HeadingCollector: MarkdownWalker {
    var headings: [Heading] = []
    private var slugger: HeadingSlugger

    init(reservedIDs: Set<String>) {
        slugger = HeadingSlugger(reserved: reservedIDs)
    }

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        guard case .heading(let level) = node.kind else { return .visitChildren }
        let text = node.plainText
        headings.append(Heading(level: level, text: text, id: slugger.uniqueID(for: text), line: node.line, column: node.column))
        return .skipChildren
    }
}

extension MarkdownDocument {
    /// Every heading, in document order, with the ids `HTMLRenderer` uses.
    public func headings() -> [Heading] {
        var collector = HeadingCollector(reservedIDs: FootnoteIDs(self).all)
        walk(&collector)
        return collector.headings
    }
}
