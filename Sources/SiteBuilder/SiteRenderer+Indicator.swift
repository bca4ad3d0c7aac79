import SiteModel

/// One indicator across every city that reports it: one ranked comparison of the latest
/// values (each with its year) and a table of every city. Bounded in size however many
/// cities there are: the chart draws at most `IndicatorPage.chartLimit` bars, the table has
/// one short row per city up to `IndicatorPage.tableLimit`, and no per-city charts.
extension SiteRenderer {
    func indicatorPage(_ indicator: Indicator, _ code: String) -> RenderedRoute {
        let page = PageState(route: .indicator(code, indicator.id), language: context.language(code))
        page.reads.cityList = true
        let figures = ChartFigureBuilder(context: context, page: page)
        let format = context.formatter(code)
        let cities = site.cities.filter { $0.indicatorIDs.contains(indicator.id) }
        page.reads.cities.formUnion(cities.map(\.id))
        var values = context.base(code)
        values["name"] = context.text(indicator.name, code)!
        values["description"] = context.text(indicator.description, code)
        values["homeHref"] = page.link(to: .home(code))
        values["unit"] = format.style.unitLabel(indicator.unit)
        values["betterText"] = context.strings.text("better_\(indicator.better.rawValue)", code)

        // The comparison: cities ranked by their latest level, the top ones when there are many.
        let ranked = cities.compactMap { city in city.latest(indicator.id).map { (city, $0) } }
            .sorted { ($0.1.value, $1.0.id) > ($1.1.value, $0.0.id) }
        let drawn = ranked.prefix(IndicatorPage.chartLimit)
        if !drawn.isEmpty {
            let spec = ChartSpec(type: .bar, indicators: [indicator.id], cities: drawn.map(\.0.id), years: nil, title: nil,
                                 location: DefaultChart.generated, keyLocations: [:])
            if case .success(let chart) = ChartResolver(site: site).resolve(spec, pageCity: nil) {
                values["figure"] = HTML(trusted: figures.figure(chart))
            }
            if ranked.count > drawn.count {
                values["chartNote"] = context.strings.text("chart_shows_top", code)
                    .replacingOccurrences(of: "{shown}", with: String(drawn.count))
                    .replacingOccurrences(of: "{total}", with: String(ranked.count))
            }
        }

        // The cities in the chart's order, then those with reported changes only; past
        // `tableLimit` the rest are counted and left to the CSV and their own pages.
        let rows = IndicatorRows(context: context, page: page)
        let ordered = ranked.map(\.0) + cities.filter { $0.latest(indicator.id) == nil }
        if ordered.count > IndicatorPage.tableLimit {
            values["tableNote"] = context.strings.text("table_shows_top", code)
                .replacingOccurrences(of: "{shown}", with: String(IndicatorPage.tableLimit))
                .replacingOccurrences(of: "{total}", with: String(ordered.count))
            values["csvHref"] = page.link(to: "data/observations.csv")
        }
        values["rows"] = ordered.prefix(IndicatorPage.tableLimit).map { city -> [String: Any] in
            var row = rows.row(indicator, city: city, sparkline: false)
            row["name"] = context.text(city.name, code)!
            row["href"] = page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)"
            row["anchor"] = "city-\(city.id)"
            return row
        }
        values["derivedNotes"] = derivedNotes(page)
        let body = template("indicator", values, page: page)
        return finish(page, body: body, title: context.text(indicator.name, code)!, description: context.text(indicator.description, code),
                      available: codes)
    }
}

enum IndicatorPage {
    /// Bars drawn in an indicator's comparison chart; the table lists every city.
    static let chartLimit = 20
    /// Rows of its table: with the chart and the page's frame, under 150 KB of HTML.
    static let tableLimit = 100
}
