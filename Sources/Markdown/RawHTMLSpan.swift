import Diagnostics

/// Raw HTML written in a narrative (a block or inline). It is never passed through to
/// the output; callers may warn about it.
public struct RawHTMLSpan: Hashable, Sendable {
    /// The HTML as written.
    public let html: String
    public let line: Int
    public let column: Int

    public init(html: String, line: Int, column: Int) {
        self.html = html
        self.line = line
        self.column = column
    }

    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// Collects raw HTML blocks and inlines in document order.
struct RawHTMLCollector: MarkdownWalker {
    var spans: [RawHTMLSpan] = []

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        switch node.kind {
        case .htmlBlock(let html), .htmlInline(let html):
            spans.append(RawHTMLSpan(html: html, line: node.line, column: node.column))
        default:
            break
        }
        return .visitChildren
    }
}

extension MarkdownDocument {
    /// Every piece of raw HTML, in document order (the renderer omits them all).
    public func rawHTML() -> [RawHTMLSpan] {
        var collector = RawHTMLCollector()
        walk(&collector)
        return collector.spans
    }
}
