import SiteModel
import Theme

/// One indicator across every city that reports it, compared only where the values compare:
/// the cities of one year side by side (the latest year two or more cities share), each
/// city's values over time where it has several, every other value as a figure, and a
/// table of every city. Bounded in size however many cities there are: the comparison draws
/// at most `IndicatorPage.chartLimit` bars, the series at most `IndicatorPage.seriesLimit`
/// cities, and the table one short row per city up to `IndicatorPage.tableLimit`.
extension SiteRenderer {
    /// `plan` and `charts` are the route's resolution (`RouteResolver`).
    package func indicatorPage(_ indicator: Indicator, _ code: String, plan: IndicatorPage.Plan,
                               charts: [ResolvedRoute.GeneratedChart: ResolvedChart]) -> RenderedRoute {
        let page = PageState(route: .indicator(code, indicator.id), language: context.language(code))
        let figures = ChartFigureBuilder(context: context, page: page)
        let format = context.formatter(code)
        let cities = page.reading(site).cities(reporting: indicator.id)

        // The comparison: the cities of one year ranked by value; values of different years are
        // never ranked against each other (a bar's length reads as a ranking whatever its label).
        var compared: [City] = []
        var comparison: IndicatorComparison?
        if let year = plan.year {
            compared = plan.compared
            let drawn = compared.prefix(IndicatorPage.chartLimit)
            let figure = charts[.comparison].map { HTML(trusted: figures.figure($0)) }
            comparison = IndicatorComparison(
                heading: context.strings.text("compared_in_year", code).replacingOccurrences(of: "{year}", with: format.year(year)),
                figure: figure,
                chartNote: compared.count <= drawn.count ? nil : context.strings.text("chart_shows_top", code)
                    .replacingOccurrences(of: "{shown}", with: String(drawn.count))
                    .replacingOccurrences(of: "{total}", with: String(compared.count)))
        }

        // Values over time: a city with several single-year levels is a series.
        var series: IndicatorSeries?
        if !plan.series.isEmpty {
            if plan.series.count <= IndicatorPage.seriesLimit, var chart = charts[.series] {
                if plan.series.count == 1 {
                    // The chart names its one city: the page is about the indicator, not the city.
                    chart.spec.title = context.text(plan.series[0].name, code)! + context.strings.text("measure_separator", code)
                        + context.text(indicator.name, code)!
                }
                series = IndicatorSeries(figure: HTML(trusted: figures.figure(chart)), note: nil)
            } else {
                series = IndicatorSeries(figure: nil, note: context.strings.text("series_on_city_pages", code)
                    .replacingOccurrences(of: "{count}", with: String(plan.series.count)))
            }
        }

        // Every city drawn in no chart: its own value as a figure, with its year.
        let rows = IndicatorRows(context: context, page: page)
        let single = plan.single
        var singleFigures: IndicatorFigures?
        if !single.isEmpty {
            let heading: String
            if let year = plan.year {
                heading = context.strings.text("no_value_for_year", code).replacingOccurrences(of: "{year}", with: format.year(year))
            } else {
                heading = context.strings.text(single.count == 1 ? "latest_value" : "latest_values", code)
            }
            singleFigures = IndicatorFigures(
                heading: heading, items: single.prefix(IndicatorPage.tableLimit).map { rows.figure(indicator, city: $0) },
                // Several cities and no year they share: say why their values stand apart.
                note: plan.year == nil && cities.count > 1 ? context.strings.text("years_not_shared", code) : nil)
        }

        // The cities in the comparison's order, then the others; past `tableLimit` the rest are
        // counted and left to the CSV and their own pages.
        let ordered = compared + cities.filter { city in !compared.contains { $0.id == city.id } }
        let truncated = ordered.count > IndicatorPage.tableLimit
        let tableRows = ordered.prefix(IndicatorPage.tableLimit).map { city in
            var row = rows.row(indicator, city: city, sparkline: false)
            row.name = context.text(city.name, code)!
            row.href = page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)"
            row.anchor = "city-\(city.id)"
            return row
        }
        let model = IndicatorModel(
            name: context.text(indicator.name, code)!, description: context.text(indicator.description, code),
            homeHref: page.link(to: .home(code)), indexHref: page.link(to: .indicatorIndex(code)) + "#category-\(indicator.category)",
            unit: format.style.unitLabel(indicator.unit), betterText: context.strings.text("better_\(indicator.better.rawValue)", code),
            comparison: comparison, series: series, figures: singleFigures,
            tableNote: !truncated ? nil : context.strings.text("table_shows_top", code)
                .replacingOccurrences(of: "{shown}", with: String(IndicatorPage.tableLimit))
                .replacingOccurrences(of: "{total}", with: String(ordered.count)),
            csvHref: truncated ? page.link(to: "data/observations.csv") : nil,
            rows: tableRows, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: context.text(indicator.name, code)!, description: context.text(indicator.description, code),
                      available: codes)
    }
}

package enum IndicatorPage {
    /// Bars drawn in an indicator's comparison chart; the table lists every city.
    package static let chartLimit = 20
    /// Cities drawn as lines over time on one chart: more are a tangle, and each city's page
    /// has its own series.
    package static let seriesLimit = 6
    /// Rows of its table: with the chart and the page's frame, under 150 KB of HTML.
    package static let tableLimit = 100

    /// What an indicator page draws, from the shape of the data alone.
    package struct Plan: Sendable {
        /// The latest year in which two or more cities have a single-year level: the one year compared.
        package let year: Int?
        /// The cities with a level in `year`, highest first (ties by id): the comparison's bars.
        package let compared: [City]
        /// Cities with two or more single-year levels, in site order: drawn over time.
        package let series: [City]
        /// Cities in neither chart, in site order: each shown as a figure of its latest value
        /// (a city compared in `year` that has no series is already drawn; one outside it is
        /// listed as having no value for it).
        package let single: [City]

        package init(_ indicator: Indicator, cities: [City]) {
            var counts: [Int: Int] = [:]
            for city in cities {
                for year in Set(city.yearLevels(of: indicator.id).map(\.year)) { counts[year, default: 0] += 1 }
            }
            let year = counts.filter { $0.value >= 2 }.keys.max()
            self.year = year
            compared = year.map { year in
                cities.compactMap { city in city.level(indicator.id, year: year).map { (city, $0.value) } }
                    .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.map(\.0)
            } ?? []
            series = cities.filter { $0.yearLevels(of: indicator.id).count >= 2 }
            let drawn = Set(compared.map(\.id)).union(series.map(\.id))
            let comparedIDs = Set(compared.map(\.id))
            single = cities.filter { city in
                // Without a year of its own in the comparison, a city is listed even when its series is drawn.
                year == nil ? !drawn.contains(city.id) : !comparedIDs.contains(city.id)
            }
        }
    }
}
