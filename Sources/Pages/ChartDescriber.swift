import Formatting
import SiteModel
import Theme

/// The `<desc>` sentence of a chart, in the page's language, from the Formatting module's
/// sentence builders.
package struct ChartDescriber {
    package let context: RenderContext
    package let language: String

    private var style: NumberStyle { context.formatter(language).style }
    private func name(_ text: LocalizedText) -> String { text.resolved(language, fallbacks: context.fallbacks(language)) }

    package func series(chart: ResolvedChart, names: [String]) -> String {
        guard let indicator = chart.indicators.first else { return "" }
        let series = zip(chart.series, names).map { resolved, name in
            YearlySeries(name: name, values: resolved.observations.map { YearlyValue(year: $0.year, value: $0.quantity, bound: $0.bound) })
        }
        if series.count == 1 {
            let subject = chart.cities.count == 1 && chart.spec.cities != nil && chart.spec.cities!.count > 0
                ? style.conventions.fill("names.city_indicator_title", ["city": name(chart.cities[0].name), "indicator": name(indicator.name)])
                : name(chart.series.first.map(\.indicator.name) ?? indicator.name)
            return style.seriesDescription(subject, values: series[0].values, unit: indicator.unit, decimals: indicator.decimals)
        }
        // Lines of several indicators are named by the chart's indicators together, not by the first alone.
        let subject = Set(chart.series.map(\.indicator.id)).count > 1
            ? chart.indicators.map { name($0.name) }.joined(separator: style.conventions.text("list.separator"))
            : name(indicator.name)
        return style.seriesDescription(subject, series: series, unit: indicator.unit, decimals: indicator.decimals)
    }

    /// Bars: one per year of one city's indicator (described as a series over years), else
    /// one per city or indicator (compared; ranked only when they can be: one indicator,
    /// one year, exact values).
    package func bars(_ items: [(label: String, observation: Observation, indicator: Indicator)], title: String, perYear: Bool) -> String {
        guard let indicator = items.first?.indicator else { return "" }
        if perYear {
            return style.seriesDescription(title, values: items.map { YearlyValue(year: $0.observation.year, value: $0.observation.quantity, bound: $0.observation.bound) },
                                           unit: indicator.unit, decimals: indicator.decimals)
        }
        let years = Set(items.map(\.observation.year))
        let oneIndicator = Set(items.map(\.indicator.id)).count == 1
        return style.comparisonDescription(
            oneIndicator ? name(indicator.name) : title,
            items: items.map { CategoryValue(label: $0.label, value: $0.observation.quantity, year: years.count > 1 ? $0.observation.year : nil,
                                             bound: $0.observation.bound) },
            unit: indicator.unit, decimals: indicator.decimals, year: years.count == 1 ? years.first : nil, rankable: oneIndicator)
    }

    package func changes(_ items: [(indicator: Indicator, change: Change)], names: [String]) -> String {
        style.changesDescription(zip(items, names).map { item, label in
            NamedChange(name: label, unit: item.indicator.unit, decimals: item.indicator.decimals,
                        change: YearChange(from: item.change.from, to: item.change.to, amount: item.change.quantity, kind: item.change.kind,
                                           bound: item.change.bound))
        })
    }

    package func kpi(indicator: Indicator, city: City, observation: Observation, change: ChangeFigure?) -> String {
        let subject = style.conventions.fill("names.city_indicator", ["city": name(city.name), "indicator": name(indicator.name)])
        return style.kpiDescription(subject, year: observation.year, value: observation.quantity, unit: indicator.unit,
                                    decimals: indicator.decimals, bound: observation.bound, period: observation.period,
                                    change: change.map { YearChange(from: $0.from, to: $0.to, amount: $0.quantity, kind: $0.kind, bound: $0.bound) })
    }
}

extension NumberStyle {
    /// A tick label when only the tick is known: the step is taken as the tick's own last
    /// significant digit, so `2.5` keeps its decimal and `3000000` reads `300万` / `3M`.
    package func axisTick(_ value: Double, unit: Formatting.Unit) -> String {
        guard value != 0, value.isFinite else { return axisTickLabel(0, step: 1, unit: unit) }
        var step = 1.0
        while step > 1e-9, (value / step).rounded() != value / step || abs((value / step).rounded() * step - value) > 1e-9 * abs(value) {
            step /= 10
        }
        while step < 1e15, ((value / (step * 10)).rounded() * step * 10 - value).magnitude <= 1e-9 * abs(value) { step *= 10 }
        return axisTickLabel(value, step: step, unit: unit)
    }
}
