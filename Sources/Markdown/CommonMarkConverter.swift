import CCmarkGFM
import Foundation

/// The only code that talks to cmark-gfm: parses GitHub-flavoured Markdown and copies
/// cmark's tree into `MarkdownNode` values in one walk.
///
/// Positions are cmark's as they come: lines counted in the text given, columns in
/// UTF-8 bytes. `SourcePositionResolver` turns them into file lines and character columns.
enum CommonMarkConverter {
    /// The GFM extensions attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the extensions once per process (cmark's own registration is not thread-safe).
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// cmark-gfm keeps the inline special characters in one global table that each parser
    /// adds its extensions' characters to and removes them from while it processes inlines
    /// (github/cmark-gfm#176), so two parsers at once can lose each other's `~`: parsing is
    /// done one document at a time. (The concurrency test caught it failing 1 run in 32.)
    /// Tests that call cmark themselves (the GFM conformance test) take it too.
    static let lock = NSLock()

    static func convert(_ text: String) -> MarkdownNode {
        lock.lock()
        defer { lock.unlock() }
        _ = registration
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else {
            return MarkdownNode(.document, line: 1, column: 1)
        }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parser_feed(parser, $0, bytes.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return MarkdownNode(.document, line: 1, column: 1)
        }
        defer { cmark_node_free(root) }
        cmark_consolidate_text_nodes(root)
        var footnoteCount = 0
        return node(from: root, footnoteCount: &footnoteCount)
    }

    private static func node(from cNode: OpaquePointer, footnoteCount: inout Int) -> MarkdownNode {
        let kind = kind(of: cNode, footnoteCount: &footnoteCount)
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(cNode)
        while let current = child {
            children.append(node(from: current, footnoteCount: &footnoteCount))
            child = cmark_node_next(current)
        }
        return MarkdownNode(
            kind,
            line: Int(cmark_node_get_start_line(cNode)),
            column: Int(cmark_node_get_start_column(cNode)),
            children: children
        )
    }

    private static func kind(of cNode: OpaquePointer, footnoteCount: inout Int) -> MarkdownNode.Kind {
        let literal = string(cmark_node_get_literal(cNode))
        switch cmark_node_get_type(cNode) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(cNode) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(cNode)),
                tight: cmark_node_get_list_tight(cNode) != 0
            )
        case CMARK_NODE_ITEM:
            let isTask = typeString(cNode) == "tasklist"
            return .item(taskChecked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(cNode) : nil)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(cNode)), literal: literal)
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal: literal)
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(cNode)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark moves referenced definitions to the end, sorted by number.
            footnoteCount += 1
            return .footnoteDefinition(number: footnoteCount, label: "")
        case CMARK_NODE_TEXT: return .text(literal)
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal)
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal)
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(cNode)), title: string(cmark_node_get_title(cNode)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(cNode)), title: string(cmark_node_get_title(cNode)))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // After parsing, cmark replaces the label with the footnote's number.
            return .footnoteReference(number: Int(literal) ?? 0, label: "")
        default:
            return extensionKind(of: cNode, literal: literal)
        }
    }

    /// Nodes whose types the GFM extensions allocate at run time, told apart by name.
    private static func extensionKind(of cNode: OpaquePointer, literal: String) -> MarkdownNode.Kind {
        switch typeString(cNode) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(cNode))
            var alignments: [MarkdownNode.TableAlignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(cNode) {
                for index in 0..<count {
                    switch UInt8(raw[index]) {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(cNode) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default:
            // An unknown extension node: keep its text, if any, rather than lose it.
            return .text(literal)
        }
    }

    private static func typeString(_ cNode: OpaquePointer) -> String {
        string(cmark_node_get_type_string(cNode))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
