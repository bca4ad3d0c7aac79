import ScriptConversion

/// A language made from another by script conversion (`{ code: zh-hant, from: zh, convert: s2hk }`):
/// its names, notes, narratives and interface strings are the `from` language's, converted,
/// wherever it has none of its own. Quotes (a source's own words) are never converted.
public struct ConvertedEdition: Sendable {
    /// The converted language's code (`zh-hant`).
    public let code: String
    /// The language it is made from (`zh`).
    public let from: String
    public let converter: ScriptConverter

    public init(code: String, from: String, converter: ScriptConverter) {
        self.code = code
        self.from = from
        self.converter = converter
    }
}

extension [ConvertedEdition] {
    /// Text per language with each converted language's text added where it has none: its
    /// source language's text, converted.
    func filling(_ values: [String: String]) -> [String: String] {
        var values = values
        for edition in self where values[edition.code] == nil {
            if let text = values[edition.from] { values[edition.code] = edition.converter.convert(text) }
        }
        return values
    }
}
