/// A word-sized line of an indicator's levels for a table row: no text, drawn at a fixed
/// size (so it never scales), the last point marked, derived points hollow; thin and dotted
/// across missing years, with a point at each value standing between two of them.
public enum Sparkline {
    /// Width and height in CSS px.
    public static let width = 96.0
    public static let height = 24.0

    /// The `<svg>`, or "" with fewer than three finite levels (a row states those as text).
    /// `label` names what it shows for screen readers, e.g. "2015–2020: 258.5万 → 373万吨/日".
    public static func svg(_ points: [ChartPoint], label: String) -> String {
        let points = points.plotted
        guard points.count >= 3 else { return "" }
        let years = points.map(\.year)
        let x = LinearScale(domain: YearAxis.domain(years), range: (3, width - 4))
        // Levels, not changes: the baseline is zero when zero is near, as in the line chart.
        let y = LinearScale(domain: ValueAxis.domain(for: points.map(\.value), includeZero: false), range: (height - 3, 3))
        var writer = SVGWriter()
        writer.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", SVGWriter.number(width)),
                            ("height", SVGWriter.number(height)),
                            ("viewBox", "0 0 \(SVGWriter.number(width)) \(SVGWriter.number(height))"),
                            ("class", "rs-chart rs-spark"), ("role", "img"), ("aria-label", label)])
        let style = SeriesStyle(index: 0)
        let step = YearSteps.step(years)
        var children = LineChart.lineMarks(points, step: step, at: { Point(x: x(Double($0.year)), y: y($0.value)) }, width: 1.75)
        // A value on no solid run (between two gaps) is marked, so the dotted line reads as joining known values.
        let onRuns = Set(LineChart.segments(points, step: step).joined().map(\.year))
        for p in points where p.derived || p.year == points.last?.year || !onRuns.contains(p.year) {
            children.append(.marker(.circle, center: Point(x: x(Double(p.year)), y: y(p.value)), size: 5,
                                    classes: p.derived ? "rs-point rs-hollow" : "rs-point",
                                    paint: p.derived ? Paint(fill: "#ffffff", stroke: "currentColor", strokeWidth: 1.25) : .current))
        }
        writer.write(.group(classes: "rs-series \(style.classes)", color: style.color, children: children))
        writer.close("svg")
        return writer.output
    }
}
