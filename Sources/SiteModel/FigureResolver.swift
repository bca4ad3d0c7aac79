import Diagnostics

/// What a `[[…]]` reference stands for.
public enum ResolvedFigure: Sendable {
    case level(city: City, indicator: Indicator, observation: Observation)
    case change(city: City, indicator: Indicator, change: ChangeFigure)
}

/// Looks up a figure reference's value, saying precisely what is missing when it does not exist.
public struct FigureResolver {
    public let site: Site

    public init(site: Site) { self.site = site }

    public func resolve(_ reference: FigureReference, pageCity: String?) -> Result<ResolvedFigure, Diagnostic> {
        let at = reference.location
        guard let cityID = reference.city ?? pageCity else {
            return .failure(.error("[[\(reference.raw)]] on a free page must name its city, e.g. [[\(site.cities.first?.id ?? "dongguan"):\(reference.raw)]]", at: at))
        }
        guard let city = site.city(cityID) else {
            return .failure(.error("unknown city '\(cityID)' in [[\(reference.raw)]]", at: at,
                                   suggestion: Suggestion.didYouMean(cityID, among: site.cities.map(\.id))))
        }
        guard let indicator = site.indicator(reference.indicator) else {
            return .failure(.error("unknown indicator '\(reference.indicator)' in [[\(reference.raw)]]", at: at,
                                   suggestion: Suggestion.didYouMean(reference.indicator, among: site.indicators.map(\.id))))
        }
        switch reference.selection {
        case .latest:
            guard let observation = city.latest(indicator.id) else {
                return .failure(.error("\(city.id) has no value of \(indicator.id) for [[\(reference.raw)]]", at: at))
            }
            return .success(.level(city: city, indicator: indicator, observation: observation))
        case .year(let year):
            guard let observation = city.value(indicator.id, year: year) else {
                let years = city.observations(of: indicator.id).map { String($0.year) }
                return .failure(.error("\(city.id) has no value of \(indicator.id) in \(year) for [[\(reference.raw)]]", at: at,
                                       suggestion: years.isEmpty ? nil : "years with a value: \(years.joined(separator: ", "))"))
            }
            return .success(.level(city: city, indicator: indicator, observation: observation))
        case .change(let from, let to):
            guard from < to else {
                return .failure(.error("[[\(reference.raw)]] runs backwards: the first year must come before the second", at: at))
            }
            let reportedChange = city.changes.contains { $0.indicator == indicator.id && $0.from == from && $0.to == to }
            // A value over exactly these years (a five-year total) is what such a span names
            // when the source reports no change over it.
            if !reportedChange, let total = city.periodValue(indicator.id, from: from, to: to) {
                guard reference.form == .words else {
                    return .failure(.error("[[\(reference.raw)]] is the \(total.period!.aggregate.rawValue) over \(from)–\(to), not a change: '\(reference.form.rawValue)' is for changes",
                                           at: at, suggestion: "write [[\(reference.raw.split(separator: " ")[0])]]"))
                }
                return .success(.level(city: city, indicator: indicator, observation: total))
            }
            if !reportedChange, let bounded = city.levelProblem(indicator.id, from: from, to: to) {
                let what = bounded.bound == .about ? "approximate (bound: about)" : bounded.bound.map { "a bound (bound: \($0.rawValue))" } ?? "not exact"
                return .failure(.error("[[\(reference.raw)]] would compute the change of \(indicator.id) from the values of \(from) and \(to), but the \(bounded.year) value is \(what): a bound or an approximation is never used to compute another figure",
                                       at: at, suggestion: "quote the source's own change under 'changes' in \(city.id)'s city.yaml, or refer to the two values separately"))
            }
            guard let change = city.change(indicator, from: from, to: to) else {
                let reported = city.changes(of: indicator.id).map { "\($0.from)..\($0.to)" }
                return .failure(.error("\(city.id) has neither a reported change of \(indicator.id) from \(from) to \(to) nor values in both years for [[\(reference.raw)]]",
                                       at: at, suggestion: reported.isEmpty ? nil : "reported changes: \(reported.joined(separator: ", "))"))
            }
            return .success(.change(city: city, indicator: indicator, change: change))
        }
    }
}
