import Diagnostics
import Formatting

/// A document figures are taken from.
public struct Source: Sendable {
    public var id: String
    public var title: LocalizedText
    /// Who published this text.
    public var publisher: LocalizedText?
    /// Who the data is credited to, when not the publisher (数据来源：…).
    public var credit: LocalizedText?
    /// An internal file name of the source document, or nil: never shown to readers.
    public var document: String?
    /// Where a reader can read it.
    public var url: String?
    /// A copy kept by an archive, for when `url` goes away.
    public var archive: String?
    /// `YYYY-MM-DD` as written.
    public var date: String?
    /// How `date` is known.
    public var dateBasis: DateBasis?
    /// The BCP 47 language of the document (`zh-Hans`, `zh-Hant`), which marks its quotes.
    public var lang: String?
    /// The document's text kept with the site, or nil.
    public var text: SourceText?
    public var note: LocalizedText?
    public var location: SourceLocation
    /// Where each field's value was written, for diagnostics.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(id: String, title: LocalizedText, publisher: LocalizedText? = nil, credit: LocalizedText? = nil,
                document: String? = nil, url: String? = nil, archive: String? = nil, date: String? = nil,
                dateBasis: DateBasis? = nil, lang: String? = nil, text: SourceText? = nil, note: LocalizedText? = nil,
                location: SourceLocation, fieldLocations: [String: SourceLocation] = [:]) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.credit = credit
        self.document = document
        self.url = url
        self.archive = archive
        self.date = date
        self.dateBasis = dateBasis
        self.lang = lang
        self.text = text
        self.note = note
        self.location = location
        self.fieldLocations = fieldLocations
    }
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
    /// `period: unstated`: the source gives the figure without saying when or over which
    /// years; `year` is then the year of its document, and pages say "period not stated".
    public var periodUnstated = false
    /// The source id; nil only while loading, resolved to the city's single source.
    public var source: String?
    public var note: LocalizedText?
    /// Set when the value was computed rather than reported, with how.
    public var derived: LocalizedText?
    /// The source's words that state the value.
    public var evidence: Evidence?
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
                source: String? = nil, note: LocalizedText? = nil, derived: LocalizedText? = nil, evidence: Evidence? = nil,
                location: SourceLocation, fieldLocations: [String: SourceLocation] = [:]) {
        self.indicator = indicator
        self.year = year
        self.quantity = quantity
        self.bound = bound
        self.period = period
        self.source = source
        self.note = note
        self.derived = derived
        self.evidence = evidence
        self.location = location
        self.fieldLocations = FieldLocations(fieldLocations, line: location.line)
    }

    /// Where a field was written, else where the observation starts.
    public func location(of field: String) -> SourceLocation { fieldLocations.location(of: field, in: location.file, line: location.line) ?? location }
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
    /// The source's words that state the change.
    public var evidence: Evidence?
    public var location: SourceLocation
    /// Where each field's value was written (`indicator`, `from`, `relative`, …), for diagnostics.
    public var fieldLocations = FieldLocations()

    public var value: Double { quantity.value }

    public init(indicator: String, from: Int, to: Int, kind: ChangeKind, quantity: Quantity, bound: Bound? = nil,
                source: String? = nil, note: LocalizedText? = nil, evidence: Evidence? = nil, location: SourceLocation,
                fieldLocations: [String: SourceLocation] = [:]) {
        self.indicator = indicator
        self.from = from
        self.to = to
        self.kind = kind
        self.quantity = quantity
        self.bound = bound
        self.source = source
        self.note = note
        self.evidence = evidence
        self.location = location
        self.fieldLocations = FieldLocations(fieldLocations, line: location.line)
    }

    /// Where a field was written, else where the change starts.
    public func location(of field: String) -> SourceLocation { fieldLocations.location(of: field, in: location.file, line: location.line) ?? location }
}

/// An indicator an author chose for a city's headline figures, and where it was written.
public struct HeadlineChoice: Sendable, Equatable {
    public var indicator: String
    public var location: SourceLocation

    public init(indicator: String, location: SourceLocation) {
        self.indicator = indicator
        self.location = location
    }
}

/// One city: `cities/<city>/city.yaml`, its optional CSV and its reports.
public struct City: Sendable {
    public var id: String
    public var name: LocalizedText
    public var province: LocalizedText?
    public var sources: [Source]
    /// In file order. Held once, by indicator and sorted (`observations(of:)`); this list is
    /// put together from there when asked for, and setting it re-indexes the city. A second
    /// copy in file order was an eighth of a loaded site's memory.
    public var observations: [Observation] {
        get { index.fileOrder.map { index.series[Int($0.slot)][Int($0.place)] } }
        set { index = Index(observations: newValue, changes: changes) }
    }
    /// In file order. Setting it re-indexes the city.
    public var changes: [Change] { didSet { index = Index(observations: observations, changes: changes) } }
    public var reports: [Report]
    /// What the city page opens with (`summary` in city.yaml): a sentence or two on what
    /// happened; nil when not given (the page then takes its latest report's summary).
    public var summary: LocalizedText?
    /// The headline figures its author chose (`headline:` in city.yaml), in the author's
    /// order; nil when not given (the page then picks its own, never a derived value).
    public var headline: [HeadlineChoice]?
    public var location: SourceLocation
    /// Indicators with an observation or change that could not be read. Its problem is
    /// already reported, so missing data of these indicators is not reported again.
    public var unreadableIndicators: Set<String> = []

    /// Levels and changes by indicator, sorted once when the data is set: pages ask for
    /// them thousands of times on a large site.
    private var index: Index

    public init(id: String, name: LocalizedText, province: LocalizedText?, sources: [Source], observations: [Observation],
                changes: [Change], reports: [Report], summary: LocalizedText? = nil, headline: [HeadlineChoice]? = nil,
                location: SourceLocation, unreadableIndicators: Set<String> = []) {
        self.id = id
        self.summary = summary
        self.headline = headline
        self.name = name
        self.province = province
        self.sources = sources
        self.changes = changes
        self.reports = reports
        self.location = location
        self.unreadableIndicators = unreadableIndicators
        self.index = Index(observations: observations, changes: changes)
    }

    /// A city whose files were not read, standing in for it in a site loaded in part (a
    /// rebuild that renders only pages that do not read its data): its id, name, the
    /// indicators it has data for, its source pages and its reports' summaries, with no
    /// values, changes or narrative bodies.
    package static func unloaded(_ summary: Summary) -> City {
        // Its sources with a text kept by the site, which have pages of their own, by id only.
        let sources = summary.sourcePages.map { id in
            Source(id: id, title: LocalizedText([:]), text: SourceText(path: "", paragraphs: []), location: summary.location)
        }
        let reports = summary.reports.map { report in
            Report(id: report.id, city: summary.id, narratives: report.narratives.mapValues(Narrative.init(unloaded:)))
        }
        var city = City(id: summary.id, name: LocalizedText(summary.name), province: nil, sources: sources, observations: [], changes: [],
                        reports: reports, location: summary.location)
        city.index = Index(unloaded: summary.indicators)
        return city
    }

    /// What a site's every page may read of a city without reading its files (the list of
    /// cities: its id, name and indicators; which pages it has; its reports' front matter),
    /// kept by a build for a later one that loads in part.
    public struct Summary: Codable, Equatable, Sendable {
        public var id: String
        public var name: [String: String]
        public var indicators: [String]
        /// Its sources whose text the site keeps (each has a page), by id, in order.
        public var sourcePages: [String]
        public var location: SourceLocation
        /// Its reports, in order, without their narratives' bodies.
        public var reports: [Report.Summary]

        public init(_ city: City) {
            id = city.id
            name = city.name.values
            indicators = city.indicatorIDs
            sourcePages = city.sources.filter { $0.text != nil }.map(\.id)
            location = city.location
            reports = city.reports.map(\.summary)
        }
    }

    private struct Index: Sendable {
        /// Each indicator's levels, sorted; `slots` gives an indicator's place here.
        var series: [[Observation]] = []
        var slots: [String: Int] = [:]
        var yearLevels: [[Observation]] = []
        var periodValues: [String: [Observation]] = [:]
        var changes: [String: [Change]] = [:]
        var indicatorIDs: [String] = []
        /// Where each observation in file order is held: its series, and its place there.
        var fileOrder: [(slot: Int32, place: Int32)] = []

        /// An index with the given indicators and no values.
        init(unloaded indicators: [String]) {
            series = indicators.map { _ in [] }
            yearLevels = series
            slots = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1, $0) })
            indicatorIDs = indicators.sorted()
        }

        init(observations: [Observation], changes: [Change]) {
            var positions: [[Int]] = []
            for (position, observation) in observations.enumerated() {
                if let slot = slots[observation.indicator] {
                    positions[slot].append(position)
                } else {
                    slots[observation.indicator] = positions.count
                    positions.append([position])
                }
            }
            for change in changes { self.changes[change.indicator, default: []].append(change) }
            let span = { (o: Observation) in o.period.map { $0.last - $0.first + 1 } ?? 0 }
            fileOrder = Array(repeating: (0, 0), count: observations.count)
            series.reserveCapacity(positions.count)
            yearLevels.reserveCapacity(positions.count)
            for (slot, var list) in positions.enumerated() {
                // By year, then span; equal ones (a duplicate, reported) in file order.
                list.sort { (observations[$0].year, span(observations[$0]), $0) < (observations[$1].year, span(observations[$1]), $1) }
                for (place, position) in list.enumerated() { fileOrder[position] = (Int32(slot), Int32(place)) }
                let all = list.map { observations[$0] }
                series.append(all)
                // Most series have no period values: their year levels share the sorted array's storage.
                if all.allSatisfy(\.isSingleYear) {
                    yearLevels.append(all)
                } else {
                    yearLevels.append(all.filter(\.isSingleYear))
                    periodValues[all[0].indicator] = all.filter { !$0.isSingleYear }
                }
            }
            for key in self.changes.keys { self.changes[key]!.sort { ($0.to, $0.from) < ($1.to, $1.from) } }
            indicatorIDs = Set(slots.keys).union(self.changes.keys).sorted()
        }
    }

    public func source(_ id: String?) -> Source? {
        guard let id else { return sources.count == 1 ? sources[0] : nil }
        return sources.first { $0.id == id }
    }

    /// Levels of one indicator, by year ascending; in a year, its single-year value before
    /// a value over a period ending then (longer periods last).
    public func observations(of indicator: String) -> [Observation] { index.slots[indicator].map { index.series[$0] } ?? [] }

    /// Single-year levels of one indicator (no totals or averages over periods), by year:
    /// what a year axis may show.
    public func yearLevels(of indicator: String) -> [Observation] { index.slots[indicator].map { index.yearLevels[$0] } ?? [] }

    /// Values of one indicator over periods of several years, by last year.
    public func periodValues(of indicator: String) -> [Observation] { index.periodValues[indicator] ?? [] }

    /// Reported changes of one indicator, by end year then start year.
    public func changes(of indicator: String) -> [Change] { index.changes[indicator] ?? [] }

    /// The ids of indicators this city has any data for, sorted.
    public var indicatorIDs: [String] { index.indicatorIDs }

    /// Whether the city has any level or change of an indicator.
    public func hasData(_ indicator: String) -> Bool { index.slots[indicator] != nil || index.changes[indicator] != nil }
}
