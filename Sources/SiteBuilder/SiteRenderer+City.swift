import SiteModel

/// A city's overview page: headline figures, every indicator by category, its reports and sources.
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
        var categories: [[String: Any]] = []
        for category in categoryOrder {
            let indicators = site.indicators.filter { $0.category == category && cityIndicators.contains($0.id) }
            guard !indicators.isEmpty else { continue }
            categories.append([
                "id": category, "name": categoryName(category, code),
                "indicators": indicators.map { indicator -> [String: Any] in
                    let html = defaultFigures(indicator, city: city, figures: figures)
                    var entry: [String: Any] = ["name": context.text(indicator.name, code)!, "anchor": "indicator-\(indicator.id)",
                                                "href": page.link(to: .indicator(code, indicator.id)), "figure": HTML(trusted: html)]
                    entry["description"] = context.text(indicator.description, code)
                    return entry
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
