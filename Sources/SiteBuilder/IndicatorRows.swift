import Charts
import Markdown
import SiteModel

/// The rows of a city's indicator tables: the indicator, its latest value and year, the
/// change to it with its period, and a sparkline of its levels; and an indicator page's
/// figures, one city's single value each.
struct IndicatorRows {
    let context: RenderContext
    let page: PageState

    private var code: String { page.language.code }

    func row(_ indicator: Indicator, city: City, sparkline: Bool = true) -> IndicatorRow {
        let format = context.formatter(code)
        var entry = IndicatorRow(name: context.text(indicator.name, code)!, href: page.link(to: .indicator(code, indicator.id)),
                                 anchor: "indicator-\(indicator.id)")
        let levels = city.observations(of: indicator.id)
        if let latest = levels.last {
            context.record(latest, of: indicator, in: city, on: page)
            // The value with its bound ("90%以上") and when it holds ("2016—2020年累计").
            // Its note, if any, as a footnote marker listed at the foot of the page (as headline cards do).
            entry.value = HTML(trusted: format.html(latest.quantity, text: format.value(latest, indicator), derived: latest.isDerived,
                                                       evidence: context.evidenceHref(latest, city: city, on: page))
                + context.noteMarker(context.noteOf(latest, indicator: indicator, city: city, on: page), on: page))
            entry.year = format.when(latest)
            if let change = KPIFigure.change(to: latest, in: city, indicator: indicator) {
                entry.change = changeHTML(change, indicator, city: city, latest: latest)
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
                entry.change = changeHTML(figure, indicator, city: city, latest: nil)
                entry.assessment = ChartFigureBuilder.assessment(figure.kind.movement(figure.quantity.value), indicator.better).rawValue
            }
        }
        return entry
    }

    /// One city's single value of an indicator shown as a figure, not as a one-bar chart: its
    /// latest value (linked to its evidence) with when it holds and the change to it, or its
    /// latest reported change when it has no level; the city, and the source it comes from.
    func figure(_ indicator: Indicator, city: City) -> IndicatorRow {
        var entry = row(indicator, city: city, sparkline: false)
        entry.name = context.text(city.name, code)!
        entry.href = page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)"
        entry.anchor = "figure-\(city.id)"
        if entry.value == nil, let latest = city.changes(of: indicator.id).max(by: { ($0.to, $0.from) < ($1.to, $1.from) }),
           let change = city.change(indicator, from: latest.from, to: latest.to) {
            // Only a reported change: it is the figure, its period where a level's year would be.
            entry.change = nil
            entry.value = changeHTML(change, indicator, city: city, latest: nil, period: false)
            entry.year = context.formatter(code).years(change.from, change.to)
        }
        let source = city.latest(indicator.id)?.source
            ?? city.changes(of: indicator.id).max(by: { ($0.to, $0.from) < ($1.to, $1.from) })?.source
        entry.source = city.source(source).map { sourceHTML($0, city: city) }
        return entry
    }

    /// A source's title as cited, linked to its kept text on the site, else to where it was published.
    private func sourceHTML(_ source: Source, city: City) -> HTML {
        let strings = context.strings
        let title = context.text(source.title, code)!
        let cited = "<cite>" + HTMLEscaping.escape(strings.text("cite_open", code) + title + strings.text("cite_close", code)) + "</cite>"
        if source.text != nil {
            return HTML(trusted: "<a href=\"\(HTMLEscaping.escapeAttribute(page.link(to: .source(code, city.id, source.id))))\">\(cited)</a>")
        }
        if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
            return HTML(trusted: "<a href=\"\(HTMLEscaping.escapeAttribute(url))\">\(cited)</a>")
        }
        return HTML(trusted: cited)
    }

    /// "▲ +1.7 pp 2020–2021", the arrow hidden from screen readers (the sign says it).
    private func changeHTML(_ change: ChangeFigure, _ indicator: Indicator, city: City, latest: Observation?, period: Bool = true) -> HTML {
        let format = context.formatter(code)
        let arrow = FigureFormatter.arrow(change)
        // A computed change is marked and explained with the page's derived values (issue 20).
        context.noteComputation(of: change, indicator: indicator, city: city, on: page)
        // Notes of the levels it was computed from (but the row's own value) and of a reported change.
        var markers = ""
        for level in [change.levels?.from, change.levels?.to].compactMap({ $0 }) {
            if let latest, level.year == latest.year && level.isSingleYear && latest.isSingleYear { continue }
            markers += context.noteMarker(context.noteOf(level, indicator: indicator, city: city, on: page), on: page)
        }
        if let reported = change.reported {
            markers += context.noteMarker(context.noteOf(reported, indicator: indicator, city: city, on: page), on: page)
        }
        // A reported change leads to the words that state it, as a level does.
        let evidence = change.reported.flatMap { context.evidenceHref($0, city: city, on: page) }
        return HTML(trusted: "<span aria-hidden=\"true\">\(arrow)</span> "
            + format.html(change.quantity, text: format.change(change, indicator), derived: change.isDerived, evidence: evidence) + markers
            + (period ? " <span class=\"period\">" + HTMLEscaping.escape(format.years(change.from, change.to)) + "</span>" : ""))
    }
}

extension Array {
    func appending(_ element: Element) -> [Element] { self + [element] }
}
