import Theme

/// One unit of the built site: a page, or one of the files made from the whole site (feeds,
/// the sitemap, data files). `SiteRenderer.routes` lists them all and `render(_:)` renders
/// one, so a build renders them all and a preview re-renders only those an edit affects.
///
/// Links between pages are relative (`../../data/dongguan.csv`) and name `index.html`
/// explicitly, so the site works from any folder of a web server and from `file://`.
public enum Route: Hashable, Sendable {
    case landing
    case home(String)
    case city(String, String)
    case report(String, String, String)
    case indicator(String, String)
    /// `/<lang>/indicators/`: every indicator with a page, by category.
    case indicatorIndex(String)
    case page(String, String)
    /// `/<lang>/cities/<city>/sources/<source>/`: a source's kept text, paragraph by paragraph.
    case source(String, String, String)
    case notFound
    /// `/<lang>/feed.xml`.
    case feed(String)
    /// `/sitemap.xml`.
    case sitemap
    /// `/data/<city>.csv` and `/data/<city>.json`.
    case cityData(String)
    /// `/data/observations.csv`.
    case allData
    /// `/robots.txt`.
    case robots
    /// `/charts.css`.
    case chartStyles

    /// The folder of the page, relative to the site root, with a trailing slash ("" for the root).
    public var folder: String {
        switch self {
        case .landing, .notFound, .sitemap, .robots, .chartStyles: ""
        case .home(let lang), .feed(let lang): "\(lang)/"
        case .city(let lang, let city): "\(lang)/cities/\(city)/"
        case .report(let lang, let city, let report): "\(lang)/cities/\(city)/\(report)/"
        case .indicator(let lang, let id): "\(lang)/indicators/\(id)/"
        case .indicatorIndex(let lang): "\(lang)/indicators/"
        case .page(let lang, let slug): "\(lang)/\(slug)/"
        case .source(let lang, let city, let source): "\(lang)/cities/\(city)/sources/\(source)/"
        case .cityData, .allData: "data/"
        }
    }

    /// The main file written.
    public var file: String {
        switch self {
        case .notFound: "404.html"
        case .feed(let lang): "\(lang)/feed.xml"
        case .sitemap: "sitemap.xml"
        case .cityData(let city): "data/\(city).csv"
        case .allData: "data/observations.csv"
        case .robots: "robots.txt"
        case .chartStyles: "charts.css"
        default: folder + "index.html"
        }
    }

    /// The same page in another language (the landing and 404 pages have one version).
    public func inLanguage(_ code: String) -> Route {
        switch self {
        case .home: .home(code)
        case .city(_, let city): .city(code, city)
        case .report(_, let city, let report): .report(code, city, report)
        case .indicator(_, let id): .indicator(code, id)
        case .indicatorIndex: .indicatorIndex(code)
        case .page(_, let slug): .page(code, slug)
        case .source(_, let city, let source): .source(code, city, source)
        case .feed: .feed(code)
        default: self
        }
    }

    /// The relative prefix from this page's folder back to the site root.
    package var root: String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }

    /// A relative link from this page to a path under the site root.
    package func link(to path: String) -> String { root + path }

    /// A relative link from this page to another page.
    package func link(to route: Route) -> String { root + route.file }

    /// The public URL of the page under `baseURL` (folders end in `/`).
    package func url(base: String) -> String { self == .notFound ? base + "404.html" : base + folder }
}
