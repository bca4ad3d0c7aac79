import Diagnostics
import SiteModel
import Theme

/// Picks a chart for an indicator from the shape of its data: many years → line,
/// two years → column, one value → kpi, only reported changes → change.
package enum DefaultChart {
    package static let generated = SourceLocation(file: "(generated)")

    package static func spec(for indicator: Indicator, cities: [City]) -> ChartSpec? {
        // Only single-year levels count: totals over periods are shown on their own (a kpi).
        let levels = cities.map { $0.yearLevels(of: indicator.id).count }
        let periods = cities.map { $0.periodValues(of: indicator.id).count }
        // A multiple (ratio) is stated in words, never drawn on a change chart.
        let drawable = { (city: City) in city.changes(of: indicator.id).filter { $0.kind != .ratio } }
        let changes = cities.map { drawable($0).count }
        let type: ChartType
        if levels.contains(where: { $0 >= 3 }) { type = .line }
        else if levels.contains(where: { $0 == 2 }) { type = cities.count > 1 ? .line : .column }
        else if levels.contains(where: { $0 == 1 }) { type = cities.count > 1 ? .bar : .kpi }
        else if periods.contains(where: { $0 > 0 }), cities.count == 1 { type = .kpi }
        else if changes.contains(where: { $0 > 0 }) { type = .change }
        else { return nil }
        let withData = cities.filter {
            switch type {
            case .change: !drawable($0).isEmpty
            case .kpi: !$0.observations(of: indicator.id).isEmpty
            default: !$0.yearLevels(of: indicator.id).isEmpty
            }
        }
        return ChartSpec(type: type, indicators: [indicator.id], cities: withData.map(\.id), years: nil, title: nil,
                         location: generated, keyLocations: [:])
    }
}
