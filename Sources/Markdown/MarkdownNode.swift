/// One node of a parsed Markdown document: an immutable value with its children and
/// the place in the source file where it starts.
///
/// Lines count from 1 in the file (the document's `lineOffset` already added); columns
/// count characters from 1. Nodes that cmark gives no position (soft and hard line
/// breaks) take their parent's.
public struct MarkdownNode: Hashable, Sendable {
    /// What the node is, with the values that belong to that kind.
    public let kind: Kind
    /// The node's children, in document order.
    public let children: [MarkdownNode]
    /// The 1-based line in the file where the node starts.
    public let line: Int
    /// The 1-based column, in characters, where the node starts.
    public let column: Int

    public init(_ kind: Kind, line: Int, column: Int, children: [MarkdownNode] = []) {
        self.kind = kind
        self.line = line
        self.column = column
        self.children = children
    }
}

extension MarkdownNode {
    /// The kinds of node: CommonMark's, GitHub's extensions, and `[[…]]` figure references.
    public enum Kind: Hashable, Sendable {
        // Blocks
        case document
        case paragraph
        case heading(level: Int)
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `taskChecked` is nil for an ordinary item, else whether its box is ticked.
        case item(taskChecked: Bool?)
        /// A fenced or indented code block; `info` is the fence's info string, trimmed.
        case codeBlock(info: String, literal: String)
        case htmlBlock(literal: String)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        /// A footnote's text. Definitions are gathered at the end of the document,
        /// numbered from 1 in the order they are first referred to.
        case footnoteDefinition(number: Int, label: String)

        // Inlines
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case footnoteReference(number: Int, label: String)
        /// A `[[…]]` span found in text; `raw` is the text between the brackets, as written.
        case figureReference(raw: String)
    }

    /// The alignment of a table column, from the delimiter row (`:--`, `:-:`, `--:`).
    public enum TableAlignment: String, Hashable, Sendable {
        case none, left, center, right
    }
}
