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

/// A level value of an indicator in a year, or over a period ending in that year.
public struct Observation: Sendable {
    public var indicator: String
    /// The year; for a value over a period, the period's last year.
    public var year: Int
    public var quantity: Quantity
    /// Set when the source gave a bound or an approximation: the value is the bound.
    public var bound: Bound?
    /// Set when the value covers several years (a total or an average), not the one year.
    public var period: Period?
    /// The source id; nil only while loading, resolved to the city's single source.
    public var source: String?
    public var note: LocalizedText?
    /// Set when the value was computed rather than reported, with how.
    public var derived: LocalizedText?
    public var location: SourceLocation
    /// Where each field's value was written (`indicator`, `year`, `value`, `source`), for diagnostics.
    public var fieldLocations = FieldLocations()

    public var value: Double { quantity.value }
    public var isDerived: Bool { derived != nil }
    /// A value of one year (not a total or average over several), which may sit on a year axis.
    public var isSingleYear: Bool { period == nil }
    /// An exact single-year value: the only kind another value may be derived from.
    public var isExactLevel: Bool { period == nil && bound == nil }

    public init(indicator: String, year: Int, quantity: Quantity, bound: Bound? = nil, period: Period? = nil,
                source: String? = nil, note: LocalizedText? = nil, derived: LocalizedText? = nil,
                location: SourceLocation, fieldLocations: [String: SourceLocation] = [:]) {
        self.indicator = indicator
        self.year = year
        self.quantity = quantity
        self.bound = bound
        self.period = period
        self.source = source
        self.note = note
        self.derived = derived
        self.location = location
        self.fieldLocations = FieldLocations(fieldLocations)
    }

    /// Where a field was written, else where the observation starts.
    public func location(of field: String) -> SourceLocation { fieldLocations.location(of: field, in: location.file) ?? location }
}

/// A change a source reports between two years.
public struct Change: Sendable {
    public var indicator: String
    public var from: Int
    public var to: Int
    public var kind: ChangeKind
    public var quantity: Quantity
    /// Set when the source gave the change as a bound or an approximation (增长超过四成).
    public var bound: Bound?
    public var source: String?
    public var note: LocalizedText?
    public var location: SourceLocation
    /// Where each field's value was written (`indicator`, `from`, `relative`, …), for diagnostics.
    public var fieldLocations = FieldLocations()

    public var value: Double { quantity.value }

    public init(indicator: String, from: Int, to: Int, kind: ChangeKind, quantity: Quantity, bound: Bound? = nil,
                source: String? = nil, note: LocalizedText? = nil, location: SourceLocation,
                fieldLocations: [String: SourceLocation] = [:]) {
        self.indicator = indicator
        self.from = from
        self.to = to
        self.kind = kind
        self.quantity = quantity
        self.bound = bound
        self.source = source
        self.note = note
        self.location = location
        self.fieldLocations = FieldLocations(fieldLocations)
    }

    /// Where a field was written, else where the change starts.
    public func location(of field: String) -> SourceLocation { fieldLocations.location(of: field, in: location.file) ?? location }
}

/// One city: `cities/<city>/city.yaml`, its optional CSV and its reports.
public struct City: Sendable {
    public var id: String
    public var name: LocalizedText
    public var province: LocalizedText?
    public var sources: [Source]
    /// In file order. Setting it re-indexes the city.
    public var observations: [Observation] { didSet { index = Index(observations: observations, changes: changes) } }
    /// In file order. Setting it re-indexes the city.
    public var changes: [Change] { didSet { index = Index(observations: observations, changes: changes) } }
    public var reports: [Report]
    public var location: SourceLocation
    /// Indicators with an observation or change that could not be read. Its problem is
    /// already reported, so missing data of these indicators is not reported again.
    public var unreadableIndicators: Set<String> = []

    /// Levels and changes by indicator, sorted once when the data is set: pages ask for
    /// them thousands of times on a large site.
    private var index: Index

    public init(id: String, name: LocalizedText, province: LocalizedText?, sources: [Source], observations: [Observation],
                changes: [Change], reports: [Report], location: SourceLocation, unreadableIndicators: Set<String> = []) {
        self.id = id
        self.name = name
        self.province = province
        self.sources = sources
        self.observations = observations
        self.changes = changes
        self.reports = reports
        self.location = location
        self.unreadableIndicators = unreadableIndicators
        self.index = Index(observations: observations, changes: changes)
    }

    private struct Index: Sendable {
        var observations: [String: [Observation]] = [:]
        var yearLevels: [String: [Observation]] = [:]
        var periodValues: [String: [Observation]] = [:]
        var changes: [String: [Change]] = [:]
        var indicatorIDs: [String] = []

        init(observations: [Observation], changes: [Change]) {
            for observation in observations { self.observations[observation.indicator, default: []].append(observation) }
            for change in changes { self.changes[change.indicator, default: []].append(change) }
            let span = { (o: Observation) in o.period.map { $0.last - $0.first + 1 } ?? 0 }
            for key in self.observations.keys {
                self.observations[key]!.sort { ($0.year, span($0)) < ($1.year, span($1)) }
                let all = self.observations[key]!
                // Most series have no period values: their year levels share the sorted array's storage.
                if all.allSatisfy(\.isSingleYear) {
                    yearLevels[key] = all
                } else {
                    yearLevels[key] = all.filter(\.isSingleYear)
                    periodValues[key] = all.filter { !$0.isSingleYear }
                }
            }
            for key in self.changes.keys { self.changes[key]!.sort { ($0.to, $0.from) < ($1.to, $1.from) } }
            indicatorIDs = Set(self.observations.keys).union(self.changes.keys).sorted()
        }
    }

    public func source(_ id: String?) -> Source? {
        guard let id else { return sources.count == 1 ? sources[0] : nil }
        return sources.first { $0.id == id }
    }

    /// Levels of one indicator, by year ascending; in a year, its single-year value before
    /// a value over a period ending then (longer periods last).
    public func observations(of indicator: String) -> [Observation] { index.observations[indicator] ?? [] }

    /// Single-year levels of one indicator (no totals or averages over periods), by year:
    /// what a year axis may show.
    public func yearLevels(of indicator: String) -> [Observation] { index.yearLevels[indicator] ?? [] }

    /// Values of one indicator over periods of several years, by last year.
    public func periodValues(of indicator: String) -> [Observation] { index.periodValues[indicator] ?? [] }

    /// Reported changes of one indicator, by end year then start year.
    public func changes(of indicator: String) -> [Change] { index.changes[indicator] ?? [] }

    /// The ids of indicators this city has any data for, sorted.
    public var indicatorIDs: [String] { index.indicatorIDs }

    /// Whether the city has any level or change of an indicator.
    public func hasData(_ indicator: String) -> Bool { index.observations[indicator] != nil || index.changes[indicator] != nil }
}
