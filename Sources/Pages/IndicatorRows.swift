import Charts
import Markdown
import SiteModel
import Theme

/// The rows of a city's indicator tables: the indicator, its latest value and year, the
/// change to it with its period, and a sparkline of its levels; and an indicator page's
/// figures, one city's single value each.
package struct IndicatorRows {
    package let context: RenderContext
    package let page: PageState

    private var code: String { page.language.code }

    package func row(_ indicator: Indicator, city: City, sparkline: Bool = true) -> IndicatorRow {
        let format = context.formatter(code)
        var entry = IndicatorRow(name: context.text(indicator.name, code)!, href: page.link(to: .indicator(code, indicator.id)),
                                 anchor: "indicator-\(indicator.id)")
        let levels = city.observations(of: indicator.id)
        if let latest = levels.last {
            // The value with its bound ("90%以上") and when it holds ("2016—2020年累计").
            // Its note, if any, as a footnote marker listed at the foot of the page (as headline cards do).
            entry.value = context.levelHTML(latest, indicator, city: city, on: page)
            entry.year = format.when(latest)
            if let change = KPIFigure.change(to: latest, in: city, indicator: indicator) {
                entry.change = context.changeHTML(change, indicator, city: city, besides: latest, period: .apart, on: page)
                entry.assessment = ChartFigureBuilder.assessment(change.kind.movement(change.quantity.value), indicator.better).rawValue
            }
            if sparkline, levels.count >= 3, let first = levels.first {
                for level in levels { context.record(level, of: indicator, in: city, on: page) }
                let points = levels.map {
                    ChartPoint(year: $0.year, value: $0.value, label: format.value($0, indicator), derived: $0.isDerived)
                }
                let label = format.years(first.year, latest.year) + context.strings.text("measure_separator", code)
                    + format.value(first, indicator) + " → " + format.value(latest, indicator)
                entry.sparkline = HTML(trusted: Sparkline.svg(points, label: label))
                entry.chartAnchor = "chart-\(indicator.id)"
            }
        } else if let change = city.changes(of: indicator.id).max(by: { ($0.to, $0.from) < ($1.to, $1.from) }) {
            // Only reported changes: the latest one.
            context.cite(change.source, of: city, on: page)
            if let figure = city.change(indicator, from: change.from, to: change.to) {
                entry.change = context.changeHTML(figure, indicator, city: city, besides: nil, period: .apart, on: page)
                entry.assessment = ChartFigureBuilder.assessment(figure.kind.movement(figure.quantity.value), indicator.better).rawValue
            }
        }
        return entry
    }

    /// One city's single value of an indicator shown as a figure, not as a one-bar chart: its
    /// latest value (linked to its evidence) with when it holds and the change to it, or its
    /// latest reported change when it has no level; the city, and the source it comes from.
    package func figure(_ indicator: Indicator, city: City) -> IndicatorRow {
        var entry = row(indicator, city: city, sparkline: false)
        entry.name = context.text(city.name, code)!
        entry.href = page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)"
        entry.anchor = "figure-\(city.id)"
        if entry.value == nil, let latest = city.changes(of: indicator.id).max(by: { ($0.to, $0.from) < ($1.to, $1.from) }),
           let change = city.change(indicator, from: latest.from, to: latest.to) {
            // Only a reported change: it is the figure, its period where a level's year would be.
            entry.change = nil
            entry.value = context.changeHTML(change, indicator, city: city, besides: nil, period: .none, on: page)
            entry.year = context.formatter(code).years(change.from, change.to)
        }
        let source = city.latest(indicator.id)?.source
            ?? city.changes(of: indicator.id).max(by: { ($0.to, $0.from) < ($1.to, $1.from) })?.source
        entry.source = city.source(source).map { sourceHTML($0, city: city) }
        return entry
    }

    /// A source's title as cited (the `sourcelink` partial), linked to its kept text on the
    /// site, else to where it was published.
    private func sourceHTML(_ source: Source, city: City) -> HTML {
        var href: String?
        if source.text != nil {
            href = page.link(to: .source(code, city.id, source.id))
        } else if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            href = url
        }
        return HTML(trusted: context.formatter(code).html(SourceLink(title: context.text(source.title, code)!, href: href)))
    }
}

extension Array {
    package func appending(_ element: Element) -> [Element] { self + [element] }
}
