/// A page of the built site and where it is written. Links between pages are relative
/// (`../../data/dongguan.csv`) and name `index.html` explicitly, so the site works from
/// any folder of a web server and from `file://`.
enum Route: Hashable, Sendable {
    case landing
    case home(String)
    case city(String, String)
    case report(String, String, String)
    case indicator(String, String)
    case page(String, String)
    case notFound

    /// The folder of the page, relative to the site root, with a trailing slash ("" for the root).
    var folder: String {
        switch self {
        case .landing, .notFound: ""
        case .home(let lang): "\(lang)/"
        case .city(let lang, let city): "\(lang)/cities/\(city)/"
        case .report(let lang, let city, let report): "\(lang)/cities/\(city)/\(report)/"
        case .indicator(let lang, let id): "\(lang)/indicators/\(id)/"
        case .page(let lang, let slug): "\(lang)/\(slug)/"
        }
    }

    /// The file written.
    var file: String { self == .notFound ? "404.html" : folder + "index.html" }

    /// The same page in another language (the landing and 404 pages have one version).
    func inLanguage(_ code: String) -> Route {
        switch self {
        case .landing, .notFound: self
        case .home: .home(code)
        case .city(_, let city): .city(code, city)
        case .report(_, let city, let report): .report(code, city, report)
        case .indicator(_, let id): .indicator(code, id)
        case .page(_, let slug): .page(code, slug)
        }
    }

    /// The relative prefix from this page's folder back to the site root.
    var root: String {
        String(repeating: "../", count: folder.split(separator: "/").count)
    }

    /// A relative link from this page to a path under the site root.
    func link(to path: String) -> String { root + path }

    /// A relative link from this page to another page.
    func link(to route: Route) -> String { root + route.file }

    /// The public URL of the page under `baseURL` (folders end in `/`).
    func url(base: String) -> String { self == .notFound ? base + "404.html" : base + folder }
}
