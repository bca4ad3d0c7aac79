import Diagnostics
import Theme

/// What rendering one route read from the content: what an edit must touch for the route
/// to be rendered again. Recorded as the route reads the site, by `SiteView`'s accessors (and
/// by `PageState.cite` for a cited source, `ChartFigureBuilder` for a drawn chart's cities,
/// `SiteRenderer.template` for a template), not declared beside the code that reads.
///
/// Not recorded, because every page reads them and an edit of any re-renders the whole site
/// (in the preview; a rebuild's `InputDigests` digests each city's indicators with
/// `cityList`, a city's files added or removed with the city, and free pages site-wide):
/// `site.yaml`, `indicators.yaml`, templates, interface strings and conventions, `Public/`,
/// the set of indicators each city has data for (which indicators have pages), and files
/// added or removed (a new report, city or free page).
public struct RouteReads: Sendable, Equatable, Codable {
    /// Narratives shown whole, body and front matter, by site-relative path
    /// (`Content/cities/dongguan/report.zh.md`): a report's or free page's own page.
    public var narratives: Set<String> = []
    /// Narratives whose front matter only (title, date, summary) the route shows: report lists
    /// (city pages, home), a city page's lede, a page's other-language versions, and every
    /// page's navigation (the free pages' titles).
    public var listedNarratives: Set<String> = []
    /// Cities whose data — anything in their folder: city.yaml (names, summary, headline,
    /// sources), observations.csv, source texts — the route shows, by id.
    public var cities: Set<String> = []
    /// Whether the route lists the cities (which exist, in what order, their names): every
    /// page's navigation, home, indicator pages and index, feeds, sitemap, all-data file. A
    /// city added, removed or renamed re-renders it.
    public var cityList = false
    /// Whether the route lists every report (which exist, their dates and front matter): home,
    /// feeds, sitemap, and a page that dates its footer by the latest report. A report added or
    /// removed, or a changed title, date or summary, re-renders it.
    public var reportList = false
    /// Templates rendered through `SiteRenderer.template`, by name (the layout is every page's).
    public var templates: Set<String> = []

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case narratives, listedNarratives, cities, cityList, reportList, templates
    }

    // Written without what is empty or false: a 300-city build's manifest holds 2,000 of these.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        narratives = try container.decodeIfPresent(Set<String>.self, forKey: .narratives) ?? []
        listedNarratives = try container.decodeIfPresent(Set<String>.self, forKey: .listedNarratives) ?? []
        cities = try container.decodeIfPresent(Set<String>.self, forKey: .cities) ?? []
        cityList = try container.decodeIfPresent(Bool.self, forKey: .cityList) ?? false
        reportList = try container.decodeIfPresent(Bool.self, forKey: .reportList) ?? false
        templates = try container.decodeIfPresent(Set<String>.self, forKey: .templates) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !narratives.isEmpty { try container.encode(narratives, forKey: .narratives) }
        if !listedNarratives.isEmpty { try container.encode(listedNarratives, forKey: .listedNarratives) }
        if !cities.isEmpty { try container.encode(cities, forKey: .cities) }
        if cityList { try container.encode(true, forKey: .cityList) }
        if reportList { try container.encode(true, forKey: .reportList) }
        if !templates.isEmpty { try container.encode(templates, forKey: .templates) }
    }

    package mutating func formUnion(_ other: RouteReads) {
        narratives.formUnion(other.narratives)
        listedNarratives.formUnion(other.listedNarratives)
        cities.formUnion(other.cities)
        cityList = cityList || other.cityList
        reportList = reportList || other.reportList
        templates.formUnion(other.templates)
    }
}

/// One route's output: its files (a page and the standalone SVGs of charts first drawn for
/// it), what it read, and the problems of the narrative it shows.
public struct RenderedRoute: Sendable {
    public var route: Route
    public var files: [OutputFile]
    public var reads: RouteReads
    /// The standalone chart files the route links to (whichever page first drew them writes them).
    public var charts: [String] = []
    /// Problems of the narrative the route shows, found as it was parsed and bound for the
    /// page: a build with errors among them writes nothing.
    public var diagnostics: [Diagnostic] = []
    /// Whether the route was not rendered but is taken from the previous output: then `files`
    /// is empty and `reusedFiles` names the files to take.
    package var reusedFiles: [String]? = nil

    package init(route: Route, files: [OutputFile], reads: RouteReads, charts: [String] = [], diagnostics: [Diagnostic] = [],
                 reusedFiles: [String]? = nil) {
        self.route = route
        self.files = files
        self.reads = reads
        self.charts = charts
        self.diagnostics = diagnostics
        self.reusedFiles = reusedFiles
    }
}
