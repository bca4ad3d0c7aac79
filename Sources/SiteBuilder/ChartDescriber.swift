import Formatting
import SiteModel

/// The `<desc>` sentence of a chart, in the page's language, from the Formatting module's
/// sentence builders.
struct ChartDescriber {
    let context: RenderContext
    let language: String

    private var style: NumberStyle { context.formatter(language).style }
    private func name(_ text: LocalizedText) -> String { text.resolved(language, fallbacks: context.fallbacks(language)) }

    func series(chart: ResolvedChart, names: [String]) -> String {
        guard let indicator = chart.indicators.first else { return "" }
        let series = zip(chart.series, names).map { resolved, name in
            YearlySeries(name: name, values: resolved.observations.map { YearlyValue(year: $0.year, value: $0.quantity) })
        }
        if series.count == 1 {
            let subject = chart.cities.count == 1 && chart.spec.cities != nil && chart.spec.cities!.count > 0
                ? "\(name(chart.cities[0].name))\(language.hasPrefix("zh") ? "" : " · ")\(name(indicator.name))"
                : name(indicator.name)
            return style.seriesDescription(subject, values: series[0].values, unit: indicator.unit, decimals: indicator.decimals)
        }
        return style.seriesDescription(name(indicator.name), series: series, unit: indicator.unit, decimals: indicator.decimals)
    }

    func bars(_ items: [(label: String, observation: Observation, indicator: Indicator)]) -> String {
        guard let indicator = items.first?.indicator else { return "" }
        let years = Set(items.map(\.observation.year))
        return style.comparisonDescription(
            name(indicator.name),
            items: items.map { CategoryValue(label: $0.label, value: $0.observation.quantity, year: years.count > 1 ? $0.observation.year : nil) },
            unit: indicator.unit, decimals: indicator.decimals, year: years.count == 1 ? years.first : nil)
    }

    func changes(_ items: [(indicator: Indicator, change: Change)], names: [String]) -> String {
        style.changesDescription(zip(items, names).map { item, label in
            NamedChange(name: label, unit: item.indicator.unit, decimals: item.indicator.decimals,
                        change: YearChange(from: item.change.from, to: item.change.to, amount: item.change.quantity, kind: item.change.kind))
        })
    }

    func kpi(indicator: Indicator, city: City, observation: Observation, change: ChangeFigure?) -> String {
        let subject = language.hasPrefix("zh") ? "\(name(city.name))\(name(indicator.name))" : "\(name(city.name)): \(name(indicator.name))"
        return style.kpiDescription(subject, year: observation.year, value: observation.quantity, unit: indicator.unit,
                                    decimals: indicator.decimals,
                                    change: change.map { YearChange(from: $0.from, to: $0.to, amount: $0.quantity, kind: $0.kind) })
    }
}

extension NumberStyle {
    /// A tick label when only the tick is known: the step is taken as the tick's own last
    /// significant digit, so `2.5` keeps its decimal and `3000000` reads `300万` / `3M`.
    func axisTick(_ value: Double, unit: Formatting.Unit) -> String {
        guard value != 0, value.isFinite else { return axisTickLabel(0, step: 1, unit: unit) }
        var step = 1.0
        while step > 1e-9, (value / step).rounded() != value / step || abs((value / step).rounded() * step - value) > 1e-9 * abs(value) {
            step /= 10
        }
        while step < 1e15, ((value / (step * 10)).rounded() * step * 10 - value).magnitude <= 1e-9 * abs(value) { step *= 10 }
        return axisTickLabel(value, step: step, unit: unit)
    }
}
