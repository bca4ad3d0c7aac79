/// Column chart: a band per year (missing years keep an empty band), bars from
/// zero, several series grouped within a year, values written on the bars when they fit.
enum ColumnChart {
    static func scene(_ allSeries: [ChartSeries], text: ChartText, frame: Frame) -> Scene {
        let series = allSeries.map { s in ChartSeries(name: s.name, points: s.points.filter { $0.value.isFinite }) }
        let W = frame.width
        let points = series.flatMap(\.points)
        var marks: [Mark] = []

        let legend = Legend.forSeries(series, swatch: { .bar($0) }, derived: .derivedBar, text: text, frame: frame)
        marks += legend.marks

        let years = YearSteps.filled(points.map(\.year))
        let height = frame.height.map { frame.top + $0 } ?? frame.top + legend.height + 330
        let hasNegative = points.contains { $0.value < 0 }

        // Value labels on the bars: one series, and only if every label fits its band.
        let font = Metrics.tickFont
        let valueFont = Metrics.valueFont
        // The band step, estimated before the axis is known (its labels are rarely wider than 60).
        let estimatedStep = (W - 2 * Metrics.pad - 70) / (Double(max(years.count, 1)) - 0.25 + 0.3)
        func valueText(_ p: ChartPoint) -> String { p.label + (p.derived ? ChartRenderer.derivedMark : "") }
        // A label too wide for its band on one line ("2.585 million t/day" on a phone) goes on
        // two, split at its last space, before the values are left off.
        func valueLines(_ p: ChartPoint, split: Bool) -> [String] {
            let text = valueText(p)
            guard split, let space = text.lastIndex(of: " ") else { return [text] }
            return [String(text[..<space]), String(text[text.index(after: space)...])]
        }
        func fits(split: Bool) -> Bool {
            let widest = points.flatMap { valueLines($0, split: split) }.map { TextMeasure.width($0, fontSize: valueFont) }.max() ?? 0
            return widest + 8 <= estimatedStep
        }
        let splitValues = series.count == 1 && !fits(split: false) && fits(split: true)
        let showValues = series.count == 1 && (splitValues || fits(split: false))
        let valueRoom = 22 + (splitValues ? valueFont * 1.2 : 0)

        let plotTop = frame.top + (legend.height > 0 ? legend.height + 16 : 12) + (showValues ? valueRoom : 0)
        let plotBottom = max(plotTop + 60, height - 30 - (showValues && hasNegative ? valueRoom : 0))

        let axis = ValueAxis.make(values: points.map(\.value), includeZero: true,
                                  height: plotBottom - plotTop, format: text.formatTick)
        let plotLeft = Metrics.pad + axis.labelWidth + 10
        let plotRight = W - Metrics.pad
        var y = axis.scale
        y.range = (plotBottom, plotTop)
        marks += ValueAxis(scale: y, ticks: axis.ticks, labels: axis.labels)
            .marks(left: plotLeft, right: plotRight, labelX: plotLeft - 8)

        let bands = BandScale(count: years.count, range: (plotLeft, plotRight), paddingInner: 0.25, paddingOuter: 0.15)
        let inner = BandScale(count: max(series.count, 1), range: (0, bands.bandwidth), paddingInner: 0.08, paddingOuter: 0)
        let baseline = y(0)
        var valueTexts: [Mark] = []

        for (index, s) in series.enumerated() {
            let style = SeriesStyle(index: index)
            var children: [Mark] = []
            for p in s.points {
                guard let band = years.firstIndex(of: p.year) else { continue }
                let x0 = bands.start(band) + inner.start(index)
                let top = min(y(p.value), baseline), bottom = max(y(p.value), baseline)
                // A zero is a flat bar on the baseline: drawn, not blank.
                let box = p.value == 0 ? Box(x: x0, y: baseline - 1.5, width: inner.bandwidth, height: 3)
                    : Box(x: x0, y: top, width: inner.bandwidth, height: max(bottom - top, 1))
                var title = "\(text.formatYear(p.year)): \(p.label)"
                if series.count > 1 { title = "\(s.name), " + title }
                if p.derived { title += " (\(text.derivedLabel))" }
                children.append(.group(classes: nil, title: title, children: [
                    .rect(box, classes: p.derived ? "rs-bar rs-derived" : "rs-bar",
                          paint: p.derived ? BarPaint.derived : BarPaint.reported),
                ]))
                // A zero is labelled even when other values are not, so it does not read as missing.
                if showValues || (p.value == 0 && series.count == 1) {
                    let lines = valueLines(p, split: splitValues)
                    // Lines run down from the first: above a bar, the last one sits where one line would.
                    let labelY = p.value < 0 ? bottom + 17 : top - 6 - valueFont * 1.2 * Double(lines.count - 1)
                    let label = Mark.text(TextMark(x: x0 + inner.bandwidth / 2, y: labelY, lines: lines,
                                                   fontSize: valueFont, anchor: .middle))
                    valueTexts.append(p.link.map { .link($0, children: [label]) } ?? label)
                }
            }
            marks.append(.group(classes: "rs-series \(style.classes)", color: style.color, children: children))
        }
        if !valueTexts.isEmpty { marks.append(.group(classes: "rs-values", children: valueTexts)) }

        let yearTexts = years.enumerated().map { index, year in
            TextMark(x: bands.center(index), y: plotBottom + 22 + (showValues && hasNegative ? valueRoom : 0),
                     lines: [text.formatYear(year)], fontSize: font, anchor: .middle, classes: "rs-muted",
                     fill: Palette.light.muted)
        }
        marks.append(.group(classes: "rs-x-axis", children: thinYears(years, yearTexts).map(Mark.text)))
        return Scene(width: W, height: height, marks: marks)
    }

    /// Keeps the labels of round years (multiples of 1, 2, 5, 10… times the year step)
    /// at the smallest multiple whose labels do not collide.
    static func thinYears(_ years: [Int], _ labels: [TextMark]) -> [TextMark] {
        guard labels.count > 1 else { return labels }
        let step = YearSteps.step(years)
        for multiple in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
            let every = step * multiple
            let kept = zip(years, labels).filter { $0.0 % every == 0 }.map(\.1)
            if kept.isEmpty { break }
            if zip(kept, kept.dropFirst()).allSatisfy({ !$0.box.intersects($1.box, margin: 6) }) { return kept }
        }
        return Thinning.thin(labels)
    }
}
