/// The text a reader sees in a node, without markup: for heading ids, image `alt`s
/// and tables of contents.
struct PlainTextCollector: MarkdownWalker {
    var text = ""

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        switch node.kind {
        case .text(let string), .code(let string): text += string
        case .softBreak, .lineBreak: text += " "
        case .figureReference(let raw): text += "[[\(raw)]]"
        case .htmlInline, .footnoteReference: return .skipChildren
        default: break
        }
        return .visitChildren
    }
}

extension MarkdownNode {
    /// The node's text without markup (figure references as written, `[[…]]`).
    public var plainText: String {
        var collector = PlainTextCollector()
        walk(&collector)
        return collector.text
    }
}
