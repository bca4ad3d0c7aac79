/// A phrase with named placeholders, as a language's conventions write it:
/// `{subject}由{firstYear}的{first}增至{lastYear}的{last}`,
/// `{subject} rose from {first} in {firstYear} to {last} in {lastYear}`.
///
/// A placeholder is a name of ASCII letters, digits and `_` in braces; any other brace is text.
/// Parsed once when the conventions are read, so filling one in costs no parsing.
public struct TextPattern: Hashable, Sendable {
    enum Piece: Hashable, Sendable {
        case text(String)
        case placeholder(String)
    }

    let pieces: [Piece]

    /// The pattern as written.
    public let source: String

    /// Reads a pattern; every `{name}` is a placeholder.
    public init(_ source: String) {
        self.source = source
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), !after[..<close].isEmpty,
               after[..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                text += rest[..<open]
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.placeholder(String(after[..<close])))
                rest = after[after.index(after: close)...]
            } else {
                text += rest[...open]
                rest = after
            }
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// The placeholders' names, in order of appearance.
    public var placeholders: [String] {
        pieces.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The phrase with each placeholder replaced by `value(name)`.
    public func fill(_ value: (String) -> String) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .placeholder(let name): result += value(name)
            }
        }
        return result
    }

    /// The phrase with placeholders replaced from a table; one missing from it is left empty.
    public func fill(_ values: [String: String]) -> String {
        fill { values[$0] ?? "" }
    }
}
