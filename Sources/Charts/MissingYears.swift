/// Whether a chart draws a line across years that have no value: a thin dotted stretch
/// (`LineChart.bridges`), which a page explains beside the chart so that the dots are not read
/// as a measured trend. The same filtering and year step as the drawing itself.
extension ChartContent {
    /// True when a line or a KPI card's sparkline crosses missing years.
    public var crossesMissingYears: Bool {
        switch self {
        case .line(let all):
            let series = all.map(MissingYears.drawn)
            let step = YearSteps.step(series.flatMap { $0.map(\.year) })
            return series.contains { !LineChart.bridges($0, step: step).isEmpty }
        case .kpi(let kpi):
            guard KPIChart.hasSparkline(kpi) else { return false }
            return MissingYears.crossed(kpi.sparkline)
        default:
            return false
        }
    }
}

extension SmallMultiplePanel {
    /// True when the panel's line crosses missing years.
    public var crossesMissingYears: Bool { MissingYears.crossed(points) }
}

private enum MissingYears {
    /// The points a line draws: finite values in year order.
    static func drawn(_ series: ChartSeries) -> [ChartPoint] { drawn(series.points) }

    static func drawn(_ points: [ChartPoint]) -> [ChartPoint] {
        points.filter { $0.value.isFinite }.sorted { $0.year < $1.year }
    }

    /// Whether one line, at its own year step, has a stretch across missing years.
    static func crossed(_ points: [ChartPoint]) -> Bool {
        let line = drawn(points)
        return !LineChart.bridges(line, step: YearSteps.step(line.map(\.year))).isEmpty
    }
}
