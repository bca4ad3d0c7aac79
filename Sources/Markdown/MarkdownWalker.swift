/// Whether a walk goes into a node's children.
public enum WalkAction: Sendable {
    case visitChildren
    case skipChildren
}

/// Something that visits a Markdown tree in document order: `visit` on the way in,
/// `leave` on the way out (also for nodes whose children were skipped).
///
/// The HTML renderer and the collectors of chart blocks, headings, figure references
/// and raw HTML are all walkers; none of them re-implements the traversal.
public protocol MarkdownWalker {
    /// Called before the node's children; return `.skipChildren` to pass over them.
    mutating func visit(_ node: MarkdownNode) -> WalkAction
    /// Called after the node's children.
    mutating func leave(_ node: MarkdownNode)
}

extension MarkdownWalker {
    public mutating func visit(_ node: MarkdownNode) -> WalkAction { .visitChildren }
    public mutating func leave(_ node: MarkdownNode) {}
}

extension MarkdownNode {
    /// Walks this node and its descendants in document order.
    public func walk<Walker: MarkdownWalker>(_ walker: inout Walker) {
        if walker.visit(self) == .visitChildren {
            for child in children { child.walk(&walker) }
        }
        walker.leave(self)
    }
}
