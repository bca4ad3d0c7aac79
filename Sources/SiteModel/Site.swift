import Diagnostics
import Foundation

/// Everything a site's `Content/` holds, loaded and resolved.
public struct Site: Sendable {
    /// The site folder (holding `Content/`, `Templates/`, `Public/`).
    public var root: URL
    public var config: SiteConfig
    /// In file order. Setting it re-indexes the site.
    public var indicators: [Indicator] { didSet { indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) } }
    /// Sorted by id. Setting it re-indexes the site.
    public var cities: [City] { didSet { citiesByID = Self.index(cities) } }
    /// Sorted by slug.
    public var pages: [FreePage]
    /// What exists but could not be read; its problems are already reported.
    public var unreadable = Unreadable()

    /// Content that exists but could not be read. Later checks stay quiet about references to
    /// it, so that one mistake is reported once, where it was made, and not at every use.
    public struct Unreadable: Sendable {
        /// Indicator ids whose catalogue entry has an error.
        public var indicators: Set<String> = []
        /// The catalogue as a whole could not be read: every indicator id is in doubt.
        public var allIndicators = false
        /// City folders whose `city.yaml` could not be read.
        public var cities: Set<String> = []
        /// Narratives whose file exists but could not be read or is misnamed, as
        /// `<folder>/<id>` (`Content/pages/about`), so that their language is not reported missing.
        public var narratives: Set<String> = []

        public init() {}

        /// Whether a reference to this indicator may fail only because of a problem already reported.
        public func covers(indicator id: String) -> Bool { allIndicators || indicators.contains(id) }
    }

    public func indicator(_ id: String) -> Indicator? { indicatorsByID[id] }
    public func city(_ id: String) -> City? { citiesByID[id].map { cities[$0] } }

    /// Every narrative with the city of its report (nil for a free page): cities' reports,
    /// then free pages, each in path order.
    public var narratives: [(narrative: Narrative, city: String?)] {
        var all: [(narrative: Narrative, city: String?)] = []
        for city in cities {
            for report in city.reports { all += report.narratives.values.sorted { $0.path < $1.path }.map { ($0, city.id) } }
        }
        for page in pages { all += page.narratives.values.sorted { $0.path < $1.path }.map { ($0, nil) } }
        return all
    }

    private var indicatorsByID: [String: Indicator]
    /// Positions in `cities`, the first of a duplicated id winning as a linear search would.
    private var citiesByID: [String: Int]

    private static func index(_ cities: [City]) -> [String: Int] {
        Dictionary(cities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public init(root: URL, config: SiteConfig, indicators: [Indicator], cities: [City], pages: [FreePage]) {
        self.root = root
        self.config = config
        self.indicators = indicators
        self.cities = cities
        self.pages = pages
        self.indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.citiesByID = Self.index(cities)
    }
}
