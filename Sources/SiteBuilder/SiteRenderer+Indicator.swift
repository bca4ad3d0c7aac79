import SiteModel

/// One indicator across every city that reports it.
extension SiteRenderer {
    func indicatorPage(_ indicator: Indicator, _ code: String) -> RenderedRoute {
        let page = PageState(route: .indicator(code, indicator.id), language: context.language(code))
        page.reads.cityList = true
        let figures = ChartFigureBuilder(context: context, page: page)
        let resolver = ChartResolver(site: site)
        let format = context.formatter(code)
        let cities = site.cities.filter { $0.indicatorIDs.contains(indicator.id) }
        page.reads.cities.formUnion(cities.map(\.id))
        var values = context.base(code)
        values["name"] = context.text(indicator.name, code)!
        values["description"] = context.text(indicator.description, code)
        values["homeHref"] = page.link(to: .home(code))
        values["unit"] = format.style.unitLabel(indicator.unit)
        values["betterText"] = context.strings.text("better_\(indicator.better.rawValue)", code)
        if cities.count > 1, let spec = DefaultChart.spec(for: indicator, cities: cities), spec.type != .change,
           case .success(let chart) = resolver.resolve(spec, pageCity: nil) {
            values["figure"] = HTML(trusted: figures.figure(chart))
        }
        values["cities"] = cities.map { city -> [String: Any] in
            let html = defaultFigures(indicator, city: city, figures: figures)
            return ["name": context.text(city.name, code)!, "href": page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)",
                    "anchor": "city-\(city.id)", "figure": HTML(trusted: html)]
        }
        values["derivedNotes"] = derivedNotes(page)
        let body = template("indicator", values, page: page)
        return finish(page, body: body, title: context.text(indicator.name, code)!, description: context.text(indicator.description, code),
                      available: codes)
    }
}
