import Charts
import Formatting
import SiteModel
import Theme

/// A city's trends of one category as small multiples: one small line chart per indicator,
/// sharing the years, each on its own scale, in one `<figure>` with the grid's sources, its
/// data table behind a toggle and its downloads (the rows it draws as CSV, the grid as SVG).
/// Drawn once per language, as every figure is (`FigureCache`).
extension ChartFigureBuilder {
    /// The grid of `charts` (each one city's line of one indicator, in the order to show them)
    /// under `category`, its figure HTML for this page. Each panel is `chart-<indicator>` on
    /// the page: the anchor its table row links to.
    package func smallMultiples(_ charts: [ResolvedChart], category: String) -> String? {
        guard let grid = Self.grid(charts) else { return nil }
        let key = FigureCache.key(grid, language: language) + "|multiples"
        let (drawn, isNew) = context.figures.figure(key) {
            let scratch = PageState(route: page.route, language: page.language, root: DrawnFigure.rootMark)
            let path = FigureCache.path(grid, key: key, language: language, kind: "trends")
            return ChartFigureBuilder(context: context, page: scratch).drawMultiples(charts, grid: grid, category: category,
                                                                                  key: key, standalonePath: path)
        }
        for file in drawn.files {
            if isNew { page.add(file) }
            page.linkChart(file.path)
        }
        page.absorb(sources: drawn.sources, derived: drawn.derived, reads: drawn.reads)
        return drawn.html(id: page.nextChartID(), root: page.root)
    }

    /// About how many bytes `chart`'s panel adds to a page's grid: its SVG and heading, and its
    /// column of the data table. A city page counts it against its budget before drawing the
    /// grid; nothing is recorded on the page.
    package func panelCost(_ chart: ResolvedChart) -> Int {
        let scratch = PageState(route: page.route, language: page.language, root: DrawnFigure.rootMark)
        let builder = ChartFigureBuilder(context: context, page: scratch)
        guard let panel = builder.panel(chart) else { return 0 }
        let svg = SmallMultiples(panels: [panel], text: builder.panelText(title: "")).panelSVG(0, id: DrawnFigure.idMark)
        let cells = builder.seriesTable(chart).rows.reduce(0) { $0 + $1.cells.reduce(9) { $0 + $1.utf8.count + 9 } }
        return svg.utf8.count + cells + 3 * panel.title.utf8.count + 200
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

    private func drawMultiples(_ charts: [ResolvedChart], grid: ResolvedChart, category: String, key: String,
                               standalonePath: String) -> DrawnFigure {
        let id = DrawnFigure.idMark
        page.reads.cities.formUnion(grid.cities.map(\.id))
        let panels = charts.compactMap(panel)
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
        // Each panel is an SVG of its own under a heading that links to its indicator's page
        // (the `multiples` template).
        let html = context.templates.render(MultiplesModel(panels: zip(charts, panels.indices).compactMap { chart, index in
            guard let indicator = chart.indicators.first else { return nil }
            return MultiplePanel(indicator: indicator.id, title: panels[index].title,
                                 href: page.link(to: .indicator(language, indicator.id)),
                                 svg: HTML(trusted: multiples.panelSVG(index, id: "\(id)-\(index + 1)")))
        }), base: context.pageBase(language))
        let standalone = OutputFile(path: standalonePath, text: multiples.standaloneSVG(id: "chart"))
        let csv = Self.rowsPath(standalonePath)
        let rows = OutputFile(path: csv, data: DataFiles(site: context.site, conventions: context.strings.conventions).csv(records))
        let table = seriesTable(grid)
        let model = FigureModel(
            id: id, type: "multiples", svg: HTML(trusted: html), title: title,
            sources: HTML(trusted: sourcesHTML(grid)), derivedNote: !page.derived.isEmpty,
            notes: page.notes.map { ChartNote(what: $0.what, text: $0.text) },
            columns: [""] + table.columns.dropFirst(),
            rows: table.rows.map { ChartTableRow(label: $0.label, cells: $0.cells.map(HTML.init(trusted:))) },
            csvHref: page.link(to: csv), svgHref: page.link(to: standalonePath))
        let figure = context.templates.render(model, base: context.pageBase(language))
        return DrawnFigure(key: key, html: figure, standalone: standalone, rows: rows, page: page)
    }
}
