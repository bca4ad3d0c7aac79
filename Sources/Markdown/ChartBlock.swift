import Diagnostics

/// A fenced code block whose info string is exactly `chart`: a chart's specification.
public struct ChartBlock: Hashable, Sendable {
    /// The block's content (YAML), without the fences.
    public let source: String
    /// The 1-based line in the file of the block's first content line (after the fence),
    /// so that line `n` of `source` is file line `line + n - 1`.
    public let line: Int

    public init(source: String, line: Int) {
        self.source = source
        self.line = line
    }

    /// The block's first content line in the given file, for diagnostics.
    public func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    /// The info string that marks a chart block.
    public static let infoString = "chart"

    /// The chart block a node is, if it is one.
    init?(_ node: MarkdownNode) {
        guard case .codeBlock(let info, let literal) = node.kind, info == Self.infoString else { return nil }
        self.init(source: literal, line: node.line + 1)
    }
}

/// Collects chart blocks in document order.
struct ChartBlockCollector: MarkdownWalker {
    var blocks: [ChartBlock] = []

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        if let block = ChartBlock(node) { blocks.append(block) }
        return .visitChildren
    }
}

extension MarkdownDocument {
    /// Every ` ```chart ` block, in document order.
    public func chartBlocks() -> [ChartBlock] {
        var collector = ChartBlockCollector()
        walk(&collector)
        return collector.blocks
    }
}
