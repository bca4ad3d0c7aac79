/// Line chart: years along x, one line per series, a point per value (hollow when
/// derived), thin and dotted across missing years. Legend and end labels when there are several series.
enum LineChart {
    static func scene(_ allSeries: [ChartSeries], text: ChartText, frame: Frame) -> Scene {
        let series = allSeries.map { s in
            ChartSeries(name: s.name, points: s.points.plotted)
        }
        let W = frame.width
        let points = series.flatMap(\.points)
        var marks: [Mark] = []

        let legend = Legend.forSeries(series, swatch: { .line($0) }, derived: .derivedPoint, text: text, frame: frame)
        marks += legend.marks

        let plotTop = frame.top + (legend.height > 0 ? legend.height + 20 : 14)
        let height = frame.height.map { frame.top + $0 } ?? plotTop + 300
        let xLabelBand = 30.0
        let plotBottom = max(plotTop + 60, height - xLabelBand)

        // Value axis.
        let axis = ValueAxis.make(values: points.map(\.value), includeZero: false,
                                  height: plotBottom - plotTop, format: text.formatTick)
        let plotLeft = Metrics.pad + axis.labelWidth + 10

        // End labels, if they fit in a quarter of the width.
        let endLabelWidth = series.map { TextMeasure.width($0.name, fontSize: Metrics.labelFont) }.max() ?? 0
        let showEndLabels = series.count > 1 && endLabelWidth + 22 <= W * 0.25
        let plotRight = W - Metrics.pad - (showEndLabels ? endLabelWidth + 22 : 0)

        // Year axis: inset so the first and last labels are not clipped.
        let years = points.map(\.year)
        let yearLabels = Set(years).map { text.formatYear($0) }
        let yearLabelWidth = yearLabels.map { TextMeasure.width($0, fontSize: Metrics.tickFont) }.max() ?? 0
        let inset = max(14, yearLabelWidth / 2 + 2)
        let xLeft = plotLeft + inset
        let xRight = max(xLeft + 1, plotRight - inset)
        let x = LinearScale(domain: YearAxis.domain(years), range: (xLeft, xRight))
        var y = axis.scale
        y.range = (plotBottom, plotTop)
        let valueAxis = ValueAxis(scale: y, ticks: axis.ticks, labels: axis.labels)
        marks += valueAxis.marks(left: plotLeft, right: plotRight, labelX: plotLeft - 8)

        let tickYears = YearAxis.tickYears(scale: x, dataYears: years, labelWidth: yearLabelWidth)
        let yearTexts = tickYears.map { year in
            TextMark(x: x(Double(year)), y: plotBottom + 22, lines: [text.formatYear(year)], fontSize: Metrics.tickFont,
                     anchor: .middle, classes: "rs-muted", fill: Palette.light.muted)
        }
        let ticks = tickYears.map { year -> Mark in
            let px = x(Double(year))
            return .rule(from: Point(x: px, y: plotBottom), to: Point(x: px, y: plotBottom + 5), classes: "rs-axis",
                         paint: Paint(stroke: Palette.light.axis, strokeWidth: 1))
        }
        marks.append(.group(classes: "rs-x-axis", children: ticks + Thinning.thin(yearTexts).map(Mark.text)))

        // Lines and points.
        let step = YearSteps.step(years)
        for (index, s) in series.enumerated() {
            let style = SeriesStyle(index: index)
            var children = lineMarks(s.points, step: step, at: { Point(x: x(Double($0.year)), y: y($0.value)) },
                                     width: Metrics.lineWidth, dash: style.dash)
            for p in s.points {
                let center = Point(x: x(Double(p.year)), y: y(p.value))
                var title = "\(text.formatYear(p.year)): \(p.label)"
                if series.count > 1 { title = "\(s.name), " + title }
                if p.derived { title += " (\(text.derivedLabel))" }
                let paint = p.derived ? Paint(fill: "#ffffff", stroke: "currentColor", strokeWidth: 2) : .current
                children.append(.group(classes: nil, title: title, children: [
                    .marker(p.derived ? .circle : style.shape, center: center, size: Metrics.markerSize + (p.derived ? 1 : 0),
                            classes: p.derived ? "rs-point rs-hollow" : "rs-point", paint: paint),
                ]))
            }
            marks.append(.group(classes: "rs-series \(style.classes)", color: style.color, children: children))
        }
        // Derived points carry the page's derived mark above them, as labels and tables do.
        let derivedPoints = series.flatMap(\.points).filter(\.derived)
        if !derivedPoints.isEmpty && derivedPoints.count <= 6 {
            marks.append(.group(classes: "rs-derived-marks", children: derivedPoints.map { p in
                .text(TextMark(x: x(Double(p.year)), y: y(p.value) - Metrics.markerSize, lines: [ChartRenderer.derivedMark],
                               fontSize: Metrics.labelFont, anchor: .middle, classes: "rs-muted", fill: Palette.light.muted))
            }))
        }

        if showEndLabels {
            marks.append(.group(classes: "rs-end-labels", children: endLabels(series, x: x, y: y, left: plotRight,
                                                                             top: plotTop, bottom: plotBottom + 8)))
        }
        return Scene(width: W, height: height, marks: marks)
    }

    /// A series' line as drawn: a bridge over each gap (see `bridges`), then the solid runs
    /// (`segments`) over them, so a run's end is not dotted where a bridge meets it.
    static func lineMarks(_ points: [ChartPoint], step: Int, at: (ChartPoint) -> Point, width: Double,
                          dash: String? = nil) -> [Mark] {
        bridges(points, step: step).map { .line($0.map(at), classes: "rs-line rs-bridge", paint: .bridge(width: width)) }
            + segments(points, step: step).map { .line($0.map(at), classes: "rs-line", paint: .line(width: width, dash: dash)) }
    }

    /// Every stretch of line drawn, runs and bridges: what a label placed near the line must avoid.
    static func strokes(_ points: [ChartPoint], step: Int) -> [[ChartPoint]] {
        segments(points, step: step) + bridges(points, step: step)
    }

    /// Each known value and the next where years are missing between them (a gap larger than
    /// the common step): drawn thin and dotted, so a series reported in 2015, 2018 and 2020
    /// still reads as a trend, without passing the missing years off as measured.
    static func bridges(_ points: [ChartPoint], step: Int) -> [[ChartPoint]] {
        zip(points, points.dropFirst()).filter { $1.year - $0.year > step }.map { [$0, $1] }
    }

    /// Runs of consecutive points; a gap larger than the common year step starts a new run.
    static func segments(_ points: [ChartPoint], step: Int) -> [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        for p in points {
            if let last = runs.last?.last, p.year - last.year <= step {
                runs[runs.count - 1].append(p)
            } else {
                runs.append([p])
            }
        }
        return runs.filter { $0.count > 1 }
    }

    /// Series names at the right edge, at the height of each line's last point,
    /// nudged apart so they do not overlap.
    static func endLabels(_ series: [ChartSeries], x: LinearScale, y: LinearScale, left: Double,
                          top: Double, bottom: Double) -> [Mark] {
        let font = Metrics.labelFont
        let spacing = font * 1.3
        var entries: [(index: Int, y: Double)] = series.enumerated().compactMap { index, s in
            guard let last = s.points.last else { return nil }
            return (index, y(last.value))
        }
        entries.sort { ($0.y, $0.index) < ($1.y, $1.index) }
        // Push down, then pull back up from the bottom.
        for i in entries.indices.dropFirst() where entries[i].y < entries[i - 1].y + spacing {
            entries[i].y = entries[i - 1].y + spacing
        }
        if let last = entries.last, last.y > bottom {
            entries[entries.count - 1].y = bottom
            for i in entries.indices.reversed().dropFirst() where entries[i].y > entries[i + 1].y - spacing {
                entries[i].y = entries[i + 1].y - spacing
            }
        }
        return entries.map { entry in
            let style = SeriesStyle(index: entry.index)
            return .group(classes: style.classes, color: style.color, children: [
                .marker(style.shape, center: Point(x: left + 10, y: entry.y), size: Metrics.markerSize,
                        classes: "rs-point", paint: .current),
                .text(TextMark(x: left + 20, y: TextMark.baseline(centeredOn: entry.y, fontSize: font),
                               lines: [series[entry.index].name], fontSize: font)),
            ])
        }
    }
}

extension Paint {
    /// A line across missing years: thinner than the series' line (`width`) and dotted (round
    /// caps turn each zero-length dash into a dot), unlike any series' own dash pattern.
    static func bridge(width: Double) -> Paint {
        let w = width * 0.6
        return Paint(fill: "none", stroke: "currentColor", strokeWidth: w, dash: "0 \(SVGWriter.number(w * 2.5))", lineJoin: true)
    }
}
