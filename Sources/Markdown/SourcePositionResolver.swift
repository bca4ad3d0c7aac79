/// Turns the converter's raw cmark positions (lines of the text given, UTF-8 byte
/// columns) into file lines and character columns, fills in footnote labels, and
/// splits `[[…]]` figure references out of text nodes.
///
/// It also corrects a cmark quirk: on a paragraph's continuation lines cmark reports
/// inline columns as if the line started at the paragraph's column, ignoring extra
/// indentation (or its absence, on lazy lines). Each such line is shifted so its first
/// inline starts where the text really starts.
struct SourcePositionResolver {
    let source: SourceText
    let lineOffset: Int

    func resolve(_ root: MarkdownNode) -> MarkdownNode {
        let resolved = resolve(root, parentLine: 1 + lineOffset, parentColumn: 1, shifts: [:]).first ?? root
        return labellingDefinitions(resolved)
    }

    private func resolve(_ node: MarkdownNode, parentLine: Int, parentColumn: Int, shifts: [Int: Int]) -> [MarkdownNode] {
        let rawLine = node.line
        let byteColumn = node.column + shifts[rawLine, default: 0]
        let hasPosition = rawLine > 0
        let line = hasPosition ? rawLine + lineOffset : parentLine
        let column = hasPosition ? source.characterColumn(line: rawLine, byteColumn: byteColumn) : parentColumn

        var kind = node.kind
        switch node.kind {
        case .text(let text) where hasPosition:
            let pieces = splittingFigureReferences(text, rawLine: rawLine, byteColumn: byteColumn)
            if pieces.count != 1 || pieces.first?.kind != node.kind { return pieces }
        case .footnoteReference(let number, _):
            let label = source.text(line: rawLine, from: byteColumn, after: Array("[^".utf8), upTo: UInt8(ascii: "]"))
            kind = .footnoteReference(number: number, label: label ?? String(number))
        default:
            break
        }

        var childShifts = shifts
        switch node.kind {
        case .paragraph, .heading, .tableCell:
            var finder = ContinuationShiftFinder(source: source)
            for child in node.children { child.walk(&finder) }
            childShifts = finder.shifts
        default:
            break
        }
        let children = node.children.flatMap {
            resolve($0, parentLine: line, parentColumn: column, shifts: childShifts)
        }
        return [MarkdownNode(kind, line: line, column: column, children: children)]
    }

    /// A text node, or the text and figure references it holds, positioned in the file.
    private func splittingFigureReferences(_ text: String, rawLine: Int, byteColumn: Int) -> [MarkdownNode] {
        let line = rawLine + lineOffset
        let segments = FigureReferenceScanner.segments(of: text)
        let startColumn = source.characterColumn(line: rawLine, byteColumn: byteColumn)
        var searchFrom = byteColumn
        var searchIsExact = true
        var nodes: [MarkdownNode] = []
        for segment in segments {
            switch segment {
            case .text(let piece, let offset):
                let column = searchIsExact
                    ? source.characterColumn(line: rawLine, byteColumn: searchFrom)
                    : startColumn + offset
                nodes.append(MarkdownNode(.text(piece), line: line, column: column))
            case .reference(let raw, let offset):
                let needle = Array("[[\(raw)]]".utf8)
                let column: Int
                if searchIsExact, let found = source.find(needle, line: rawLine, from: searchFrom) {
                    column = source.characterColumn(line: rawLine, byteColumn: found)
                    searchFrom = found + needle.count
                } else {
                    // The source spells it differently (escapes, entities): estimate.
                    column = startColumn + offset
                    searchIsExact = false
                }
                nodes.append(MarkdownNode(.figureReference(raw: raw), line: line, column: column))
            }
        }
        return nodes
    }

    /// Footnote definitions get the label their references were written with.
    private func labellingDefinitions(_ root: MarkdownNode) -> MarkdownNode {
        var collector = FootnoteReferenceCollector()
        root.walk(&collector)
        let children = root.children.map { child -> MarkdownNode in
            guard case .footnoteDefinition(let number, _) = child.kind else { return child }
            let label = collector.labels[number] ?? String(number)
            return MarkdownNode(.footnoteDefinition(number: number, label: label), line: child.line, column: child.column, children: child.children)
        }
        return MarkdownNode(root.kind, line: root.line, column: root.column, children: children)
    }
}

/// Finds, for each line after a line break in a paragraph, how far cmark's columns are off.
private struct ContinuationShiftFinder: MarkdownWalker {
    let source: SourceText
    var shifts: [Int: Int] = [:]
    private var afterBreak = false

    init(source: SourceText) { self.source = source }

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        switch node.kind {
        case .softBreak, .lineBreak:
            afterBreak = true
        default:
            if afterBreak, node.line > 0 {
                afterBreak = false
                if let start = source.continuationStart(line: node.line), shifts[node.line] == nil {
                    shifts[node.line] = start - node.column
                }
            }
        }
        return .visitChildren
    }
}

/// The label each footnote number was first referred to by, and how often each is referred to.
struct FootnoteReferenceCollector: MarkdownWalker {
    var labels: [Int: String] = [:]
    var counts: [Int: Int] = [:]

    mutating func visit(_ node: MarkdownNode) -> WalkAction {
        if case .footnoteReference(let number, let label) = node.kind {
            if labels[number] == nil { labels[number] = label }
            counts[number, default: 0] += 1
        }
        return .visitChildren
    }
}
