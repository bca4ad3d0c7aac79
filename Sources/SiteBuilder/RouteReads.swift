import Diagnostics

/// What rendering one route read from the content: what an edit must touch for the route
/// to be rendered again. Templates and interface strings are read by every page, so a change
/// to them (or to `site.yaml` or `indicators.yaml`) re-renders everything.
public struct RouteReads: Sendable, Equatable, Codable {
    /// Narratives shown whole, by site-relative path (`Content/cities/dongguan/report.zh.md`).
    public var narratives: Set<String> = []
    /// Narratives whose front matter only (title, date, summary) the route lists.
    public var listedNarratives: Set<String> = []
    /// Cities whose data (observations, changes, sources) the route shows.
    public var cities: Set<String> = []
    /// Whether the route lists every city by name (navigation, home, indicator pages): a
    /// city added, removed or renamed re-renders it.
    public var cityList = false
    /// Whether the route lists every report (home, feeds, sitemap): a report added or removed,
    /// or a changed title, date or summary, re-renders it.
    public var reportList = false
    /// Templates rendered, by name.
    public var templates: Set<String> = []

    public init() {}

    mutating func formUnion(_ other: RouteReads) {
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
    var reusedFiles: [String]? = nil
}
