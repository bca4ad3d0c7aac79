/// Text given per language code: `{ zh: 东莞市, en: Dongguan }`.
public struct LocalizedText: Hashable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    public subscript(language: String) -> String? { values[language] }

    /// The text for `language`, else for a language it falls back to (`zh-hant` → `zh`),
    /// else for the first of `fallbacks` that has one, else any text, in a stable order.
    public func resolved(_ language: String, fallbacks: [String] = []) -> String {
        if let text = values[language] { return text }
        if let dash = language.firstIndex(of: "-"), let text = values[String(language[..<dash])] { return text }
        for code in fallbacks { if let text = values[code] { return text } }
        return values.keys.sorted().first.flatMap { values[$0] } ?? ""
    }
}
