import Diagnostics
import Formatting

/// A document figures are taken from.
public struct Source: Sendable {
    public var id: String
    public var title: LocalizedText
    public var publisher: LocalizedText?
    /// A file name of the source document, or nil.
    public var document: String?
    public var url: String?
    /// `YYYY-MM-DD` as written.
    public var date: String?
    public var note: LocalizedText?
    public var location: SourceLocation
}

/// A level value of an indicator in a year.
public struct Observation: Sendable {
    public var indicator: String
    public var year: Int
    public var quantity: Quantity
    /// The source id; nil only while loading, resolved to the city's single source.
    public var source: String?
    public var note: LocalizedText?
    /// Set when the value was computed rather than reported, with how.
    public var derived: LocalizedText?
    public var location: SourceLocation
    /// Where each field's value was written (`indicator`, `year`, `value`, `source`), for diagnostics.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var value: Double { quantity.value }
    public var isDerived: Bool { derived != nil }

    /// Where a field was written, else where the observation starts.
    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }
}

/// A change a source reports between two years.
public struct Change: Sendable {
    public var indicator: String
    public var from: Int
    public var to: Int
    public var kind: ChangeKind
    public var quantity: Quantity
    public var source: String?
    public var note: LocalizedText?
    public var location: SourceLocation
    /// Where each field's value was written (`indicator`, `from`, `relative`, …), for diagnostics.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var value: Double { quantity.value }

    /// Where a field was written, else where the change starts.
    public func location(of field: String) -> SourceLocation { fieldLocations[field] ?? location }
}

/// One city: `cities/<city>/city.yaml`, its optional CSV and its reports.
public struct City: Sendable {
    public var id: String
    public var name: LocalizedText
    public var province: LocalizedText?
    public var sources: [Source]
    public var observations: [Observation]
    public var changes: [Change]
    public var reports: [Report]
    public var location: SourceLocation
    /// Indicators with an observation or change that could not be read. Its problem is
    /// already reported, so missing data of these indicators is not reported again.
    public var unreadableIndicators: Set<String> = []

    public func source(_ id: String?) -> Source? {
        guard let id else { return sources.count == 1 ? sources[0] : nil }
        return sources.first { $0.id == id }
    }

    /// Levels of one indicator, by year ascending.
    public func observations(of indicator: String) -> [Observation] {
        observations.filter { $0.indicator == indicator }.sorted { $0.year < $1.year }
    }

    /// Reported changes of one indicator, by end year then start year.
    public func changes(of indicator: String) -> [Change] {
        changes.filter { $0.indicator == indicator }.sorted { ($0.to, $0.from) < ($1.to, $1.from) }
    }

    /// The ids of indicators this city has any data for, sorted.
    public var indicatorIDs: [String] {
        Array(Set(observations.map(\.indicator) + changes.map(\.indicator))).sorted()
    }
}
