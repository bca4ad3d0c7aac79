/// The value (y) axis of line and column charts: a nice domain, round ticks,
/// grid lines and labels, and the left margin the widest label needs.
struct ValueAxis {
    var scale: LinearScale
    var ticks: [Double]
    var labels: [String]

    /// The domain for `values`. Bars must start at zero; lines may not, unless zero
    /// is close enough to cost little resolution. A collapsed domain is widened.
    static func domain(for values: [Double], includeZero: Bool) -> (Double, Double) {
        guard var (lo, hi) = values.finiteExtent else { return (0, 1) }
        if includeZero {
            lo = min(lo, 0)
            hi = max(hi, 0)
        } else if lo >= 0 && lo <= hi * 0.4 {
            lo = 0
        } else if hi <= 0 && hi >= lo * 0.4 {
            hi = 0
        }
        if lo == hi {
            if lo == 0 { return (0, 1) }
            return lo > 0 ? (0, hi) : (lo, 0)
        }
        return (lo, hi)
    }

    /// Ticks for a plot `height` tall, roughly one per 55 units.
    static func make(values: [Double], includeZero: Bool, height: Double, format: (Double) -> String) -> ValueAxis {
        let count = max(2, (height / 55).rounded(.down))
        let scale = LinearScale(domain: domain(for: values, includeZero: includeZero)).niced(count: count)
        let ticks = scale.ticks(count: count)
        return ValueAxis(scale: scale, ticks: ticks, labels: ticks.map(format))
    }

    /// Width of the widest tick label.
    var labelWidth: Double {
        labels.map { TextMeasure.width($0, fontSize: Metrics.tickFont) }.max() ?? 0
    }

    /// Whether zero lies on the axis; when it does not, the axis is marked as broken.
    var includesZero: Bool { scale.domain.0 <= 0 && scale.domain.1 >= 0 }

    /// Grid lines, the zero line (or an axis-break mark) and thinned tick labels.
    func marks(left: Double, right: Double, labelX: Double) -> [Mark] {
        var grid: [Mark] = []
        var texts: [TextMark] = []
        for (tick, label) in zip(ticks, labels) {
            let y = scale(tick)
            let isZero = tick == 0
            grid.append(.rule(from: Point(x: left, y: y), to: Point(x: right, y: y),
                              classes: isZero ? "rs-axis" : "rs-grid",
                              paint: Paint(stroke: isZero ? Palette.light.axis : Palette.light.grid, strokeWidth: 1)))
            texts.append(TextMark(x: labelX, y: TextMark.baseline(centeredOn: y, fontSize: Metrics.tickFont),
                                  lines: [label], fontSize: Metrics.tickFont, anchor: .end, classes: "rs-muted",
                                  fill: Palette.light.muted))
        }
        // Keep the zero line on top of the grid.
        grid.sort { rank($0) < rank($1) }
        var marks: [Mark] = [.group(classes: "rs-grid-lines", children: grid)]
        if !includesZero {
            marks.append(axisBreak(x: left, y: scale.range.0))
            marks.append(.rule(from: Point(x: left + 18, y: scale.range.0), to: Point(x: right, y: scale.range.0),
                               classes: "rs-axis", paint: Paint(stroke: Palette.light.axis, strokeWidth: 1)))
        }
        // Ticks run bottom to top; thin them in that order.
        marks.append(.group(classes: "rs-y-labels", children: Thinning.thin(texts, gap: 2).map(Mark.text)))
        return marks
    }

    private func rank(_ mark: Mark) -> Int {
        if case .rule(_, _, let classes, _) = mark, classes == "rs-axis" { return 1 }
        return 0
    }

    /// A baseline with a zig-zag at its left end: the scale does not start at zero.
    private func axisBreak(x: Double, y: Double) -> Mark {
        let paint = Paint(fill: "none", stroke: Palette.light.axis, strokeWidth: 1.5, lineJoin: true)
        let zigzag = [Point(x: x, y: y), Point(x: x + 4, y: y), Point(x: x + 7, y: y - 5), Point(x: x + 11, y: y + 5),
                      Point(x: x + 14, y: y), Point(x: x + 18, y: y)]
        return .group(classes: "rs-axis-break", children: [.line(zigzag, classes: "rs-axis", paint: paint)])
    }
}
