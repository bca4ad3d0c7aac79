import SiteModel
import Theme

/// A city's overview page: a lede and headline figures (what a reader needs first), then a
/// contents list, every indicator in one compact table per category (latest value and year,
/// change and period, sparkline) with the category's trends as small multiples where a series
/// has three levels or more, its reports and sources.
extension SiteRenderer {
    package func cityPage(_ city: City, _ code: String, charts: [ResolvedRoute.GeneratedChart: ResolvedChart]) -> RenderedRoute {
        let page = PageState(route: .city(code, city.id), language: context.language(code))
        let city = page.reading(site).city(city.id)!
        let figures = ChartFigureBuilder(context: context, page: page)
        let headlines = Headlines(context: context, page: page).list(for: city, limit: 6)
        let reports = reportList(city.reports, code: code, page: page, withCity: false)
        let (lede, ledeReport) = lede(of: city, code, page: page)
        let cityIndicators = Set(city.indicatorIDs)
        let rows = IndicatorRows(context: context, page: page)
        let sections = categoryOrder.map { category in
            (category, site.indicators.filter { $0.category == category && cityIndicators.contains($0.id) })
        }.filter { !$0.1.isEmpty }
        let shown = chartsShown(of: sections.flatMap(\.1), on: city, charts: charts, figures: figures)
        let categories = sections.map { category, indicators in
            // One compact table per category; trends only where the series tells more than its
            // row (three levels or more): lines as small multiples, any other chart on its own.
            let name = categoryName(category, code)
            let panels = indicators.compactMap { shown[$0.id]?.panel }
            let trends = figures.smallMultiples(panels, category: name)
            let charted = indicators.filter { shown[$0.id] != nil }
            return CityCategory(
                id: category, name: name,
                rows: indicators.map { indicator in
                    var row = rows.row(indicator, city: city)
                    row.chartHref = shown[indicator.id].map { $0.html == nil && $0.panel == nil ? $0.href : "#chart-\(indicator.id)" }
                    return row
                },
                hasTrend: !charted.isEmpty,
                trends: HTML(trusted: trends ?? ""),
                charts: charted.compactMap { indicator in
                    guard let html = shown[indicator.id]?.html else { return nil }
                    return CityChart(name: context.text(indicator.name, code)!, anchor: "chart-\(indicator.id)", figure: HTML(trusted: html))
                })
        }
        let sources = city.sources.map { layout.citation($0, code, city: city.id, page: page) }
        for source in city.sources { page.cite(city: city.id, source: source.id) }
        let model = CityModel(cityName: context.text(city.name, code)!, province: context.text(city.province, code),
                              homeHref: page.link(to: .home(code)), lede: lede, ledeReport: ledeReport, headlines: headlines, reports: reports, categories: categories,
                              sources: sources, csvHref: page.link(to: "data/\(city.id).csv"), jsonHref: page.link(to: "data/\(city.id).json"),
                              derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: context.text(city.name, code)!, description: nil, available: codes,
                      jsonLD: DatasetJSONLD(context: context).render(city, code: code, page: page))
    }

    /// What a city page opens with: the city's `summary`, else the summary of its newest report
    /// in the page's language that has one, with that report (the newest by date, as the
    /// report list orders them).
    package func lede(of city: City, _ code: String, page: PageState) -> (String?, LedeReport?) {
        if let summary = context.text(city.summary, code) { return (summary, nil) }
        let newest = city.reports.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        let site = page.reading(site)
        for report in newest {
            guard let narrative = report.narratives[code] else { continue }
            // Read as listed: a report without a summary is passed over for its summary too.
            let front = site.listed(narrative)
            guard let summary = front.summary, !summary.isEmpty else { continue }
            return (summary, LedeReport(title: front.title, href: page.link(to: .report(code, city.id, report.id))))
        }
        return (nil, nil)
    }

    /// A city page's charts must not outgrow the page (site-output: no page over 150 KB,
    /// whatever the series' lengths): its indicators' trends are placed on the page while they
    /// fit in this many bytes, the longest series first (they tell the most beyond their row),
    /// then in catalogue order; the others are linked from their row's sparkline to their
    /// standalone chart.
    package static let cityChartBudget = 90_000

    /// What a category's grid of small multiples costs beyond its panels: its caption,
    /// sources, table head and links.
    package static let trendsGridCost = 2_500

    /// Each charted indicator (three levels or more) of the page's, with its place on the page
    /// if it fits the page's budget: a panel of its category's small multiples (a line of
    /// yearly levels; `panel`, made once to be counted and then drawn), else a figure of its
    /// own (`html`); and the link to its standalone chart.
    package func chartsShown(of indicators: [Indicator], on city: City, charts: [ResolvedRoute.GeneratedChart: ResolvedChart],
                     figures: ChartFigureBuilder)
        -> [String: (panel: TrendPanel?, html: String?, href: String)] {
        let ordered = indicators.filter { city.observations(of: $0.id).count >= 3 }
        let priority = ordered.enumerated().sorted {
            (city.observations(of: $0.element.id).count, -$0.offset) > (city.observations(of: $1.element.id).count, -$1.offset)
        }.map(\.element)
        var budget = Self.cityChartBudget
        var gridsStarted: Set<String> = []
        var shown: [String: (panel: TrendPanel?, html: String?, href: String)] = [:]
        for indicator in priority {
            guard let chart = charts[.trend(indicator.id)] else { continue }
            guard chart.spec.type == .line, chart.series.count == 1, chart.series[0].observations.count >= 3 else {
                let figure = figures.figure(chart, within: &budget)
                shown[indicator.id] = (nil, figure.html, figure.href)
                continue
            }
            let panel = figures.trendPanel(chart)
            let cost = (panel?.cost ?? 0) + (gridsStarted.contains(indicator.category) ? 0 : Self.trendsGridCost)
            if let panel, cost <= budget {
                budget -= cost
                gridsStarted.insert(indicator.category)
                shown[indicator.id] = (panel, nil, "#chart-\(indicator.id)")
            } else {
                // Only linked: its standalone chart, drawn no bigger than the room left (none).
                var none = 0
                shown[indicator.id] = (nil, nil, figures.figure(chart, within: &none).href)
            }
        }
        return shown
    }
}
