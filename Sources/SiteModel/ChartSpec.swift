import Foundation
import Diagnostics

/// The chart types of the contract.
public enum ChartType: String, Sendable, CaseIterable {
    case line, column, bar, change, kpi
}

/// A span of years: one year or an inclusive range.
public struct YearSpan: Hashable, Sendable {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = last
    }

    public func contains(_ year: Int) -> Bool { year >= first && year <= last }

    /// Reads `2020`, `2015..2020`, `2015-2020` or `2015–2020`; nil when it is none of these.
    public static func parse(_ text: String) -> YearSpan? {
        // The usual forms, 2020 and 2017..2020, read without Foundation: every `[[…@…]]` of a
        // site comes through here. Anything else takes the general path below.
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if !bytes.isEmpty, bytes.allSatisfy(isDigit), let year = Int(text) { return YearSpan(year, year) }
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 0, dot + 2 < bytes.count, bytes[dot + 1] == UInt8(ascii: "."),
           bytes[..<dot].allSatisfy(isDigit), bytes[(dot + 2)...].allSatisfy(isDigit),
           let a = Int(String(decoding: bytes[..<dot], as: UTF8.self)), let b = Int(String(decoding: bytes[(dot + 2)...], as: UTF8.self)) {
            return YearSpan(a, b)
        }
        let text = text.trimmingCharacters(in: .whitespaces)
        for separator in ["..", "–", "-"] {
            let parts = text.components(separatedBy: separator)
            if parts.count == 2, let a = Int(parts[0].trimmingCharacters(in: .whitespaces)),
               let b = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                return YearSpan(a, b)
            }
        }
        return Int(text).map { YearSpan($0, $0) }
    }
}

/// A ```` ```chart ```` block of a narrative, as written.
public struct ChartSpec: Sendable {
    public var type: ChartType
    /// One indicator, or several for `line`, `bar` and `change`.
    public var indicators: [String]
    /// nil means the narrative's own city.
    public var cities: [String]?
    public var years: YearSpan?
    public var title: String?
    /// The line of the block's first content line in its file.
    public var location: SourceLocation
    /// Where each key's value sits, for diagnostics about it.
    public var keyLocations: [String: SourceLocation]

    public static let keys = ["type", "indicator", "indicators", "cities", "years", "title"]

    public init(type: ChartType, indicators: [String], cities: [String]?, years: YearSpan?, title: String?,
                location: SourceLocation, keyLocations: [String: SourceLocation]) {
        self.type = type
        self.indicators = indicators
        self.cities = cities
        self.years = years
        self.title = title
        self.location = location
        self.keyLocations = keyLocations
    }
}
