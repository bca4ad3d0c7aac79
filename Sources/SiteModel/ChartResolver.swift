import Diagnostics

/// One line, bar group or sparkline of a chart: an indicator's levels in one city.
public struct ResolvedSeries: Sendable {
    public var city: City
    public var indicator: Indicator
    /// Levels within the chart's years, by year ascending.
    public var observations: [Observation]
}

/// A chart block with its data looked up: what the chart will draw.
public struct ResolvedChart: Sendable {
    public var spec: ChartSpec
    public var indicators: [Indicator]
    public var cities: [City]
    /// One per (city, indicator) that has levels in the years, cities outer, indicators inner.
    public var series: [ResolvedSeries]
    /// For `change` charts: the reported changes drawn, with their city.
    public var changes: [(city: City, change: Change)]
}

/// Looks up a chart block's data, saying precisely what is missing when the data does not exist.
public struct ChartResolver: Sendable {
    public let site: Site

    public init(site: Site) { self.site = site }

    /// `pageCity` is the report's city, or nil on a free page.
    public func resolve(_ spec: ChartSpec, pageCity: String?) -> Result<ResolvedChart, Diagnostic> {
        let at = { (key: String) in spec.keyLocations[key] ?? spec.location }
        // Indicators.
        var indicators: [Indicator] = []
        for id in spec.indicators {
            guard let indicator = site.indicator(id) else {
                let key = spec.keyLocations["indicator"] != nil && spec.indicators.first == id ? "indicator" : "indicators"
                return .failure(.error("unknown indicator '\(id)' in this chart", at: at(key),
                                       suggestion: Suggestion.didYouMean(id, among: site.indicators.map(\.id))))
            }
            indicators.append(indicator)
        }
        if spec.type == .line || spec.type == .column || spec.type == .bar, let first = indicators.first,
           let other = indicators.first(where: { $0.unit != first.unit }) {
            return .failure(.error("a \(spec.type.rawValue) chart draws indicators of one unit, but '\(first.id)' and '\(other.id)' have different units",
                                   at: at("indicators")))
        }
        if spec.type == .kpi, indicators.count > 1 {
            return .failure(.error("a kpi chart shows one indicator; give just 'indicator'", at: at("indicators")))
        }
        // Cities.
        guard let cityIDs = spec.cities ?? pageCity.map({ [$0] }) else {
            return .failure(.error("a chart on a free page must name its 'cities', e.g. cities: [\(site.cities.first?.id ?? "dongguan")]",
                                   at: spec.location))
        }
        var cities: [City] = []
        for id in cityIDs {
            guard let city = site.city(id) else {
                return .failure(.error("unknown city '\(id)' in this chart", at: at("cities"),
                                       suggestion: Suggestion.didYouMean(id, among: site.cities.map(\.id))))
            }
            cities.append(city)
        }
        if cities.isEmpty { return .failure(.error("'cities' lists no city", at: at("cities"))) }
        if spec.type == .kpi, cities.count > 1 {
            return .failure(.error("a kpi chart shows one city's figure; give one city", at: at("cities")))
        }
        let inYears = { (year: Int) in spec.years?.contains(year) ?? true }
        let yearsText = spec.years.map { $0.first == $0.last ? " in \($0.first)" : " in \($0.first)–\($0.last)" } ?? ""

        if spec.type == .change {
            var changes: [(city: City, change: Change)] = []
            var multiples: [Change] = []
            for city in cities {
                for change in city.changes.sorted(by: { ($0.indicator, $0.from, $0.to) < ($1.indicator, $1.from, $1.to) })
                where (indicators.isEmpty || indicators.contains { $0.id == change.indicator }) && inYears(change.from) && inYears(change.to) {
                    // A multiple (为2015年的6.5倍) has no place on a scale of percentages or points:
                    // it is stated in words, never drawn as a bar beside them.
                    if change.kind == .ratio { multiples.append(change); continue }
                    changes.append((city, change))
                }
            }
            if let multiple = multiples.first, changes.isEmpty || !indicators.isEmpty {
                let reference = "[[\(multiple.indicator)@\(multiple.from)..\(multiple.to)]]"
                return .failure(.error("the change of '\(multiple.indicator)' from \(multiple.from) to \(multiple.to) is a multiple ('ratio'), which a change chart does not draw",
                                       at: at(spec.keyLocations["indicator"] != nil ? "indicator" : spec.keyLocations["indicators"] != nil ? "indicators" : "type"),
                                       suggestion: "state it in the text with \(reference) and leave it out of the chart's indicators"))
            }
            guard !changes.isEmpty else {
                let what = indicators.isEmpty ? "" : " of \(indicators.map { "'\($0.id)'" }.joined(separator: ", "))"
                return .failure(.error("there is no reported change\(what) for \(cities.map(\.id).joined(separator: ", "))\(yearsText) to draw",
                                       at: at(spec.keyLocations["indicator"] != nil ? "indicator" : "type")))
            }
            let used = Set(changes.map(\.change.indicator))
            let drawn = indicators.isEmpty ? site.indicators.filter { used.contains($0.id) } : indicators
            return .success(ResolvedChart(spec: spec, indicators: drawn, cities: cities, series: [], changes: changes))
        }

        var series: [ResolvedSeries] = []
        for city in cities {
            for indicator in indicators {
                // Totals and averages over several years never stand on a year axis among
                // single-year values, nor beside them in a comparison.
                var observations = city.yearLevels(of: indicator.id).filter { inYears($0.year) }
                if spec.type == .kpi {
                    // A kpi over exactly a period shows its value; an indicator given only over
                    // periods shows its latest.
                    if let years = spec.years, years.first < years.last,
                       let total = city.periodValue(indicator.id, from: years.first, to: years.last) {
                        observations = [total]
                    } else if observations.isEmpty, let total = city.periodValues(of: indicator.id).last(where: { inYears($0.year) }) {
                        observations = [total]
                    }
                }
                if !observations.isEmpty { series.append(ResolvedSeries(city: city, indicator: indicator, observations: observations)) }
            }
        }
        for city in cities where !series.contains(where: { $0.city.id == city.id }) {
            let periods = indicators.flatMap { city.periodValues(of: $0.id) }.compactMap(\.period)
            if !periods.isEmpty, indicators.allSatisfy({ city.yearLevels(of: $0.id).filter { inYears($0.year) }.isEmpty }) {
                let spans = periods.map { "\($0.first)..\($0.last) (\($0.aggregate.rawValue))" }.joined(separator: ", ")
                return .failure(.error("\(city.id) gives \(indicators.map { "'\($0.id)'" }.joined(separator: ", ")) only over periods of several years, \(spans), which a \(spec.type.rawValue) chart does not draw among single years",
                                       at: at("type"), suggestion: "show it with type: kpi, or refer to it in the text"))
            }
            let years = Set(indicators.flatMap { city.observations(of: $0.id).map(\.year) }).sorted().map(String.init)
            return .failure(.error("\(city.id) has no value of \(indicators.map { "'\($0.id)'" }.joined(separator: ", "))\(yearsText) to draw",
                                   at: at(spec.keyLocations["years"] != nil ? "years" : "indicator"),
                                   suggestion: years.isEmpty ? nil : "years with a value: \(years.joined(separator: ", "))"))
        }
        return .success(ResolvedChart(spec: spec, indicators: indicators, cities: cities, series: series, changes: []))
    }
}

extension ResolvedChart {
    /// How many values the chart draws: its changes, its bars (a bar per year for one city's
    /// one indicator, else each series' latest value), or the points of its series.
    public var drawnValueCount: Int {
        switch spec.type {
        case .change: changes.count
        case .bar where cities.count == 1 && indicators.count == 1: series.first?.observations.count ?? 0
        case .bar: series.count
        case .kpi: series.first.map { min($0.observations.count, 1) } ?? 0
        case .line, .column: series.reduce(0) { $0 + $1.observations.count }
        }
    }

    /// Whether it is drawn as a figure (number, unit, period, source) rather than as a chart:
    /// a key figure, or any chart of one value, since a chart compares at least two.
    public var isSingleFigure: Bool { spec.type == .kpi || drawnValueCount == 1 }

    /// For an author's chart block (not a `kpi`) that draws one value: a warning at its line
    /// saying it is shown as a figure, and how to write the value in the text instead.
    public var singleValueWarning: Diagnostic? {
        guard spec.type != .kpi, drawnValueCount == 1, spec.location.file != "(generated)" else { return nil }
        let reference: String
        if let entry = changes.first {
            reference = "[[\(entry.change.indicator)@\(entry.change.from)..\(entry.change.to)]]"
        } else if let drawn = series.first, let observation = drawn.observations.last {
            let city = spec.cities == nil ? "" : "\(drawn.city.id):"
            reference = "[[\(city)\(drawn.indicator.id)@\(observation.year)]]"
        } else {
            return nil
        }
        return .warning("this \(spec.type.rawValue) chart draws one value: a chart compares at least two (years of a series, or cities or indicators of one year), so it is shown as a figure",
                        at: spec.location,
                        suggestion: "write the value in the text as \(reference), or widen the chart's 'years', 'cities' or 'indicators' to something to compare")
    }
}
