import Diagnostics

/// A `[[…]]` figure reference in a narrative's text (never in code spans or code blocks).
public struct FigureReferenceSpan: Hashable, Sendable {
    /// The text between the brackets, as written, e.g. `zhuhai:air.good_days_ratio@2021`.
    public let raw: String
    /// The 1-based line of the `[[` in the file.
    public let line: Int
    /// The 1-based column, in characters, of the `[[`.
    public let column: Int

    public init(raw: String, line: Int, column: Int) {
        self.raw = raw
        self.line = line
        self.column = column
    }

    /// Where the reference is, in the given file, for diagnostics.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// Collects the figure references of a tree in document order.
struct FigureReferenceCollector: MarkdownWalker {
    var references: [FigureReferenceSpan] = []

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        if case .figureReference(let raw) = node.kind {
            references.append(FigureReferenceSpan(raw: raw, line: node.line, column: node.column))
        }
        return .visitChildren
    }
}

extension MarkdownDocument {
    /// Every `[[…]]` reference in the text, in document order.
    public func figureReferences() -> [FigureReferenceSpan] {
        var collector = FigureReferenceCollector()
        walk(&collector)
        return collector.references
    }
}
