import SiteModel

/// A language's home page: every city with its headline figures, a cross-city comparison,
/// the reports and the indicators by category.
extension SiteRenderer {
    func home(_ code: String) -> RenderedRoute {
        let page = PageState(route: .home(code), language: context.language(code))
        page.reads.cityList = true
        page.reads.reportList = true
        let headlines = Headlines(context: context, page: page)
        let cities = site.cities.map { city -> [String: Any] in
            var entry: [String: Any] = ["name": context.text(city.name, code)!, "href": page.link(to: .city(code, city.id)),
                                        "headlines": headlines.list(for: city, limit: 4)]
            entry["province"] = context.text(city.province, code)
            return entry
        }
        var values = context.base(code)
        values["siteDescription"] = context.text(site.config.description, code)
        values["cities"] = cities
        if let comparison = comparisonSpec(), case .success(let chart) = ChartResolver(site: site).resolve(comparison, pageCity: nil) {
            values["comparison"] = HTML(trusted: ChartFigureBuilder(context: context, page: page).figure(chart))
        }
        values["reports"] = reportList(site.cities.flatMap(\.reports), code: code, page: page, withCity: true)
        values["categories"] = categories(code: code, page: page)
        values["derivedNotes"] = derivedNotes(page)
        let body = template("home", values, page: page)
        return finish(page, body: body, title: site.config.title.resolved(code, fallbacks: context.fallbacks(code)),
                      description: nil, available: codes)
    }

    /// The first indicator that two or more cities have levels for, as bars by city.
    private func comparisonSpec() -> ChartSpec? {
        for indicator in site.indicators {
            let cities = site.cities.filter { $0.latest(indicator.id) != nil }
            if cities.count >= 2 {
                return ChartSpec(type: .bar, indicators: [indicator.id], cities: cities.map(\.id), years: nil, title: nil,
                                 location: DefaultChart.generated, keyLocations: [:])
            }
        }
        return nil
    }
}
