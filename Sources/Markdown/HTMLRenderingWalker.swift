import Foundation

/// The walk behind `HTMLRenderer`: writes each node's opening markup on the way in and
/// its closing markup on the way out, following cmark's layout (one block per line).
struct HTMLRenderingWalker: MarkdownWalker {
    let renderer: HTMLRenderer
    let headingIDs: [String]
    let footnoteReferenceCounts: [Int: Int]
    private(set) var output = ""

    private var ancestors: [MarkdownNode.Kind] = []
    private var headingIndex = 0
    private var tableAlignments: [MarkdownNode.TableAlignment] = []
    /// Per column of the open table: whether its body cells are numbers (its header is then
    /// aligned with them, to the end).
    private var numericColumns: [Bool] = []
    private var tableCellIndex = 0
    private var tableBodyOpen = false
    private var footnotesOpen = false
    private var footnoteOccurrences: [Int: Int] = [:]
    private var pendingCheckbox: String?
    /// Where the last figure reference's HTML ended in `output` (UTF-8 count), to tell a
    /// footnote marker that follows a figure.
    private var figureEnd: Int?

    init(renderer: HTMLRenderer, headingIDs: [String], footnoteReferenceCounts: [Int: Int]) {
        self.renderer = renderer
        self.headingIDs = headingIDs
        self.footnoteReferenceCounts = footnoteReferenceCounts
    }

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        if let checkbox = pendingCheckbox, node.kind != .paragraph {
            output += checkbox
            pendingCheckbox = nil
        }
        let action = open(node)
        ancestors.append(node.kind)
        return action
    }

    mutating func leave(_ node: MarkdownNode) {
        ancestors.removeLast()
        close(node)
    }

    // MARK: Opening

    private mutating func open(_ node: MarkdownNode) -> WalkAction {
        switch node.kind {
        case .document:
            break
        case .paragraph:
            if !isInTightItem {
                newLine()
                output += "<p>"
            }
            if let checkbox = pendingCheckbox {
                output += checkbox
                pendingCheckbox = nil
            }
        case .heading(let level):
            newLine()
            let id = headingIDs.indices.contains(headingIndex) ? headingIDs[headingIndex] : nil
            headingIndex += 1
            output += "<h\(renderedLevel(level))" + (id.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? "") + ">"
        case .blockQuote:
            newLine()
            output += "<blockquote>\n"
        case .list(let ordered, let start, _):
            newLine()
            output += ordered ? (start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n") : "<ul>\n"
        case .item(let taskChecked):
            newLine()
            if let checked = taskChecked {
                output += "<li class=\"task-list-item\">"
                // Labelled with its item's text, so assistive technology names what is (not) done.
                let label = (node.children.first?.plainText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                pendingCheckbox = "<input type=\"checkbox\" disabled" + (checked ? " checked" : "")
                    + " aria-label=\"\(HTMLEscaping.escapeAttribute(label))\"> "
            } else {
                output += "<li>"
            }
        case .codeBlock(let info, let literal):
            newLine()
            if let chart = ChartBlock(node), let html = renderer.chartBlock(chart) {
                output += html
                newLine()
            } else {
                // The language is the info string's first word: it ends at the first space or tab
                // (any ASCII whitespace, as cmark), looked for among scalars, not Characters.
                let language = String(String.UnicodeScalarView(info.unicodeScalars.prefix { !Self.isInfoSeparator($0) }))
                let classAttribute = language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.escape(language))\""
                output += "<pre><code\(classAttribute)>\(HTMLEscaping.escape(literal))</code></pre>\n"
            }
        case .htmlBlock:
            newLine()
            output += "<!-- raw HTML omitted -->\n"
        case .thematicBreak:
            newLine()
            output += "<hr>\n"
        case .table(let alignments):
            newLine()
            // A table wider than a phone scrolls in its own box, not the page; the box takes
            // focus so that keyboards can scroll it (axe: scrollable-region-focusable).
            output += "<div class=\"table-scroll\" tabindex=\"0\" role=\"group\"\(tableLabel)>\n<table>\n"
            tableAlignments = alignments
            numericColumns = TableCellAlignment.numericColumns(node)
            tableBodyOpen = false
        case .tableRow(let isHeader):
            if isHeader {
                output += "<thead>\n"
            } else if !tableBodyOpen {
                output += "<tbody>\n"
                tableBodyOpen = true
            }
            output += "<tr>\n"
            tableCellIndex = 0
        case .tableCell:
            output += "<\(cellTag)\(cellAlignment(node))>"
        case .footnoteDefinition(let number, _):
            if !footnotesOpen {
                newLine()
                if let heading = renderer.footnotesHeading {
                    let level = min(max(1 + renderer.headingOffset, 2), 6)
                    output += "<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n"
                        + "<h\(level) id=\"footnotes-heading\">\(HTMLEscaping.escape(heading))</h\(level)>\n<ol>\n"
                } else {
                    output += "<section class=\"footnotes\">\n<ol>\n"
                }
                footnotesOpen = true
            }
            output += "<li id=\"\(FootnoteIDs.note(number))\">\n"
        case .text(let text):
            output += NoBreakSpans.wrap(HTMLEscaping.escape(text))
        case .figureReference(let raw):
            output += renderer.figureReference(FigureReferenceSpan(raw: raw, line: node.line, column: node.column))
            figureEnd = output.utf8.count
        case .softBreak:
            output += "\n"
        case .lineBreak:
            output += "<br>\n"
        case .code(let literal):
            output += "<code>\(HTMLEscaping.escape(literal))</code>"
        case .htmlInline:
            output += "<!-- raw HTML omitted -->"
        case .emphasis:
            output += "<em>"
        case .strong:
            output += "<strong>"
        case .strikethrough:
            output += "<del>"
        case .link(let destination, let title):
            if HTMLEscaping.isSafeURL(destination) {
                output += "<a href=\"\(HTMLEscaping.escapeURL(destination))\"\(titleAttribute(title))>"
            }
        case .image(let source, let title):
            let alt = altText(node.children)
            if HTMLEscaping.isSafeURL(source) {
                output += "<img src=\"\(HTMLEscaping.escapeURL(source))\" alt=\"\(alt)\"\(titleAttribute(title))>"
            } else {
                output += alt
            }
            return .skipChildren
        case .footnoteReference(let number, _):
            let occurrence = footnoteOccurrences[number, default: 0] + 1
            footnoteOccurrences[number] = occurrence
            // After a digit the marker stands a little apart, not read as part of the number.
            let spaced = isAfterNumber ? " after-number" : ""
            output += "<sup class=\"footnote-ref\(spaced)\"><a href=\"#\(FootnoteIDs.note(number))\" "
                + "id=\"\(FootnoteIDs.reference(number, occurrence: occurrence))\" role=\"doc-noteref\">\(number)</a></sup>"
        }
        return .visitChildren
    }

    // MARK: Closing

    private mutating func close(_ node: MarkdownNode) {
        switch node.kind {
        case .document:
            if footnotesOpen { output += "</ol>\n</section>\n" }
        case .paragraph:
            if !isInTightItem { output += "</p>\n" }
        case .heading(let level):
            output += "</h\(renderedLevel(level))>\n"
        case .blockQuote:
            newLine()
            output += "</blockquote>\n"
        case .list(let ordered, _, _):
            newLine()
            output += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            if let checkbox = pendingCheckbox {
                output += checkbox
                pendingCheckbox = nil
            }
            output += "</li>\n"
        case .table:
            if tableBodyOpen { output += "</tbody>\n" }
            output += "</table>\n</div>\n"
        case .tableRow(let isHeader):
            output += isHeader ? "</tr>\n</thead>\n" : "</tr>\n"
        case .tableCell:
            output += "</\(cellTag)>\n"
            tableCellIndex += 1
        case .footnoteDefinition(let number, _):
            closeFootnote(number)
        case .emphasis:
            output += "</em>"
        case .strong:
            output += "</strong>"
        case .strikethrough:
            output += "</del>"
        case .link(let destination, _):
            if HTMLEscaping.isSafeURL(destination) { output += "</a>" }
        case .codeBlock, .htmlBlock, .thematicBreak, .text, .figureReference, .softBreak, .lineBreak,
             .code, .htmlInline, .image, .footnoteReference:
            break
        }
    }

    /// Back-references at the end of the note's last paragraph (or in one of their own).
    private mutating func closeFootnote(_ number: Int) {
        let count = max(1, footnoteReferenceCounts[number] ?? 1)
        let links = (1...count).map { occurrence in
            let mark = occurrence == 1 ? "↩" : "↩<sup>\(occurrence)</sup>"
            return "<a href=\"#\(FootnoteIDs.reference(number, occurrence: occurrence))\" class=\"footnote-backref\" role=\"doc-backlink\">\(mark)</a>"
        }.joined(separator: " ")
        if output.hasSuffix("</p>\n") {
            output.removeLast("</p>\n".count)
            output += " \(links)</p>\n"
        } else {
            newLine()
            output += "<p>\(links)</p>\n"
        }
        output += "</li>\n"
    }

    // MARK: Helpers

    /// Starts a new line unless the output is empty or already at one.
    private mutating func newLine() {
        if !output.isEmpty, !output.hasSuffix("\n") { output += "\n" }
    }

    /// Whether the paragraph being entered or left sits directly in an item of a tight list
    /// (its `<p>` is then left out, as CommonMark specifies).
    private var isInTightItem: Bool {
        // `open` and `close` run while the node itself is not on `ancestors`.
        guard ancestors.count >= 2, case .item = ancestors[ancestors.count - 1],
              case .list(_, _, let tight) = ancestors[ancestors.count - 2]
        else { return false }
        return tight
    }

    private func renderedLevel(_ level: Int) -> Int {
        min(6, max(1, level + renderer.headingOffset))
    }

    private var cellTag: String {
        ancestors.contains(.tableRow(isHeader: true)) ? "th" : "td"
    }

    /// The cell's alignment as a class: the author's (`:--`, `:-:`, `--:`) where given, else
    /// `num` for a number (see `TableCellAlignment`), else none (text, aligned to the start).
    /// Classes, not `style`: a strict Content-Security-Policy (style-src 'self') drops styles
    /// in attributes.
    private func cellAlignment(_ cell: MarkdownNode) -> String {
        let author = tableAlignments.indices.contains(tableCellIndex) ? tableAlignments[tableCellIndex] : .none
        switch author {
        case .left: return " class=\"align-left\""
        case .center: return " class=\"align-center\""
        case .right: return " class=\"align-right\""
        case .none:
            let isNumber = cellTag == "th"
                ? numericColumns.indices.contains(tableCellIndex) && numericColumns[tableCellIndex]
                : TableCellAlignment.isNumber(cell)
            return isNumber ? " class=\"num\"" : ""
        }
    }

    /// The open table's box is named by the heading it follows, if any.
    private var tableLabel: String {
        guard headingIndex > 0, headingIDs.indices.contains(headingIndex - 1) else { return "" }
        return " aria-labelledby=\"\(HTMLEscaping.escape(headingIDs[headingIndex - 1]))\""
    }

    /// Whether what a reader sees last is a figure or ends in a digit or a percent sign.
    private var isAfterNumber: Bool {
        if let figureEnd, figureEnd <= output.utf8.count,
           Self.lastVisibleCharacter(of: String(decoding: output.utf8.dropFirst(figureEnd), as: UTF8.self)) == nil {
            return true
        }
        guard let last = Self.lastVisibleCharacter(of: output) else { return false }
        return last.isNumber || "%‰％".contains(last)
    }

    /// The last character a reader sees in `html` (tags skipped), or nil.
    static func lastVisibleCharacter(of html: String) -> Character? {
        var inTag = false
        for character in html.reversed() {
            if character == ">" { inTag = true } else if character == "<" { inTag = false } else if !inTag { return character }
        }
        return nil
    }

    /// An image description as `alt` text, as cmark writes it: the literal text of every
    /// descendant (nested images, code spans and raw HTML included) escaped, line breaks as spaces.
    private func altText(_ nodes: [MarkdownNode]) -> String {
        var text = ""
        for node in nodes {
            switch node.kind {
            case .text(let literal), .code(let literal), .htmlInline(let literal):
                text += HTMLEscaping.escape(literal)
            case .softBreak, .lineBreak:
                text += " "
            case .figureReference(let raw):
                text += HTMLEscaping.strippingTags(renderer.figureReference(FigureReferenceSpan(raw: raw, line: node.line, column: node.column)))
            default:
                text += altText(node.children)
            }
        }
        return text
    }

    private static func isInfoSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
    }

    private func titleAttribute(_ title: String) -> String {
        title.isEmpty ? "" : " title=\"\(HTMLEscaping.escape(title))\""
    }
}
