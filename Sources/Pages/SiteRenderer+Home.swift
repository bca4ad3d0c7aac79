import SiteModel
import Theme

/// A language's home page: every city with its headline figures, a cross-city comparison,
/// the reports, and the indicator categories with links into the indicator index.
extension SiteRenderer {
    /// Cities shown with their headline figures on the home page, at most.
    package static let citiesWithHeadlines = 12
    /// Reports listed on the home page, newest first, at most.
    package static let reportsOnHome = 12

    package func home(_ code: String, comparison chart: ResolvedChart?) -> RenderedRoute {
        let page = PageState(route: .home(code), language: context.language(code))
        let site = page.reading(site)
        let headlines = Headlines(context: context, page: page)
        // The home page must not grow with the site: headline figures for a few cities, names
        // and links for many (each city page has its own).
        let withHeadlines = site.cities.count <= Self.citiesWithHeadlines
        let cities = site.cities.map { city in
            HomeCity(name: context.text(city.name, code)!, href: page.link(to: .city(code, city.id)),
                     province: context.text(city.province, code), headlines: withHeadlines ? headlines.list(for: city, limit: 4) : [])
        }
        let comparison = chart.map { HTML(trusted: ChartFigureBuilder(context: context, page: page).figure($0)) }
        // The newest reports; each city page lists all of its own, and the feed every one.
        let reports = Array(reportList(site.reports, code: code, page: page, withCity: true).prefix(Self.reportsOnHome))
        // The indicators by category name and count only: the index lists them all, and the
        // home page must not grow with the catalogue.
        let categories = indicatorCategories(code: code, page: page, withCities: false)
        let summary = context.strings.text("indicator_summary", code)
            .replacingOccurrences(of: "{count}", with: String(reported.count))
            .replacingOccurrences(of: "{categories}", with: String(categories.count))
        let model = HomeModel(siteDescription: context.text(site.config.description, code), cities: cities, comparison: comparison,
                              reports: reports, categories: categories, indexHref: page.link(to: .indicatorIndex(code)),
                              indicatorSummary: summary, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: site.config.title.resolved(code, fallbacks: context.fallbacks(code)),
                      description: nil, available: codes)
    }
}
