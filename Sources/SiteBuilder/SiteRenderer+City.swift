import SiteModel

/// A city's overview page: headline figures, a contents list, every indicator in one compact
/// table per category (latest value and year, change and period, sparkline), charts where a
/// series has three levels or more, its reports and sources.
extension SiteRenderer {
    func cityPage(_ city: City, _ code: String) -> RenderedRoute {
        let page = PageState(route: .city(code, city.id), language: context.language(code))
        page.reads.cities.insert(city.id)
        let figures = ChartFigureBuilder(context: context, page: page)
        var values = context.base(code)
        values["cityName"] = context.text(city.name, code)!
        values["province"] = context.text(city.province, code)
        values["homeHref"] = page.link(to: .home(code))
        values["headlines"] = Headlines(context: context, page: page).list(for: city, limit: 6)
        values["reports"] = reportList(city.reports, code: code, page: page, withCity: false)
        let cityIndicators = Set(city.indicatorIDs)
        let rows = IndicatorRows(context: context, page: page)
        var categories: [[String: Any]] = []
        for category in categoryOrder {
            let indicators = site.indicators.filter { $0.category == category && cityIndicators.contains($0.id) }
            guard !indicators.isEmpty else { continue }
            // One compact table per category; a chart only where the series tells more than
            // its row: three levels or more.
            let charted = indicators.filter { city.observations(of: $0.id).count >= 3 }
            categories.append([
                "id": category, "name": categoryName(category, code),
                "rows": indicators.map { rows.row($0, city: city) },
                "hasTrend": !charted.isEmpty,
                "charts": charted.map { indicator -> [String: Any] in
                    let html = primaryFigure(indicator, city: city, figures: figures)
                    return ["name": context.text(indicator.name, code)!, "anchor": "chart-\(indicator.id)",
                            "figure": HTML(trusted: html)]
                },
            ])
        }
        values["categories"] = categories
        values["sources"] = city.sources.map { layout.sourceContext($0, code) }
        for source in city.sources { page.cite(city: city.id, source: source.id) }
        values["csvHref"] = page.link(to: "data/\(city.id).csv")
        values["jsonHref"] = page.link(to: "data/\(city.id).json")
        values["derivedNotes"] = derivedNotes(page)
        let body = template("city", values, page: page)
        return finish(page, body: body, title: context.text(city.name, code)!, description: nil, available: codes,
                      jsonLD: DatasetJSONLD(context: context).render(city, code: code, page: page))
    }
}
