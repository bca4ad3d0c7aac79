import SiteModel

/// A language's home page: every city with its headline figures, a cross-city comparison,
/// the reports, and the indicator categories with links into the indicator index.
extension SiteRenderer {
    /// Cities shown with their headline figures on the home page, at most.
    static let citiesWithHeadlines = 12
    /// Reports listed on the home page, newest first, at most.
    static let reportsOnHome = 12

    func home(_ code: String) -> RenderedRoute {
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
        var comparison: HTML?
        if let spec = comparisonSpec(site.cities), case .success(let chart) = ChartResolver(site: self.site).resolve(spec, pageCity: nil) {
            comparison = HTML(trusted: ChartFigureBuilder(context: context, page: page).figure(chart))
        }
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

    /// The first indicator that two or more cities have single-year levels for in the same
    /// year (the latest such year), as bars by city ranked by value, at most
    /// `IndicatorPage.chartLimit` of them: values of different years are not ranked.
    private func comparisonSpec(_ cities: [City]) -> ChartSpec? {
        for indicator in site.indicators {
            let years = cities.flatMap { Set($0.yearLevels(of: indicator.id).map(\.year)) }
            let shared = Dictionary(grouping: years, by: { $0 }).filter { $0.value.count >= 2 }.keys.max()
            guard let year = shared else { continue }
            // Ranked, and at most as many bars as an indicator page draws.
            let cities = cities.compactMap { city in city.level(indicator.id, year: year).map { (city, $0.value) } }
                .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.prefix(IndicatorPage.chartLimit).map(\.0)
            return ChartSpec(type: .bar, indicators: [indicator.id], cities: cities.map(\.id), years: YearSpan(year, year), title: nil,
                             location: DefaultChart.generated, keyLocations: [:])
        }
        return nil
    }
}
