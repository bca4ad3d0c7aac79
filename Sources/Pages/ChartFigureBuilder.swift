import Charts
import Formatting
import Foundation
import Markdown
import SiteModel
import Theme

/// Turns a resolved chart into its `<figure>`: the inline SVG, a caption naming its
/// sources, a table of exactly the plotted numbers, and links to the chart's own CSV (the
/// rows it draws) and to the standalone SVG. Each chart is drawn once per language
/// (`FigureCache`); the page that first shows it adds both files to its files.
package struct ChartFigureBuilder {
    package let context: RenderContext
    package let page: PageState

    package var language: String { page.language.code }
    package var format: FigureFormatter { context.formatter(language) }
    package func t(_ key: String) -> String { context.strings.text(key, language) }

    package func figure(_ chart: ResolvedChart) -> String {
        let drawn = drawnFigure(chart)
        page.absorb(sources: drawn.sources, derived: drawn.derived, reads: drawn.reads)
        return drawn.html(id: page.nextChartID(), root: page.root)
    }

    /// The chart's figure when it fits in `budget` bytes of HTML (which it then uses up),
    /// else nil: a page that must stay bounded shows the rest through `href`, the link to
    /// the chart's standalone file, which is part of the site either way.
    package func figure(_ chart: ResolvedChart, within budget: inout Int) -> (html: String?, href: String) {
        // Its SVGs first: the figure's HTML holds its inline SVGs as they are, so when they alone
        // exceed the budget it cannot fit, and its table and template are never made (most charts
        // of a big city's page are only linked). When they fit, the same drawing goes on to the
        // whole figure; only one kept from a page with less room left is drawn again.
        var drawn = drawnFigure(chart, partialAbove: budget)
        if !drawn.isComplete, drawn.byteCount <= budget { drawn = drawnFigure(chart) }
        let href = page.link(to: drawn.standalone.path)
        guard drawn.isComplete, drawn.byteCount <= budget else {
            // Only linked: its sources and notes are not on the page, what it read still is.
            page.absorb(sources: [], derived: [], reads: drawn.reads)
            return (nil, href)
        }
        budget -= drawn.byteCount
        page.absorb(sources: drawn.sources, derived: drawn.derived, reads: drawn.reads)
        return (drawn.html(id: page.nextChartID(), root: page.root), href)
    }

    /// The chart drawn once per language (for no page in particular: its ids and root links
    /// are holes), its standalone file added by the first page that shows or links it. With
    /// `partialAbove`, drawing stops after the SVGs when its inline ones exceed that many bytes.
    private func drawnFigure(_ chart: ResolvedChart, partialAbove limit: Int? = nil) -> DrawnFigure {
        let key = FigureCache.key(chart, language: language)
        let (drawn, isNew) = context.figures.figure(key, file: chart.spec.title == nil ? nil : chart.spec.location.file,
                                                    partialWillDo: limit != nil) {
            let scratch = PageState(route: page.route, language: page.language, root: DrawnFigure.rootMark)
            let path = FigureCache.path(chart, key: key, language: language)
            return ChartFigureBuilder(context: context, page: scratch).draw(chart, key: key, standalonePath: path,
                                                                           partialAbove: limit)
        }
        for file in drawn.files {
            if isNew { page.add(file) }
            page.linkChart(file.path)
        }
        return drawn
    }

    private func draw(_ chart: ResolvedChart, key: String, standalonePath: String, partialAbove limit: Int?) -> DrawnFigure {
        let id = DrawnFigure.idMark
        page.reads.cities.formUnion(chart.cities.map(\.id))
        let title = chart.spec.title ?? defaultTitle(chart)
        var content: ChartContent
        var table: (columns: [String], rows: [(label: String, cells: [String])])
        var description: String
        // What the chart draws, as the rows of its download, in its order.
        var records: [(city: City, record: DataFiles.Record)] = []
        switch chart.spec.type {
        case .line, .column:
            let series = chart.series.map { chartSeries($0, chart: chart) }
            content = chart.spec.type == .line ? .line(series) : .column(series)
            records = chart.series.flatMap { series in series.observations.map { (series.city, .observation($0)) } }
            table = seriesTable(chart)
            description = context.describer(language).series(chart: chart, names: series.map(\.name))
        case .bar:
            let bars = barItems(chart)
            content = .bar(bars.map(\.item))
            records = bars.map { ($0.city, .observation($0.observation)) }
            table = ([t("table_indicator"), t("table_value"), t("table_year")],
                     bars.map { ($0.item.label, [$0.valueHTML, format.when($0.observation)]) })
            description = context.describer(language).bars(bars.map { ($0.item.label, $0.observation, $0.indicator) }, title: title,
                                                           perYear: chart.cities.count == 1 && chart.indicators.count == 1)
        case .change:
            let items = changeItems(chart)
            content = .change(items.map(\.item))
            records = items.map { ($0.city, .change($0.change)) }
            table = ([t("table_indicator"), t("table_period"), t("table_change")],
                     items.map { ($0.item.label, [format.years($0.change.from, $0.change.to), HTMLEscaping.escape($0.item.valueLabel)]) })
            description = context.describer(language).changes(items.map { ($0.indicator, $0.change) }, names: items.map(\.item.label))
        case .kpi:
            let kpi = kpiContent(chart)
            content = .kpi(kpi.content)
            records = kpi.records
            table = ([t("table_year"), t("table_value")], kpi.rows)
            description = kpi.description
        }
        // The one value's evidence, written on the figure itself.
        var evidence: String?
        if chart.spec.type == .kpi, let latest = chart.series.first?.observations.last, let city = chart.series.first?.city {
            evidence = context.evidenceHref(latest, city: city, on: page)
        } else if chart.drawnValueCount == 1, let single = singleFigure(chart) {
            // A chart compares: one value is a figure (number, unit, period, source), never a one-bar chart.
            content = .kpi(single.content)
            description = single.description
            evidence = single.evidence
        }
        let text = ChartText(title: title, description: description, derivedLabel: t("derived_label"),
                             formatTick: tickFormatter(chart), formatYear: { [format] in format.year($0) },
                             assessmentLabels: [.good: t("assessment_good"), .bad: t("assessment_bad"), .neutral: t("assessment_neutral")],
                             subtitle: subtitle(chart), scope: scope(records, title: title),
                             footer: standaloneFooter(records))
        let drawn = Chart(content: content, text: text, width: ChartLayout.wide.viewBoxWidth,
                          sharedDomain: changeDomain(chart))
        // The page gets a compact and a wide layout (text 12–16 px at every width); the file, the wide one.
        let inline = ChartRenderer.responsiveSVG(drawn, id: "\(id)")
        let standalone = OutputFile(path: standalonePath, text: ChartRenderer.svg(drawn, id: "chart", form: .standalone))
        let csv = Self.rowsPath(standalonePath)
        let rows = OutputFile(path: csv, data: DataFiles(site: context.site, conventions: context.strings.conventions).csv(records))
        if let limit, inline.utf8.count > limit {
            return DrawnFigure(key: key, inlineBytes: inline.utf8.count, standalone: standalone, rows: rows, page: page)
        }

        // Only what this figure shows: its derived values and notes were recorded while drawing.
        let derived = !page.derived.isEmpty
        var model = FigureModel(
            id: id, type: content.kind.rawValue, svg: HTML(trusted: inline), title: title,
            sources: HTML(trusted: sourcesHTML(chart)), derivedNote: derived, gapNote: content.crossesMissingYears,
            notes: page.notes.map { ChartNote(what: $0.what, text: $0.text) },
            columns: [""] + table.columns.dropFirst(),
            rows: table.rows.map { ChartTableRow(label: $0.label, cells: $0.cells.map(HTML.init(trusted:))) },
            csvHref: page.link(to: csv), svgHref: page.link(to: standalonePath))
        // Every chart links to the page of each indicator it draws.
        let separator = context.listSeparator(language)
        model.indicatorLabel = t(chart.indicators.count > 1 ? "chart_indicators" : "chart_indicator")
        // In the order the chart draws them (its rows' order), then any it names but draws none of.
        var linked: [Indicator] = []
        for (_, record) in records {
            let id = switch record {
            case .observation(let observation): observation.indicator
            case .change(let change): change.indicator
            }
            if !linked.contains(where: { $0.id == id }), let indicator = context.site.indicator(id) { linked.append(indicator) }
        }
        linked += chart.indicators.filter { indicator in !linked.contains { $0.id == indicator.id } }
        model.indicatorLinks = linked.enumerated().map { index, indicator in
            ChartIndicatorLink(name: indicator.name.resolved(language, fallbacks: context.fallbacks(language)),
                               href: page.link(to: .indicator(language, indicator.id)), separator: index == 0 ? "" : separator)
        }
        if case .kpi(let kpi) = content {
            // A key figure is written as text (it would be far larger than chart text may be);
            // the SVG beside it is its sparkline.
            model.kpi = KeyFigure(value: kpi.valueLabel, caption: kpi.caption, evidenceHref: evidence, change: kpi.change.map { change in
                KeyFigureChange(arrow: change.direction == .up ? "▲" : change.direction == .down ? "▼" : "▶",
                                label: change.label, assessment: change.assessment.rawValue)
            })
        }
        let html = context.templates.render(model, base: context.pageBase(language))
        return DrawnFigure(key: key, html: html, standalone: standalone, rows: rows, page: page)
    }

    /// A chart of one value as a key figure without a change: the value, and the city with its
    /// period (a change's period), its description and the link to its evidence.
    private func singleFigure(_ chart: ResolvedChart) -> (content: KPIContent, description: String, evidence: String?)? {
        let resolve = { (text: LocalizedText) in text.resolved(language, fallbacks: context.fallbacks(language)) }
        if let entry = chart.changes.first, let indicator = context.site.indicator(entry.change.indicator) {
            let label = format.change(entry.change.quantity, kind: entry.change.kind, bound: entry.change.bound, indicator,
                                      from: entry.change.from)
            let caption = resolve(entry.city.name) + " · " + format.years(entry.change.from, entry.change.to)
            let description = context.describer(language).changes([(indicator, entry.change)], names: [resolve(indicator.name)])
            return (KPIContent(valueLabel: label, caption: caption), description, context.evidenceHref(entry.change, city: entry.city, on: page))
        }
        guard let series = chart.series.first, let observation = series.observations.last else { return nil }
        let label = format.value(observation, series.indicator) + (observation.isDerived ? t("derived_marker") : "")
        let caption = resolve(series.city.name) + " · " + format.when(observation)
        let description = context.describer(language).kpi(indicator: series.indicator, city: series.city, observation: observation, change: nil)
        return (KPIContent(valueLabel: label, caption: caption), description,
                context.evidenceHref(observation, city: series.city, on: page))
    }

    /// The chart's rows beside its standalone SVG: the same name, `.csv`.
    package static func rowsPath(_ standalonePath: String) -> String {
        (standalonePath.hasSuffix(".svg") ? String(standalonePath.dropLast(4)) : standalonePath) + ".csv"
    }

    /// What the chart is about, for its standalone file: the cities and the indicators it
    /// draws that its title does not name already ("东莞 · 细颗粒物（PM2.5）年均浓度");
    /// indicators only up to three (more are each named on their own row of the chart).
    package func scope(_ records: [(city: City, record: DataFiles.Record)], title: String) -> String {
        var cities: [String] = []
        var indicators: [String] = []
        for (city, record) in records {
            let name = city.name.resolved(language, fallbacks: context.fallbacks(language))
            if !cities.contains(name) { cities.append(name) }
            let id = switch record {
            case .observation(let observation): observation.indicator
            case .change(let change): change.indicator
            }
            if let indicator = context.site.indicator(id) {
                let name = indicator.name.resolved(language, fallbacks: context.fallbacks(language))
                if !indicators.contains(name) { indicators.append(name) }
            }
        }
        let separator = context.listSeparator(language)
        let untold = { (names: [String]) in names.allSatisfy(title.contains) ? "" : names.joined(separator: separator) }
        return [untold(cities), indicators.count <= 3 ? untold(indicators) : ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// The foot of the standalone file: its source line (each source's title, publisher,
    /// credit and address) and the credit of the site that drew it, so the file says where
    /// its numbers come from wherever it goes. The site gives no licence to name.
    package func standaloneFooter(_ records: [(city: City, record: DataFiles.Record)]) -> [String] {
        var items: [String] = []
        var urls: [String] = []
        for (city, record) in records {
            let id = switch record {
            case .observation(let observation): observation.source
            case .change(let change): change.source
            }
            guard let source = city.source(id) else { continue }
            let resolve = { (text: LocalizedText) in text.resolved(language, fallbacks: context.fallbacks(language)) }
            var item = t("cite_open") + resolve(source.title) + t("cite_close")
            if let publisher = source.publisher { item += t("list_comma") + resolve(publisher) }
            if let credit = source.credit { item += t("list_comma") + t("source_credit") + resolve(credit) }
            guard !items.contains(item) else { continue }
            items.append(item)
            if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") { urls.append(url) }
        }
        var lines: [String] = []
        if !items.isEmpty {
            lines.append((items.count > 1 ? t("sources_label") : t("source")) + items.joined(separator: t("source_separator")) + t("sentence_end"))
        }
        lines += urls
        let site = context.site.config.title.resolved(language, fallbacks: context.fallbacks(language))
        let credit = t("chart_credit").replacingOccurrences(of: "{site}", with: site)
        lines.append(context.site.config.baseURL.map { credit + " · " + $0 } ?? credit)
        // The site's licence, so the file says on what terms it may be reused wherever it goes.
        if let licence = context.site.config.licence {
            let name = licence.name.resolved(language, fallbacks: context.fallbacks(language))
            lines.append(t("licence_label") + name + (licence.url.map { " · " + $0 } ?? ""))
        }
        return lines
    }

    /// A drawn value's link to the words of its source, named for a screen reader.
    private func chartLink(_ href: String?, value: String, label: String) -> ChartLink? {
        href.map {
            ChartLink(href: $0, label: t("chart_value_evidence").replacingOccurrences(of: "{value}", with: value)
                .replacingOccurrences(of: "{label}", with: label))
        }
    }

    /// The unit and the period of what the chart draws, in visible text: "吨/日 · 2015–2020年",
    /// "Change, 2020–2021". The unit is left out when the indicators' units differ (each value
    /// label carries its own).
    private func subtitle(_ chart: ResolvedChart) -> String {
        let separator = " · "
        if chart.spec.type == .change {
            let periods = Set(chart.changes.map { "\($0.change.from)-\($0.change.to)" })
            guard periods.count == 1, let first = chart.changes.first else { return t("change_label") }
            return t("change_label") + separator + format.years(first.change.from, first.change.to)
        }
        let units = Set(chart.indicators.map { format.style.unitLabel($0.unit) })
        var years = chart.series.flatMap { $0.observations.map(\.year) }
        if chart.spec.type == .bar && chart.series.count > 1 {
            // Bars of several series draw each one's latest value: say so when their years
            // differ, so values of different years are not read as one ranking of a year.
            years = chart.series.compactMap { $0.observations.last?.year }
            if Set(years).count > 1 {
                let unit = units.count == 1 ? units.first!.trimmingCharacters(in: .whitespaces) : ""
                return (unit.isEmpty ? [] : [unit]).appending(t("latest_years_differ")).joined(separator: separator)
            }
        }
        var parts: [String] = []
        if units.count == 1, let unit = units.first, !unit.isEmpty { parts.append(unit) }
        if let lo = years.min(), let hi = years.max() { parts.append(format.years(lo, hi)) }
        return parts.joined(separator: separator)
    }

    // MARK: - Content per type

    private func seriesName(_ series: ResolvedSeries, chart: ResolvedChart) -> String {
        let city = series.city.name.resolved(language, fallbacks: context.fallbacks(language))
        let indicator = series.indicator.name.resolved(language, fallbacks: context.fallbacks(language))
        if chart.cities.count > 1, chart.indicators.count > 1 { return "\(city) · \(indicator)" }
        return chart.cities.count > 1 ? city : indicator
    }

    package func chartSeries(_ series: ResolvedSeries, chart: ResolvedChart) -> ChartSeries {
        for observation in series.observations { note(observation, series.city, series.indicator) }
        let name = seriesName(series, chart: chart)
        return ChartSeries(name: name, points: series.observations.map {
            let label = format.value($0, series.indicator)
            return ChartPoint(year: $0.year, value: $0.value, label: label, derived: $0.isDerived,
                              link: chartLink(context.evidenceHref($0, city: series.city, on: page), value: label,
                                              label: name + t("list_comma") + format.when($0)))
        })
    }

    package func seriesTable(_ chart: ResolvedChart) -> (columns: [String], rows: [(label: String, cells: [String])]) {
        let years = Array(Set(chart.series.flatMap { $0.observations.map(\.year) })).sorted()
        let columns = [t("table_year")] + chart.series.map { seriesName($0, chart: chart) }
        let rows = years.map { year in
            (format.year(year), chart.series.map { series -> String in
                guard let observation = series.observations.first(where: { $0.year == year }) else { return "–" }
                return valueHTML(observation, series.indicator, city: series.city)
            })
        }
        return (columns, rows)
    }

    private func barItems(_ chart: ResolvedChart) -> [(item: BarItem, observation: Observation, indicator: Indicator, city: City, valueHTML: String)] {
        var picked: [(label: String, observation: Observation, indicator: Indicator, city: City)] = []
        if chart.cities.count == 1, chart.indicators.count == 1, let series = chart.series.first {
            // One city, one indicator: a bar per year.
            picked = series.observations.map { (format.year($0.year), $0, series.indicator, series.city) }
        } else {
            for series in chart.series {
                guard let last = series.observations.last else { continue }
                picked.append((seriesName(series, chart: chart), last, series.indicator, series.city))
            }
        }
        let yearsDiffer = Set(picked.map(\.observation.year)).count > 1
        let perYear = chart.cities.count == 1 && chart.indicators.count == 1
        if !perYear {
            // Bars comparing cities or indicators are sorted by size, the largest first (bars of
            // one series by year stay in time order).
            picked = picked.enumerated().sorted { (-$0.element.observation.value, $0.offset) < (-$1.element.observation.value, $1.offset) }
                .map(\.element)
        }
        return picked.map { entry in
            note(entry.observation, entry.city, entry.indicator)
            let valueLabel = format.value(entry.observation, entry.indicator)
            let item = BarItem(label: entry.label, value: entry.observation.value, valueLabel: valueLabel,
                               note: yearsDiffer && !perYear ? format.year(entry.observation.year) : nil,
                               derived: entry.observation.isDerived,
                               link: chartLink(context.evidenceHref(entry.observation, city: entry.city, on: page),
                                               value: valueLabel, label: entry.label))
            return (item, entry.observation, entry.indicator, entry.city, valueHTML(entry.observation, entry.indicator, city: entry.city))
        }
    }

    /// The scale a change chart shares with every change chart of its kind drawn for the same
    /// cities: the extent of all their reported changes in percent, or all in percentage
    /// points. A city's page and its reports draw that city's changes, so their change charts
    /// share one scale (an equal change is an equal length); the cache key names the cities, so
    /// a figure drawn once is right on every page that shows it. Absolute changes, in their
    /// indicators' units, and charts mixing kinds keep their own scale.
    private func changeDomain(_ chart: ResolvedChart) -> ClosedRange<Double>? {
        guard chart.spec.type == .change, let kind = chart.changes.first?.change.kind,
              kind == .relative || kind == .points, chart.changes.allSatisfy({ $0.change.kind == kind }) else { return nil }
        var lo = 0.0, hi = 0.0
        for city in chart.cities {
            for change in city.changes where change.kind == kind && change.value.isFinite {
                lo = min(lo, change.value)
                hi = max(hi, change.value)
            }
        }
        return lo < hi ? lo...hi : nil
    }

    /// Whether a change chart is one indicator of one city over several periods: rows are then
    /// labelled by period ("2015–16") and the indicator is named once, in the title.
    private func isSeriesOfPeriods(_ chart: ResolvedChart) -> Bool {
        Set(chart.changes.map(\.change.indicator)).count == 1 && Set(chart.changes.map(\.city.id)).count == 1
            && Set(chart.changes.map { "\($0.change.from)-\($0.change.to)" }).count > 1
    }

    /// A period in short: "2015–16" (same century), else "1998–2003".
    private func shortPeriod(_ from: Int, _ to: Int) -> String {
        let end = from / 100 == to / 100 && to - from < 100 ? String(format: "%02d", to % 100) : String(to)
        // The language's own range form ("2015—2020年", "2015–2020") with the end shortened.
        return format.years(from, to).replacingOccurrences(of: String(to), with: end)
    }

    /// The changes drawn, sorted by size (the largest fall first), except one indicator's
    /// periods, which stay in time order.
    private func changeItems(_ chart: ResolvedChart) -> [(item: ChangeItem, change: Change, indicator: Indicator, city: City)] {
        let byPeriod = isSeriesOfPeriods(chart)
        let items = unsortedChangeItems(chart, byPeriod: byPeriod)
        guard !byPeriod else { return items }
        return items.enumerated().sorted { ($0.element.item.value, $0.offset) < ($1.element.item.value, $1.offset) }.map(\.element)
    }

    private func unsortedChangeItems(_ chart: ResolvedChart, byPeriod: Bool) -> [(item: ChangeItem, change: Change, indicator: Indicator, city: City)] {
        chart.changes.compactMap { entry in
            guard let indicator = context.site.indicator(entry.change.indicator) else { return nil }
            context.cite(entry.change.source, of: entry.city, on: page)
            context.noteOf(entry.change, indicator: indicator, city: entry.city, on: page)
            var label = indicator.name.resolved(language, fallbacks: context.fallbacks(language))
            if chart.cities.count > 1 { label = entry.city.name.resolved(language, fallbacks: context.fallbacks(language)) + " · " + label }
            if byPeriod {
                label = shortPeriod(entry.change.from, entry.change.to)
            } else if Set(chart.changes.map { "\($0.change.from)-\($0.change.to)" }).count > 1 {
                let years = format.years(entry.change.from, entry.change.to)
                label += context.strings.text("paren_open", language) + years + context.strings.text("paren_close", language)
            }
            let valueLabel = format.change(entry.change.quantity, kind: entry.change.kind, bound: entry.change.bound, indicator,
                                           from: entry.change.from)
            return (ChangeItem(label: label, value: entry.change.value, valueLabel: valueLabel,
                               assessment: Self.assessment(entry.change.kind.movement(entry.change.value), indicator.better),
                               link: chartLink(context.evidenceHref(entry.change, city: entry.city, on: page), value: valueLabel, label: label)),
                    entry.change, indicator, entry.city)
        }
    }

    private func kpiContent(_ chart: ResolvedChart) -> (content: KPIContent, rows: [(label: String, cells: [String])], description: String,
                                                       records: [(city: City, record: DataFiles.Record)]) {
        let series = chart.series[0]
        let latest = series.observations.last!
        // Every value the table and sparkline show, not only the key figure.
        for observation in series.observations { note(observation, series.city, series.indicator) }
        let change = KPIFigure.change(to: latest, in: series.city, indicator: series.indicator)
        let kpiChange = change.map { change -> KPIChange in
            // A change computed from a derived level is derived too: marked, its levels explained.
            for level in [change.levels?.from, change.levels?.to].compactMap({ $0 }) { note(level, series.city, series.indicator) }
            // A change the site computed is marked and explained with the figure's derived values (issue 20).
            context.noteComputation(of: change, indicator: series.indicator, city: series.city, on: page)
            if let reported = change.reported { context.noteOf(reported, indicator: series.indicator, city: series.city, on: page) }
            let label = format.change(change, series.indicator)
                + (change.isDerived ? t("derived_marker") : "") + " " + format.years(change.from, change.to)
            let movement = change.kind.movement(change.quantity.value)
            let direction: KPIChange.Direction = movement > 0 ? .up : movement < 0 ? .down : .flat
            return KPIChange(label: label, direction: direction, assessment: Self.assessment(movement, series.indicator.better))
        }
        let caption = "\(series.city.name.resolved(language, fallbacks: context.fallbacks(language))) · \(format.when(latest))"
        let spark = series.observations.count >= 3 ? series.observations.map {
            ChartPoint(year: $0.year, value: $0.value, label: format.value($0, series.indicator), derived: $0.isDerived)
        } : []
        var rows = series.observations.map { (format.when($0), [valueHTML($0, series.indicator, city: series.city)]) }
        if let change, let kpiChange {
            rows.append((format.years(change.from, change.to), [HTMLEscaping.escape(kpiChange.label)]))
        }
        let description = context.describer(language).kpi(indicator: series.indicator, city: series.city, observation: latest, change: change)
        // Its download: the levels, and the change where the source reports it (one computed
        // from two levels is no record of the data; its levels are there).
        var records: [(city: City, record: DataFiles.Record)] = series.observations.map { (series.city, .observation($0)) }
        if let reported = change?.reported { records.append((series.city, .change(reported))) }
        return (KPIContent(valueLabel: format.value(latest, series.indicator), caption: caption, change: kpiChange, sparkline: spark),
                rows, description, records)
    }

    // MARK: - Helpers

    package static func assessment(_ value: Double, _ better: Better) -> Assessment {
        switch better {
        case .none: .neutral
        case .higher: value > 0 ? .good : value < 0 ? .bad : .neutral
        case .lower: value < 0 ? .good : value > 0 ? .bad : .neutral
        }
    }

    /// A value in a chart's table, linked to the words of its source.
    private func valueHTML(_ observation: Observation, _ indicator: Indicator, city: City) -> String {
        format.html(observation.quantity, text: format.value(observation, indicator), derived: observation.isDerived,
                    evidence: context.evidenceHref(observation, city: city, on: page))
    }

    /// Records a value the figure shows: its source, its derivation and its note.
    private func note(_ observation: Observation, _ city: City, _ indicator: Indicator) {
        context.record(observation, of: indicator, in: city, on: page)
        context.noteOf(observation, indicator: indicator, city: city, on: page)
    }

    private func defaultTitle(_ chart: ResolvedChart) -> String {
        if chart.spec.type == .change, isSeriesOfPeriods(chart), let indicator = context.site.indicator(chart.changes[0].change.indicator) {
            // The measure named once: "PM2.5年均浓度：逐期变化".
            return indicator.name.resolved(language, fallbacks: context.fallbacks(language)) + t("measure_separator") + t("change_by_period")
        }
        let names = chart.indicators.map { $0.name.resolved(language, fallbacks: context.fallbacks(language)) }
        return names.isEmpty ? t("reported_change") : names.joined(separator: context.listSeparator(language))
    }

    /// The sources behind the values drawn (and only those), by title, each a link where the
    /// source has a URL (the `sourcelink` partial), joined the language's way: "来源：甲；乙。" / "Source: A; B."
    package func sourcesHTML(_ chart: ResolvedChart) -> String {
        var keys: [(City, String?)] = []
        for series in chart.series {
            // A bar chart of several series draws only their latest values.
            let drawn = chart.spec.type == .bar && chart.series.count > 1 ? Array(series.observations.suffix(1)) : series.observations
            for o in drawn { keys.append((series.city, o.source)) }
        }
        for entry in chart.changes { keys.append((entry.city, entry.change.source)) }
        var titles: [String] = []
        var items: [String] = []
        for (city, id) in keys {
            guard let source = city.source(id) else { continue }
            let title = source.title.resolved(language, fallbacks: context.fallbacks(language))
            guard !titles.contains(title) else { continue }
            titles.append(title)
            let url = source.url.flatMap { $0.hasPrefix("https://") || $0.hasPrefix("http://") ? $0 : nil }
            items.append(format.html(SourceLink(title: title, href: url)))
        }
        guard !items.isEmpty else { return "" }
        let label = titles.count > 1 ? t("sources_label") : t("source")
        return HTMLEscaping.escape(label) + items.joined(separator: HTMLEscaping.escape(t("source_separator"))) + HTMLEscaping.escape(t("sentence_end"))
    }

    private func tickFormatter(_ chart: ResolvedChart) -> @Sendable (Double) -> String {
        let unit = chart.indicators.first?.unit ?? .count
        let style = format.style
        return { style.axisTick($0, unit: unit) }
    }
}

/// The change shown with a key figure: a reported change ending in its year, else the change
/// from the previous level.
package enum KPIFigure {
    package static func change(to observation: Observation, in city: City, indicator: Indicator) -> ChangeFigure? {
        // A total or average over several years has no change to it.
        guard observation.isSingleYear else { return nil }
        if let reported = city.changes(of: indicator.id).filter({ $0.to == observation.year }).min(by: { $0.from > $1.from }) {
            return city.change(indicator, from: reported.from, to: reported.to)
        }
        guard let previous = city.yearLevels(of: indicator.id).last(where: { $0.year < observation.year }) else { return nil }
        return city.change(indicator, from: previous.year, to: observation.year)
    }
}
