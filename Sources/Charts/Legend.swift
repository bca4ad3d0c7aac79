/// A legend: swatches with names, flowing left to right and wrapping into rows.
struct Legend {
    enum Swatch: Sendable {
        /// A line sample with the series' dash and marker.
        case line(SeriesStyle)
        /// A filled square in the series colour.
        case bar(SeriesStyle)
        /// A hollow marker: derived points on lines.
        case derivedPoint
        /// A dashed, lightly filled square: derived bars.
        case derivedBar
        /// A square in the colour of good, bad or neutral changes.
        case assessment(Assessment)
    }

    struct Item: Sendable {
        var swatch: Swatch
        var label: String
    }

    static let swatchWidth = 26.0
    static let rowHeight = 22.0

    /// Lays out `items` from (`left`, `top`) within `width`; returns the marks and the height used.
    /// The legend of a chart of series: one entry per series when there are several, and one
    /// for derived values when any is drawn, laid out across the top of the frame.
    static func forSeries(_ series: [ChartSeries], swatch: (SeriesStyle) -> Swatch, derived: Swatch,
                          text: ChartText, frame: Frame) -> (marks: [Mark], height: Double) {
        var items: [Item] = []
        if series.count > 1 {
            items = series.enumerated().map { Item(swatch: swatch(SeriesStyle(index: $0.offset)), label: $0.element.name) }
        }
        if series.contains(where: { $0.points.contains(where: \.derived) }) { items.append(derivedItem(derived, text: text)) }
        return layout(items, left: Metrics.pad, top: frame.top + 4, width: frame.width - 2 * Metrics.pad)
    }

    /// The entry for derived values: their swatch and "† derived", the mark the labels carry.
    static func derivedItem(_ swatch: Swatch, text: ChartText) -> Item {
        Item(swatch: swatch, label: "\(ChartRenderer.derivedMark) \(text.derivedLabel)")
    }

    static func layout(_ items: [Item], left: Double, top: Double, width: Double) -> (marks: [Mark], height: Double) {
        guard !items.isEmpty else { return ([], 0) }
        let font = Metrics.legendFont
        var marks: [Mark] = []
        var x = left, row = 0
        for item in items {
            let maxText = width - swatchWidth - 6
            let lines = TextMeasure.wrap(item.label, maxWidth: maxText, fontSize: font)
            let textWidth = lines.map { TextMeasure.width($0, fontSize: font) }.max() ?? 0
            let itemWidth = swatchWidth + 6 + textWidth
            if x > left && x + itemWidth > left + width {
                x = left
                row += 1
            }
            let middle = top + rowHeight * Double(row) + rowHeight / 2
            let text = TextMark(x: x + swatchWidth + 6, y: TextMark.baseline(centeredOn: middle, fontSize: font),
                                lines: lines, fontSize: font)
            marks.append(.group(classes: nil, children: swatch(item.swatch, x: x, middle: middle) + [.text(text)]))
            row += lines.count - 1
            x += itemWidth + 18
        }
        return (marks, rowHeight * Double(row + 1))
    }

    private static func swatch(_ swatch: Swatch, x: Double, middle: Double) -> [Mark] {
        let w = swatchWidth
        switch swatch {
        case .line(let style):
            return [.group(classes: style.classes, color: style.color, children: [
                .rule(from: Point(x: x, y: middle), to: Point(x: x + w, y: middle), classes: "rs-legend-line",
                      paint: .line(width: Metrics.lineWidth, dash: style.dash)),
                .marker(style.shape, center: Point(x: x + w / 2, y: middle), size: Metrics.markerSize,
                        classes: "rs-point", paint: .current),
            ])]
        case .bar(let style):
            return [.group(classes: style.classes, color: style.color, children: [
                .rect(Box(x: x + 6, y: middle - 7, width: 14, height: 14), classes: "rs-bar", paint: .current),
            ])]
        case .derivedPoint:
            let style = SeriesStyle(index: 0)
            return [.group(classes: style.classes, color: style.color, children: [
                .marker(.circle, center: Point(x: x + w / 2, y: middle), size: Metrics.markerSize + 1,
                        classes: "rs-point rs-hollow", paint: Paint(fill: "#ffffff", stroke: "currentColor", strokeWidth: 2)),
            ])]
        case .assessment(let assessment):
            let box = Box(x: x + 6, y: middle - 7, width: 14, height: 14)
            return [.group(classes: assessment.className, color: assessment.color, children: [
                .rect(box, classes: assessment.barClasses, paint: assessment.paint),
            ] + (assessment == .bad ? Hatch.stripes(in: box) : []))]
        case .derivedBar:
            let style = SeriesStyle(index: 0)
            return [.group(classes: style.classes, color: style.color, children: [
                .rect(Box(x: x + 6, y: middle - 7, width: 14, height: 14), classes: "rs-bar rs-derived", paint: BarPaint.derived),
            ])]
        }
    }
}

/// Fill for reported and derived bars.
enum BarPaint {
    static let reported = Paint.current
    static let derived = Paint(fill: "currentColor", fillOpacity: 0.3, stroke: "currentColor", strokeWidth: 1.5, dash: "4 3")
}
