import Foundation
import Diagnostics

/// A `[[…]]` reference in a narrative's text.
public struct FigureReference: Hashable, Sendable {
    /// Which figure of the indicator.
    public enum Selection: Hashable, Sendable {
        /// The latest year with a level value.
        case latest
        case year(Int)
        /// The change from the first year to the second.
        case change(from: Int, to: Int)
    }

    /// How a change is written: in words (`下降29.4%`, `down 29.4%`), its size alone
    /// (`29.4%`, after a verb that already says the direction), or signed (`−29.4%`).
    public enum Form: String, Hashable, Sendable, CaseIterable {
        case words, size, signed
    }

    /// The text between the brackets.
    public var raw: String
    /// nil means the narrative's own city.
    public var city: String?
    public var indicator: String
    public var selection: Selection
    /// The word after the reference (`size`, `signed`); `.words` without one.
    public var form: Form = .words
    public var location: SourceLocation

    /// The words an author may write after a reference.
    public static let formWords = ["size", "signed"]

    /// Reads `indicator`, `indicator@2020`, `indicator@2017..2020`, `city:indicator@2021`.
    /// Returns a message saying what is wrong when the text is not of that form.
    public static func parse(_ raw: String, at location: SourceLocation) -> Result<FigureReference, Diagnostic> {
        // Trimmed through Foundation only when an end is white space (it rarely is).
        let ends = (raw.unicodeScalars.first, raw.unicodeScalars.last)
        var text = ends.0.map(\.properties.isWhitespace) == false && ends.1.map(\.properties.isWhitespace) == false
            ? raw : raw.trimmingCharacters(in: .whitespaces)
        var form = Form.words
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        if words.count > 2 {
            return .failure(.error("figure reference '[[\(raw)]]' has more than one word after the figure: write [[indicator@2017..2020]], or add one of: \(formWords.joined(separator: ", "))",
                                   at: location))
        }
        if words.count == 2 {
            let word = String(words[1])
            guard let known = Form(rawValue: word), known != .words else {
                return .failure(.error("unknown word '\(word)' in figure reference '[[\(raw)]]'", at: location,
                                       suggestion: Suggestion.didYouMean(word, among: formWords)
                                           ?? "after a change, write 'size' for its size alone or 'signed' for the signed form, e.g. [[\(words[0]) size]]"))
            }
            form = known
            text = String(words[0])
        }
        var city: String?
        var rest = Substring(text)
        if let colon = rest.firstIndex(of: ":") {
            city = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        var selection = Selection.latest
        var indicator = String(rest)
        if let at = rest.firstIndex(of: "@") {
            indicator = String(rest[..<at])
            let yearText = String(rest[rest.index(after: at)...])
            guard let span = YearSpan.parse(yearText) else {
                return .failure(.error(
                    "figure reference '[[\(raw)]]' has '\(yearText)' where a year (2020) or a span of years (2017..2020) belongs",
                    at: location))
            }
            selection = span.first == span.last && !yearText.contains(".") ? .year(span.first) : .change(from: span.first, to: span.last)
        }
        for id in [city, indicator].compactMap({ $0 }) where !Identifier.isValid(id) {
            return .failure(.error(
                "figure reference '[[\(raw)]]' is not of the form [[indicator]], [[indicator@2020]], [[indicator@2017..2020]] or [[city:indicator@2020]]",
                at: location))
        }
        if form != .words, case .change = selection {} else if form != .words {
            return .failure(.error("'\(form.rawValue)' in '[[\(raw)]]' is for changes between two years, e.g. [[\(indicator)@2017..2020 \(form.rawValue)]]; a single value has no sign or direction",
                                   at: location))
        }
        return .success(FigureReference(raw: raw, city: city, indicator: indicator, selection: selection, form: form, location: location))
    }
}

/// The id rule of the contract: `[a-z0-9][a-z0-9._-]*`.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLead(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLead($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isLead(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "0" && c <= "9")
    }
}
