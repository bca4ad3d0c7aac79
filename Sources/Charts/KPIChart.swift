/// KPI: one big figure, a caption, the change with an arrow coloured by assessment,
/// and a sparkline of the levels when there are three or more.
enum KPIChart {
    /// Whether the figure has a sparkline: three or more levels.
    static func hasSparkline(_ kpi: KPIContent) -> Bool {
        kpi.sparkline.filter { $0.value.isFinite }.count >= 3
    }

    /// The sparkline alone, across the width, with its latest value at its end: the page's
    /// form of a key figure, whose number, change and caption the page writes as text.
    static func sparklineScene(_ kpi: KPIContent, text: ChartText, frame: Frame) -> Scene {
        let spark = kpi.sparkline.plotted
        guard spark.count >= 3, let last = spark.last else { return Scene(width: frame.width, height: frame.top, marks: []) }
        let font = Metrics.valueFont
        let lastLabel = last.label + (last.derived ? ChartRenderer.derivedMark : "")
        let labelWidth = TextMeasure.width(lastLabel, fontSize: font, bold: true)
        let left = Metrics.pad, right = frame.width - Metrics.pad - labelWidth - 10
        let top = frame.top + 8, bottom = frame.top + (frame.width < 400 ? 64 : 84)
        let line = sparkline(spark, text: text, left: left, right: right, top: top, bottom: bottom)
        // The latest value beside the last point, level with it.
        let axis = ValueAxis.domain(for: spark.map(\.value), includeZero: true)
        let y = LinearScale(domain: axis, range: (bottom, top + 5))(last.value)
        let label = TextMark(x: right + 6, y: TextMark.baseline(centeredOn: min(max(y, top + 8), bottom - 8), fontSize: font),
                             lines: [lastLabel], fontSize: font, bold: true)
        return Scene(width: frame.width, height: bottom + 28, marks: [line, .text(label)])
    }

    static func scene(_ kpi: KPIContent, text: ChartText, frame: Frame) -> Scene {
        let W = frame.width
        let pad = Metrics.pad
        let spark = kpi.sparkline.plotted
        let showSpark = spark.count >= 3
        let sparkWidth = showSpark ? min(240, W * 0.38) : 0
        let leftWidth = W - 2 * pad - (showSpark ? sparkWidth + 24 : 0)
        var marks: [Mark] = []

        // The figure: as large as 46 units, smaller if it would not fit.
        let unitWidth = max(TextMeasure.width(kpi.valueLabel, fontSize: 1) * 1.05, 0.01)
        let bigFont = max(22, min(46, leftWidth / unitWidth))
        var y = frame.top + 6 + bigFont * 0.82
        let figureLines = TextMeasure.wrap(kpi.valueLabel, maxWidth: leftWidth, fontSize: bigFont)
        let figure = TextMark(x: pad, y: y, lines: figureLines, fontSize: bigFont, bold: true)
        marks.append(.text(figure))
        y = figure.box.maxY

        if let change = kpi.change {
            let font = 17.0
            y += 8 + font * 0.82
            let color = change.assessment.color
            let lines = TextMeasure.wrap("\(change.direction.arrow) \(change.label)", maxWidth: leftWidth, fontSize: font)
            let mark = TextMark(x: pad, y: y, lines: lines, fontSize: font, classes: "rs-colored", bold: true, fill: "currentColor")
            marks.append(.group(classes: "rs-change \(change.assessment.className)", color: color, children: [.text(mark)]))
            y = mark.box.maxY
        }

        if !kpi.caption.isEmpty {
            let font = Metrics.labelFont
            y += 8 + font * 0.82
            let lines = TextMeasure.wrap(kpi.caption, maxWidth: leftWidth, fontSize: font)
            let mark = TextMark(x: pad, y: y, lines: lines, fontSize: font, classes: "rs-muted", fill: Palette.light.muted)
            marks.append(.text(mark))
            y = mark.box.maxY
        }

        var bottom = y + 10
        if showSpark {
            let left = W - pad - sparkWidth
            let top = frame.top + 12
            let sparkBottom = max(top + 70, min(bottom - 26, top + 90))
            marks.append(sparkline(spark, text: text, left: left, right: W - pad - 4, top: top, bottom: sparkBottom))
            bottom = max(bottom, sparkBottom + 26)
        }
        let height = frame.height.map { max(frame.top + $0, bottom) } ?? bottom
        return Scene(width: W, height: height, marks: marks)
    }

    /// A small area + line of the levels, with the first and last year underneath.
    static func sparkline(_ points: [ChartPoint], text: ChartText, left: Double, right: Double,
                          top: Double, bottom: Double) -> Mark {
        let style = SeriesStyle(index: 0)
        let years = points.map(\.year)
        let x = LinearScale(domain: YearAxis.domain(years), range: (left + 5, right - 5))
        // An area implies a zero baseline.
        let axis = ValueAxis.domain(for: points.map(\.value), includeZero: true)
        let y = LinearScale(domain: axis, range: (bottom, top + 5))
        let step = YearSteps.step(years)
        var children: [Mark] = []
        let at = { (p: ChartPoint) in Point(x: x(Double(p.year)), y: y(p.value)) }
        // The area only under measured runs; across missing years the line alone, dotted.
        for run in LineChart.segments(points, step: step) {
            let pts = run.map(at)
            let area = pts + [Point(x: pts.last!.x, y: bottom), Point(x: pts[0].x, y: bottom)]
            children.append(.polygon(area, classes: "rs-area", paint: Paint(fill: "currentColor", fillOpacity: 0.15)))
        }
        children += LineChart.lineMarks(points, step: step, at: at, width: 2)
        for p in points {
            let center = Point(x: x(Double(p.year)), y: y(p.value))
            let last = p.year == points.last?.year
            var title = "\(text.formatYear(p.year)): \(p.label)"
            if p.derived { title += " (\(text.derivedLabel))" }
            let paint = p.derived ? Paint(fill: "#ffffff", stroke: "currentColor", strokeWidth: 1.5) : .current
            children.append(.group(classes: nil, title: title, children: [
                .marker(.circle, center: center, size: last ? 7 : 4.5, classes: p.derived ? "rs-point rs-hollow" : "rs-point",
                        paint: paint),
            ]))
        }
        let font = Metrics.tickFont
        let labelY = bottom + 18
        children.append(.text(TextMark(x: left, y: labelY, lines: [text.formatYear(points[0].year)], fontSize: font,
                                       classes: "rs-muted", fill: Palette.light.muted)))
        children.append(.text(TextMark(x: right, y: labelY, lines: [text.formatYear(points[points.count - 1].year)],
                                       fontSize: font, anchor: .end, classes: "rs-muted", fill: Palette.light.muted)))
        children.append(.rule(from: Point(x: left, y: bottom), to: Point(x: right, y: bottom), classes: "rs-axis",
                              paint: Paint(stroke: Palette.light.axis, strokeWidth: 1)))
        return .group(classes: "rs-sparkline \(style.classes)", color: style.color, children: children)
    }
}
