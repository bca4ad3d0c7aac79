/// One panel of a small-multiples grid: one indicator's levels over the years, on its own
/// value scale (indicators of a grid have different units).
public struct SmallMultiplePanel: Sendable {
    /// The indicator's name: the panel's accessible name (`<title>`), drawn above the panel in
    /// the standalone file (a page writes it as a heading that links to the indicator).
    public var title: String
    /// The unit of the values, drawn above the plot ("µg/m³"); empty draws nothing.
    public var unit: String
    /// One sentence stating what the panel shows, written as `<desc>`.
    public var description: String
    /// The levels, each with its formatted label and the link to its source's words.
    public var points: [ChartPoint]
    /// Formats a value-axis tick in the panel's unit.
    public var formatTick: @Sendable (Double) -> String

    public init(title: String, unit: String, description: String, points: [ChartPoint],
                formatTick: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.unit = unit
        self.description = description
        self.points = points
        self.formatTick = formatTick
    }
}

/// Small multiples: a grid of small line charts, one per indicator, sharing one year range
/// (so the panels line up in time) and each with its own value scale. Every panel labels its
/// first and last values directly, with their years, so a reader gets the story of each
/// series without reading an axis; derived values are hollow points marked †, as in a line chart.
///
/// A page draws each panel as an SVG of its own, `panelWidth` units wide, laid out by the
/// page's CSS (two columns on a desktop, one on a phone); a standalone file draws the whole
/// grid, two panels a row, with its title, source and credit.
public struct SmallMultiples: Sendable {
    public var panels: [SmallMultiplePanel]
    /// The chart's title and description (the standalone file's), the derived label, how
    /// years are written, and the standalone file's scope and footer.
    public var text: ChartText

    public init(panels: [SmallMultiplePanel], text: ChartText) {
        self.panels = panels
        self.text = text
    }

    /// A panel's viewBox width: the compact chart layout's, so that shown between
    /// `ChartLayout.compact`'s narrowest and widest rendered widths (the page's CSS keeps it
    /// there) its text measures 12–16 CSS px, as every chart's does.
    public static let panelWidth = ChartLayout.compact.viewBoxWidth
    /// A panel's viewBox height.
    public static let panelHeight = 210.0

    /// The years every panel spans: the first to the last year of any panel.
    public var years: (Int, Int)? {
        let all = panels.flatMap { $0.points.filter { $0.value.isFinite }.map(\.year) }
        guard let lo = all.min(), let hi = all.max() else { return nil }
        return (lo, hi)
    }

    /// Where every panel's plot starts: after the widest value label of any panel, so that the
    /// years stand at the same places in every panel of the grid.
    public var plotLeft: Double {
        let widths = panels.map { panel in
            Self.valueAxis(panel.points.filter { $0.value.isFinite }.map(\.value), format: panel.formatTick).labelWidth
        }
        return Metrics.pad + (widths.max() ?? 0) + 8
    }

    static let plotTop = 34.0
    static let plotBottom = panelHeight - 30

    static func valueAxis(_ values: [Double], format: (Double) -> String) -> ValueAxis {
        ValueAxis.make(values: values, includeZero: false, height: plotBottom - plotTop, format: format)
    }

    /// Panel `index` as an `<svg>` for a page: named by its title and description, its first
    /// and last values linked to their sources' words. Ids are `ID-title`, `ID-desc`.
    public func panelSVG(_ index: Int, id: String) -> String {
        panelSVG(index, id: id, scene: Self.scene(panels[index], years: years, left: plotLeft, text: text))
    }

    /// Every panel as an `<svg>` for a page (ids from `id(index)`) and the whole grid as a file
    /// of its own (`standaloneID`): each panel laid out once, on the grid's years and plot start
    /// worked out once, for both (what `panelSVG` and `standaloneSVG` each do alone).
    public func drawn(id: (Int) -> String, standaloneID: String) -> (panels: [String], standalone: String) {
        let years = years, left = plotLeft
        let scenes = panels.map { Self.scene($0, years: years, left: left, text: text) }
        return (scenes.indices.map { panelSVG($0, id: id($0), scene: scenes[$0]) }, standaloneSVG(id: standaloneID, scenes: scenes))
    }

    private func panelSVG(_ index: Int, id: String, scene: Scene) -> String {
        let id = ChartRenderer.sanitize(id)
        let panel = panels[index]
        var writer = SVGWriter()
        // A panel whose values are links is a document of its own, not an image (whose content,
        // links and all, is hidden from assistive technology).
        let linked = scene.marks.contains(where: \.hasLink)
        writer.open("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                            ("viewBox", "0 0 \(SVGWriter.number(scene.width)) \(SVGWriter.number(scene.height))"),
                            ("class", "rs-chart rs-chart-multiples rs-panel"), ("font-family", ChartStyle.fontStack),
                            ("role", linked ? "graphics-document" : "img"), ("aria-labelledby", "\(id)-title \(id)-desc")])
        writer.element("title", [("id", "\(id)-title")], text: panel.title)
        writer.element("desc", [("id", "\(id)-desc")], text: panel.description)
        for mark in scene.marks { writer.write(mark) }
        writer.close("svg")
        return writer.output
    }

    /// The whole grid as a file of its own: its title and scope, the panels two a row, each
    /// under its title, and the footer (source, credit); light and dark colours embedded, no links.
    public func standaloneSVG(id: String) -> String {
        let years = years, left = plotLeft
        return standaloneSVG(id: id, scenes: panels.map { Self.scene($0, years: years, left: left, text: text) })
    }

    private func standaloneSVG(id: String, scenes: [Scene]) -> String {
        let id = ChartRenderer.sanitize(id)
        let gap = 24.0, pad = Metrics.pad
        let columns = panels.count > 1 ? 2 : 1
        let width = Double(columns) * Self.panelWidth + Double(columns - 1) * gap + 2 * pad
        let maxWidth = width - 2 * pad
        var marks: [Mark] = []
        var y = 8.0
        if !text.title.isEmpty {
            let lines = TextMeasure.wrap(text.title, maxWidth: maxWidth, fontSize: Metrics.titleFont, bold: true)
            let title = TextMark(x: pad, y: y + Metrics.titleFont * 0.82, lines: lines, fontSize: Metrics.titleFont, bold: true)
            marks.append(.text(title))
            y = title.box.maxY + 6
        }
        if !text.scope.isEmpty, !text.title.contains(text.scope) {
            let lines = TextMeasure.wrap(text.scope, maxWidth: maxWidth, fontSize: Metrics.labelFont, bold: true)
            let scope = TextMark(x: pad, y: y + Metrics.labelFont * 0.82, lines: lines, fontSize: Metrics.labelFont,
                                 classes: "rs-text rs-scope", bold: true)
            marks.append(.text(scope))
            y = scope.box.maxY + 6
        }
        var writer = SVGWriter()
        writer.writesLinks = false
        var placed: [(x: Double, y: Double, title: TextMark, scene: Scene)] = []
        var rowTop = y + 8
        for row in stride(from: 0, to: panels.count, by: columns) {
            let cells = Array(panels[row..<min(row + columns, panels.count)])
            let titles = cells.map { TextMeasure.wrap($0.title, maxWidth: Self.panelWidth - 2 * pad, fontSize: Metrics.labelFont, bold: true) }
            let titleHeight = Double(titles.map(\.count).max() ?? 1) * Metrics.labelFont * 1.2
            for offset in cells.indices {
                let x = pad + Double(offset) * (Self.panelWidth + gap) - pad
                let title = TextMark(x: x + pad, y: rowTop + Metrics.labelFont * 0.82, lines: titles[offset],
                                     fontSize: Metrics.labelFont, bold: true)
                placed.append((x, rowTop + titleHeight, title, scenes[row + offset]))
            }
            rowTop += titleHeight + Self.panelHeight + 12
        }
        var footer: [Mark] = []
        var footY = rowTop + 4
        for line in text.footer where !line.isEmpty {
            let lines = ChartRenderer.hardWrap(line, maxWidth: maxWidth, fontSize: Metrics.labelFont)
            let mark = TextMark(x: pad, y: footY + Metrics.labelFont * 0.82, lines: lines, fontSize: Metrics.labelFont,
                                classes: "rs-muted rs-footer", fill: Palette.light.muted)
            footer.append(.text(mark))
            footY = mark.box.maxY + 4
        }
        let height = footY + 8
        writer.open("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                            ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
                            ("class", "rs-chart rs-chart-multiples"), ("font-family", ChartStyle.fontStack),
                            ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc")])
        writer.element("title", [("id", "\(id)-title")],
                       text: ChartRenderer.fileTitle(text, form: .standalone))
        writer.element("desc", [("id", "\(id)-desc")], text: text.description)
        writer.open("style")
        for line in ChartStyle.standalone.split(separator: "\n") { writer.raw(SVGWriter.escapeText(String(line))) }
        writer.close("style")
        writer.write(.rect(Box(x: 0, y: 0, width: width, height: height), classes: "rs-bg", paint: Paint(fill: Palette.light.background)))
        for mark in marks { writer.write(mark) }
        for cell in placed {
            writer.write(.text(cell.title))
            // Each panel drawn as on a page, moved into its cell.
            writer.open("g", [("transform", "translate(\(SVGWriter.number(cell.x)) \(SVGWriter.number(cell.y)))")])
            for mark in cell.scene.marks { writer.write(mark) }
            writer.close("g")
        }
        for mark in footer { writer.write(mark) }
        writer.close("svg")
        return writer.output
    }

    /// One panel laid out: its unit above the plot, a value axis of few ticks, the shared
    /// years along the bottom, the line (dotted across missing years), and its first and
    /// last values labelled with their years.
    static func scene(_ panel: SmallMultiplePanel, years shared: (Int, Int)?, left plotLeft: Double, text: ChartText) -> Scene {
        let W = panelWidth, H = panelHeight
        let font = Metrics.labelFont
        let points = panel.points.plotted
        var marks: [Mark] = []
        if !panel.unit.isEmpty {
            let lines = [panel.unit]
            marks.append(.text(TextMark(x: Metrics.pad, y: 4 + font * 0.82, lines: lines, fontSize: font,
                                        classes: "rs-muted rs-subtitle", fill: Palette.light.muted)))
        }
        let axis = valueAxis(points.map(\.value), format: panel.formatTick)
        let plotRight = W - Metrics.pad
        let (first, last) = shared ?? (points.first?.year ?? 0, points.last?.year ?? 1)
        let yearLabels = [first, last].map(text.formatYear)
        let yearLabelWidth = yearLabels.map { TextMeasure.width($0, fontSize: Metrics.tickFont) }.max() ?? 0
        let inset = max(8, yearLabelWidth / 2 + 2)
        let x = LinearScale(domain: YearAxis.domain([first, last]), range: (plotLeft + inset, max(plotLeft + inset + 1, plotRight - inset)))
        var y = axis.scale
        y.range = (plotBottom, plotTop)
        marks += ValueAxis(scale: y, ticks: axis.ticks, labels: axis.labels).marks(left: plotLeft, right: plotRight, labelX: plotLeft - 6)

        // The shared years: the same ticks on every panel of the grid.
        let tickYears = YearAxis.tickYears(scale: x, dataYears: [first, last], labelWidth: yearLabelWidth)
        let ticks = tickYears.map { year -> Mark in
            .rule(from: Point(x: x(Double(year)), y: plotBottom), to: Point(x: x(Double(year)), y: plotBottom + 5),
                  classes: "rs-axis", paint: Paint(stroke: Palette.light.axis, strokeWidth: 1))
        }
        let yearTexts = tickYears.map { year in
            TextMark(x: x(Double(year)), y: plotBottom + 22, lines: [text.formatYear(year)], fontSize: Metrics.tickFont,
                     anchor: .middle, classes: "rs-muted", fill: Palette.light.muted)
        }
        marks.append(.group(classes: "rs-x-axis", children: ticks + Thinning.thin(yearTexts).map(Mark.text)))

        guard let start = points.first, let end = points.last else { return Scene(width: W, height: H, marks: marks) }
        let at = { (p: ChartPoint) in Point(x: x(Double(p.year)), y: y(p.value)) }
        let style = SeriesStyle(index: 0)
        let step = YearSteps.step(points.map(\.year))
        let runs = LineChart.segments(points, step: step)
        var children = LineChart.lineMarks(points, step: step, at: at, width: 2)
        // Points: the first and last, every derived one (hollow) and any standing alone in a gap.
        let alone = Set(points.map(\.year)).subtracting(runs.flatMap { $0.map(\.year) })
        for p in points where p.year == start.year || p.year == end.year || p.derived || alone.contains(p.year) {
            let marker: Mark = .marker(.circle, center: at(p), size: 6, classes: p.derived ? "rs-point rs-hollow" : "rs-point",
                                       paint: p.derived ? Paint(fill: "#ffffff", stroke: "currentColor", strokeWidth: 1.5) : .current)
            let title = "\(text.formatYear(p.year)): \(p.label)" + (p.derived ? " (\(text.derivedLabel))" : "")
            children.append(.group(classes: nil, title: title, children: [marker]))
        }
        marks.append(.group(classes: "rs-series \(style.classes)", color: style.color, children: children))
        // Derived points between the labelled ends carry the derived mark, as in a line chart.
        let inner = points.filter { $0.derived && $0.year != start.year && $0.year != end.year }
        if !inner.isEmpty && inner.count <= 6 {
            marks.append(.group(classes: "rs-derived-marks", children: inner.map { p in
                .text(TextMark(x: at(p).x, y: at(p).y - 6, lines: [ChartRenderer.derivedMark], fontSize: font,
                               anchor: .middle, classes: "rs-muted", fill: Palette.light.muted))
            }))
        }
        marks.append(.group(classes: "rs-end-labels", children: endLabels(points, at: at, top: plotTop, bottom: plotBottom,
                                                                          left: Metrics.pad, right: W - Metrics.pad, text: text)))
        return Scene(width: W, height: H, marks: marks)
    }

    /// The first and last values, each with its year under it, beside their points: above or
    /// below the line where it runs under the label (whichever is nearer and stays in the plot),
    /// so no label covers the line; the last moved to its other side when the two would
    /// overlap. A value that leads to its source's words is a link.
    static func endLabels(_ points: [ChartPoint], at: (ChartPoint) -> Point, top: Double, bottom: Double,
                          left: Double, right: Double, text: ChartText) -> [Mark] {
        guard let start = points.first, let end = points.last else { return [] }
        let font = Metrics.labelFont
        // The line as drawn: its solid runs (a dotted stretch spans each gap) and the points standing alone.
        let runs = LineChart.strokes(points, step: YearSteps.step(points.map(\.year)))
        let drawn = Set(runs.joined().map(\.year))
        let line = runs.map { $0.map(at) } + points.filter { !drawn.contains($0.year) }.map { [at($0)] }
        typealias Block = (value: TextMark, year: TextMark)
        func box(_ b: Block) -> Box {
            let x = min(b.value.box.x, b.year.box.x)
            return Box(x: x, y: b.value.box.y, width: max(b.value.box.maxX, b.year.box.maxX) - x, height: b.year.box.maxY - b.value.box.y)
        }
        // The line's highest and lowest point between x0 and x1 (its segments cut at the edges).
        func extent(_ x0: Double, _ x1: Double) -> (Double, Double) {
            var ys = line.joined().filter { $0.x >= x0 && $0.x <= x1 }.map(\.y)
            for run in line {
                for (a, b) in zip(run, run.dropFirst()) {
                    for edge in [x0, x1] where (a.x - edge) * (b.x - edge) < 0 {
                        ys.append(a.y + (b.y - a.y) * (edge - a.x) / (b.x - a.x))
                    }
                }
            }
            return (ys.min() ?? 0, ys.max() ?? 0)
        }
        // Both places a point's label may take: above the line under it, and below it.
        func candidates(_ p: ChartPoint, anchor preferred: TextAnchor) -> [Block] {
            let point = at(p)
            let value = p.label + (p.derived ? ChartRenderer.derivedMark : "")
            let width = max(TextMeasure.width(value, fontSize: font, bold: true), TextMeasure.width(text.formatYear(p.year), fontSize: font))
            // Kept inside the panel: a label that would run out of it turns to the other side of its point.
            var anchor = preferred
            if anchor == .start, point.x - 4 + width > right { anchor = .end }
            if anchor == .end, point.x + 4 - width < left { anchor = .start }
            let labelX = anchor == .start ? max(left, point.x - 4) : min(right, point.x + 4)
            let x0 = anchor == .start ? labelX : labelX - width
            let (high, low) = extent(x0 - 4, x0 + width + 4)
            let height = font * 2.22
            let make = { (blockTop: Double) -> Block in
                let baseline = blockTop + font * 0.82
                return (TextMark(x: labelX, y: baseline, lines: [value], fontSize: font, anchor: anchor, bold: true),
                        TextMark(x: labelX, y: baseline + font * 1.2, lines: [text.formatYear(p.year)], fontSize: font,
                                 anchor: anchor, classes: "rs-muted", fill: Palette.light.muted))
            }
            let above = make(high - 6 - height), below = make(low + 6)
            let fits = { (b: Block) in box(b).y >= top - 14 && box(b).maxY <= bottom + 6 }
            // The nearer place that fits first; where neither does, beside the point on its roomier side.
            let ordered = [above, below].filter(fits).sorted { abs(box($0).y + box($0).height / 2 - point.y) < abs(box($1).y + box($1).height / 2 - point.y) }
            if !ordered.isEmpty { return ordered + [above, below].filter { !fits($0) } }
            return point.y - top > bottom - point.y ? [make(point.y - 8 - height), make(point.y + 8)] : [make(point.y + 8), make(point.y - 8 - height)]
        }
        let first = candidates(start, anchor: .start)[0]
        let options = candidates(end, anchor: .end)
        let second = options.first { !box($0).intersects(box(first), margin: 4) } ?? options[0]
        return [(start, first), (end, second)].map { p, b in
            let value: Mark = p.link.map { .link($0, children: [.text(b.value)]) } ?? .text(b.value)
            return .group(classes: "rs-end-label", children: [value, .text(b.year)])
        }
    }
}
