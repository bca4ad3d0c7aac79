/// The shared layout of `bar` and `change` charts: a wrapped category label per row
/// on the left, a bar from zero, and the value written at the bar's end (left of
/// negative bars, right of positive ones), so no value axis is needed; the zero line is
/// drawn and labelled. Given a shared domain, bars are drawn on it so that lengths compare
/// across charts.
enum HorizontalBars {
    struct Row: Sendable {
        var label: String
        var value: Double
        var valueText: String
        var note: String?
        var groupClasses: String
        var color: String
        var barClasses: String
        var paint: Paint
        var title: String
        /// Where the bar and its value lead (one link around both: a target as tall as the bar).
        var link: ChartLink? = nil
        /// Whether the bar is striped (a worse change: told apart without colour).
        var hatched = false
    }

    /// The share of the width a shared domain spans: the same in every chart given it.
    static let sharedShare = 0.45

    static func scene(_ rows: [Row], legend items: [Legend.Item], frame: Frame,
                      domain shared: ClosedRange<Double>? = nil) -> Scene {
        let W = frame.width
        let font = Metrics.labelFont
        let valueFont = Metrics.valueFont
        let gap = 8.0
        var marks: [Mark] = []

        // Value labels (with their note) wider than 30 % of the chart (42 % of a narrow one) wrap, note included.
        let maxValueWidth = W * (W < 400 ? 0.42 : 0.3)
        let valueTexts: [(lines: [String], note: String?)] = rows.map { row in
            let full = row.valueText + (row.note.map { " " + $0 } ?? "")
            let width = TextMeasure.width(full, fontSize: valueFont)
            guard width > maxValueWidth else { return ([row.valueText], row.note) }
            return (TextMeasure.wrap(full, maxWidth: maxValueWidth, fontSize: valueFont), nil)
        }
        func valueWidth(_ index: Int) -> Double {
            let (lines, note) = valueTexts[index]
            return (lines.map { TextMeasure.width($0, fontSize: valueFont) }.max() ?? 0)
                + (note.map { 6 + TextMeasure.width($0, fontSize: valueFont) } ?? 0)
        }
        let negRoom = rows.indices.filter { rows[$0].value < 0 }.map(valueWidth).max().map { $0 + gap } ?? 0
        let posRoom = rows.indices.filter { !(rows[$0].value < 0) }.map(valueWidth).max().map { $0 + gap } ?? 0

        // The bars' extent, zero included. Given a shared domain, one unit is the same length in
        // every chart drawn with it: the domain spans `sharedShare` of the width, and this chart
        // takes the part its own values need (wider only when a value falls outside the domain).
        let values = rows.map(\.value).filter(\.isFinite)
        var (lo, hi) = values.finiteExtent ?? (0, 1)
        lo = min(lo, 0)
        hi = max(hi, 0)
        if lo == hi { hi = lo + 1 }
        let need: Double? = shared.map { domain in
            let span = max(domain.upperBound, hi, 0) - min(domain.lowerBound, lo, 0)
            return W * sharedShare * (hi - lo) / (span > 0 ? span : 1)
        }

        // Category labels take what they need, up to 38 % of the width, and less when
        // value labels need the room (the bars keep at least a quarter of the width, or what
        // the shared scale asks).
        let widest = rows.map { TextMeasure.width($0.label, fontSize: font) }.max() ?? 0
        let spare = W - 2 * Metrics.pad - 14 - negRoom - posRoom - max(W * 0.25, need ?? 0)
        let sideWidth = min(widest, W * 0.38, max(spare, W * 0.16))
        // Where a label beside its bar would wrap to three lines or more (narrow charts, long
        // names), or leave the shared scale too little room, each label goes on its own line
        // above its bar, across the full width.
        let sideLabels = rows.map { TextMeasure.wrap($0.label, maxWidth: sideWidth, fontSize: font) }
        let sideColumn = sideLabels.flatMap { $0 }.map { TextMeasure.width($0, fontSize: font) }.max() ?? 0
        let sideRoom = W - 2 * Metrics.pad - 14 - sideColumn - negRoom - posRoom
        let stacked = sideLabels.contains { $0.count > 2 } || (need.map { $0 > sideRoom + 0.5 } ?? false)
        let labelWidth = stacked ? W - 2 * Metrics.pad : sideWidth
        let wrapped = stacked ? rows.map { TextMeasure.wrap($0.label, maxWidth: labelWidth, fontSize: font) } : sideLabels
        let labelColumn = stacked ? -14 : sideColumn
        let plotLeft = Metrics.pad + labelColumn + 14 + negRoom
        let room = max(plotLeft + 40, W - Metrics.pad - posRoom)
        let plotRight = need.map { min(plotLeft + $0, room) } ?? room
        let x = LinearScale(domain: (lo, hi), range: (plotLeft, plotRight))
        let zero = x(0)

        var top = frame.top + 6
        let lineHeight = font * 1.2
        let barHeight = 20.0
        var rowMarks: [Mark] = []
        var zeroRules: [Mark] = []
        for (index, (row, lines)) in zip(rows, wrapped).enumerated() {
            let (valueLines, note) = valueTexts[index]
            let labelHeight = stacked ? lineHeight * Double(lines.count) + 2 : 0
            let barRow = max(36, lineHeight * Double(stacked ? valueLines.count : max(lines.count, valueLines.count)) + 14)
            let rowHeight = labelHeight + barRow
            let middle = top + labelHeight + barRow / 2
            let firstBaseline = stacked ? top + 4 + font * 0.82
                : TextMark.baseline(centeredOn: middle, fontSize: font) - lineHeight * Double(lines.count - 1) / 2
            let label = TextMark(x: Metrics.pad, y: firstBaseline, lines: lines, fontSize: font)
            let value = row.value.isFinite ? row.value : 0
            let end = x(value)
            let box = Box(x: min(zero, end), y: middle - barHeight / 2, width: max(abs(end - zero), value == 0 ? 0 : 1),
                          height: barHeight)
            let negative = value < 0
            let valueBaseline = TextMark.baseline(centeredOn: middle, fontSize: valueFont)
                - valueFont * 1.2 * Double(valueLines.count - 1) / 2
            let valueX = negative ? box.x - gap : box.maxX + gap
            var texts: [Mark] = []
            if negative {
                // Right to left: note furthest from the bar.
                let v = TextMark(x: valueX, y: valueBaseline, lines: valueLines, fontSize: valueFont, anchor: .end)
                texts.append(.text(v))
                if let note {
                    texts.append(.text(TextMark(x: v.box.x - 6, y: valueBaseline, lines: [note], fontSize: valueFont,
                                                anchor: .end, classes: "rs-muted", fill: Palette.light.muted)))
                }
            } else {
                let v = TextMark(x: valueX, y: valueBaseline, lines: valueLines, fontSize: valueFont)
                texts.append(.text(v))
                if let note {
                    texts.append(.text(TextMark(x: v.box.maxX + 6, y: valueBaseline, lines: [note], fontSize: valueFont,
                                                classes: "rs-muted", fill: Palette.light.muted)))
                }
            }
            if stacked {
                // The zero line runs past each bar only, not through the labels above it.
                zeroRules.append(.rule(from: Point(x: zero, y: middle - barRow / 2 + 2), to: Point(x: zero, y: middle + barRow / 2 - 2),
                                       classes: "rs-axis", paint: Paint(stroke: Palette.light.axis, strokeWidth: 1)))
            }
            let drawn: [Mark] = [
                .group(classes: row.groupClasses, color: row.color, children: [
                    .rect(box, classes: row.barClasses, paint: row.paint),
                ] + (row.hatched ? Hatch.stripes(in: box) : [])),
            ] + texts
            rowMarks.append(.group(classes: "rs-row", title: row.title,
                                   children: [.text(label)] + (row.link.map { [.link($0, children: drawn)] } ?? drawn)))
            top += rowHeight
        }
        let rowsTop = frame.top + 6
        marks += rowMarks
        if stacked {
            marks += zeroRules + [.rule(from: Point(x: zero, y: top - 2), to: Point(x: zero, y: top + 4), classes: "rs-axis",
                                        paint: Paint(stroke: Palette.light.axis, strokeWidth: 1))]
        } else {
            marks.append(.rule(from: Point(x: zero, y: rowsTop), to: Point(x: zero, y: top + 4), classes: "rs-axis",
                               paint: Paint(stroke: Palette.light.axis, strokeWidth: 1)))
        }
        if !rows.isEmpty {
            // Zero, labelled under its line, so a bar's start reads as zero, not as the edge.
            marks.append(.text(TextMark(x: zero, y: top + 4 + valueFont, lines: ["0"], fontSize: valueFont, anchor: .middle,
                                        classes: "rs-muted", fill: Palette.light.muted)))
            top += 4 + valueFont * 1.2
        }

        let legend = Legend.layout(items, left: Metrics.pad, top: top + 8, width: W - 2 * Metrics.pad)
        marks += legend.marks
        let height = top + (legend.height > 0 ? legend.height + 12 : 6)
        return Scene(width: W, height: frame.height.map { max($0 + frame.top, height) } ?? height, marks: marks)
    }
}
