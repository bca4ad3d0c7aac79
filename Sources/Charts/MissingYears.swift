/// Whether a chart draws a line across years that have no value: a thin dotted stretch
/// (`LineChart.bridges`), which a page explains beside the chart so that the dots are not read
/// as a measured trend. The same points (`plotted`) and year step as the drawing itself.
extension ChartContent {
    /// True when a line or a KPI card's sparkline crosses missing years.
    public var crossesMissingYears: Bool {
        switch self {
        case .line(let all):
            // A line chart's series share one step, that of all their years.
            let lines = all.map(\.points.plotted)
            let step = YearSteps.step(lines.flatMap { $0.map(\.year) })
            return lines.contains { !LineChart.bridges($0, step: step).isEmpty }
        case .kpi(let kpi):
            return KPIChart.hasSparkline(kpi) && LineChart.crossesMissingYears(kpi.sparkline.plotted)
        default:
            return false
        }
    }
}

extension SmallMultiplePanel {
    /// True when the panel's line crosses missing years.
    public var crossesMissingYears: Bool { LineChart.crossesMissingYears(points.plotted) }
}

extension LineChart {
    /// Whether one line, at its own year step, has a stretch across missing years.
    static func crossesMissingYears(_ line: [ChartPoint]) -> Bool {
        !bridges(line, step: YearSteps.step(line.map(\.year))).isEmpty
    }
}
