import Charts
import Formatting
import SiteModel
import Theme

/// A city's trends of one category as small multiples: one small line chart per indicator,
/// sharing the years, each on its own scale, in one `<figure>` with the grid's sources, its
/// data table behind a toggle and its downloads (the rows it draws as CSV, the grid as SVG).
/// Drawn once per language, as every figure is (`FigureCache`).
extension ChartFigureBuilder {
    /// The grid of `panels` (each one city's line of one indicator, in the order to show them)
    /// under `category`, its figure HTML for this page. Each panel is `chart-<indicator>` on
    /// the page: the anchor its table row links to.
    package func smallMultiples(_ panels: [TrendPanel], category: String) -> String? {
        guard let grid = Self.grid(panels.map(\.chart)) else { return nil }
        let key = FigureCache.key(grid, language: language) + "|multiples"
        let (drawn, isNew) = context.figures.figure(key) {
            let scratch = PageState(route: page.route, language: page.language, root: DrawnFigure.rootMark)
            let path = FigureCache.path(grid, key: key, language: language, kind: "trends")
            return ChartFigureBuilder(context: context, page: scratch).drawMultiples(panels, grid: grid, category: category,
                                                                                  key: key, standalonePath: path)
        }
        for file in drawn.files {
            if isNew { page.add(file) }
            page.linkChart(file.path)
        }
        page.absorb(sources: drawn.sources, derived: drawn.derived, reads: drawn.reads)
        return drawn.html(id: page.nextChartID(), root: page.root)
    }

    /// `chart`'s panel, made once: what a city page counts against its budget before drawing
    /// the grid, and what the grid then draws. Nothing is recorded on the page.
    package func trendPanel(_ chart: ResolvedChart) -> TrendPanel? {
        let scratch = PageState(route: page.route, language: page.language, root: DrawnFigure.rootMark)
        let builder = ChartFigureBuilder(context: context, page: scratch)
        guard let panel = builder.panel(chart), let series = chart.series.first else { return nil }
        // Its table's rows are its years in order, one cell each.
        let years = Array(Set(series.observations.map(\.year))).sorted()
        let cells = Dictionary(uniqueKeysWithValues: zip(years, builder.seriesTable(chart).rows.map { $0.cells[0] }))
        // Its SVG as drawn alone (the grid's years and plot start are not known yet; only its
        // size is kept), its heading, its column of the data table (a row's markup around each cell).
        let svg = SmallMultiples(panels: [panel], text: builder.panelText(title: "")).panelSVG(0, id: DrawnFigure.idMark).utf8.count
        let column = cells.values.reduce(0) { $0 + $1.utf8.count + 18 }
        return TrendPanel(chart: chart, panel: panel, cells: cells, recorded: scratch,
                          cost: svg + column + 3 * panel.title.utf8.count + 200)
    }

    /// The charts as one: one city, their indicators, their series in order.
    package static func grid(_ charts: [ResolvedChart]) -> ResolvedChart? {
        guard var grid = charts.first else { return nil }
        grid.indicators = charts.flatMap(\.indicators)
        grid.series = charts.flatMap(\.series)
        grid.spec.indicators = grid.indicators.map(\.id)
        grid.spec.years = nil
        return grid
    }

    private func panelText(title: String, description: String = "", scope: String = "", footer: [String] = []) -> ChartText {
        ChartText(title: title, description: description, derivedLabel: t("derived_label"), formatTick: { String($0) },
                  formatYear: { [format] in format.year($0) }, scope: scope, footer: footer)
    }

    /// One indicator's panel: its name, unit, description and levels (each linked to its
    /// source's words, its notes and derivation recorded on the page).
    private func panel(_ chart: ResolvedChart) -> SmallMultiplePanel? {
        guard let series = chart.series.first, let indicator = chart.indicators.first else { return nil }
        let name = indicator.name.resolved(language, fallbacks: context.fallbacks(language))
        let style = format.style
        let unit = indicator.unit
        return SmallMultiplePanel(title: name, unit: style.unitLabel(unit).trimmingCharacters(in: .whitespaces),
                                  description: context.describer(language).series(chart: chart, names: [name]),
                                  points: chartSeries(series, chart: chart).points,
                                  formatTick: { style.axisTick($0, unit: unit) })
    }

    private func drawMultiples(_ trends: [TrendPanel], grid: ResolvedChart, category: String, key: String,
                               standalonePath: String) -> DrawnFigure {
        let id = DrawnFigure.idMark
        page.reads.cities.formUnion(grid.cities.map(\.id))
        // What making each panel cited and noted, in the grid's order, as if made here.
        for trend in trends {
            page.absorb(sources: trend.recorded.sources, derived: trend.recorded.derived, reads: trend.recorded.reads)
            for note in trend.recorded.notes { page.note(key: note.key, what: note.what, text: note.text) }
        }
        let panels = trends.map(\.panel)
        let records: [(city: City, record: DataFiles.Record)] = grid.series.flatMap { series in
            series.observations.map { (series.city, .observation($0)) }
        }
        let years = grid.series.flatMap { $0.observations.map(\.year) }
        let period = format.years(years.min() ?? 0, years.max() ?? 0)
        let title = t("city_trends").replacingOccurrences(of: "{years}", with: period)
        let fileTitle = category + t("measure_separator") + title
        let multiples = SmallMultiples(panels: panels, text: panelText(
            title: fileTitle, description: panels.map(\.description).joined(separator: " "),
            scope: scope(records, title: fileTitle), footer: standaloneFooter(records)))
        let svgs = multiples.drawn(id: { "\(id)-\($0 + 1)" }, standaloneID: "chart")
        // Each panel is an SVG of its own under a heading that links to its indicator's page
        // (the `multiples` template).
        let html = context.templates.render(MultiplesModel(panels: zip(trends, svgs.panels).compactMap { trend, svg in
            guard let indicator = trend.chart.indicators.first else { return nil }
            return MultiplePanel(indicator: indicator.id, title: trend.panel.title,
                                 href: page.link(to: .indicator(language, indicator.id)), svg: HTML(trusted: svg))
        }), base: context.pageBase(language))
        let standalone = OutputFile(path: standalonePath, text: svgs.standalone)
        let csv = Self.rowsPath(standalonePath)
        let rows = OutputFile(path: csv, data: DataFiles(site: context.site, conventions: context.strings.conventions).csv(records))
        // The grid's table: a row per year, a column per panel (one city's: its indicator's name).
        let tableYears = Array(Set(years)).sorted()
        let model = FigureModel(
            id: id, type: "multiples", svg: HTML(trusted: html), title: title,
            sources: HTML(trusted: sourcesHTML(grid)), derivedNote: !page.derived.isEmpty,
            gapNote: trends.contains { $0.panel.crossesMissingYears },
            notes: page.notes.map { ChartNote(what: $0.what, text: $0.text) },
            columns: [""] + panels.map(\.title),
            rows: tableYears.map { year in
                ChartTableRow(label: format.year(year), cells: trends.map { HTML(trusted: $0.cells[year] ?? "–") })
            },
            csvHref: page.link(to: csv), svgHref: page.link(to: standalonePath))
        let figure = context.templates.render(model, base: context.pageBase(language))
        return DrawnFigure(key: key, html: figure, standalone: standalone, rows: rows, page: page)
    }
}

/// One indicator's panel of a city's trends, made once: counted against the page's budget,
/// then drawn in its category's grid.
package struct TrendPanel {
    /// One city's line of one indicator.
    package let chart: ResolvedChart
    package let panel: SmallMultiplePanel
    /// Its column of the grid's data table: each year's level as the table writes it.
    package let cells: [Int: String]
    /// What making it cited, noted and read, for the page that draws the grid to take in.
    package let recorded: PageState
    /// About how many bytes it adds to a page: its SVG, its heading, its table column.
    package let cost: Int
}
