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
