import Foundation

/// How an author's table cell counts as a number, to be aligned to the end (text aligns to
/// the start): a cell that is one figure reference (`[[…]]`, which the site writes as a
/// figure with its unit) and nothing else, or a bare number — digits with an optional sign,
/// grouping commas, decimal point and a trailing `%` (`2017`, `−3.5%`, `1,234`). A cell with
/// words around its number (`46 + 2`, `48 stations`, `about 7`) is text.
enum TableCellAlignment {
    /// Built once: a regex literal inside a function is compiled again on every call.
    /// Shared by the pages rendering at once: matching only reads it, and the standard
    /// library compiles a regex's program once, atomically (Regex is not marked Sendable).
    nonisolated(unsafe) private static let number = /[+\-−±]?[0-9][0-9,]*(\.[0-9]+)?\s?[%％‰]?/

    /// Whether the cell's content is a number.
    static func isNumber(_ cell: MarkdownNode) -> Bool {
        var figures = 0
        var text = ""
        for child in cell.children {
            switch child.kind {
            case .figureReference: figures += 1
            case .text(let literal): text += literal
            default: return false
            }
        }
        let rest = text.trimmingCharacters(in: .whitespaces)
        if figures > 0 { return figures == 1 && rest.isEmpty }
        return rest.wholeMatch(of: number) != nil
    }

    /// Per column of `table`: whether its body has a number and nothing but numbers (empty
    /// cells aside), so that its header aligns with them.
    static func numericColumns(_ table: MarkdownNode) -> [Bool] {
        var numbers: [Int: Bool] = [:]
        for row in table.children {
            guard case .tableRow(let isHeader) = row.kind, !isHeader else { continue }
            for (index, cell) in row.children.enumerated() where !cell.children.isEmpty {
                numbers[index] = (numbers[index] ?? true) && isNumber(cell)
            }
        }
        let count = table.children.first?.children.count ?? 0
        return (0..<count).map { numbers[$0] ?? false }
    }
}
