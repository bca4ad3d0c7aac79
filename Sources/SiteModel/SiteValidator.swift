import Diagnostics
import Formatting

/// Stage two: checks a loaded site against itself — ids that must exist, values in range,
/// changes that agree with levels, charts and figure references that have data.
public struct SiteValidator {
    public let site: Site

    public init(site: Site) { self.site = site }

    public func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for city in site.cities {
            diagnostics += validateData(of: city)
            for report in city.reports {
                diagnostics += missingLanguages(report.narratives, what: "report '\(report.id)'")
                for narrative in report.narratives.values.sorted(by: { $0.path < $1.path }) {
                    diagnostics += validate(narrative, city: city.id)
                }
            }
        }
        for page in site.pages {
            diagnostics += missingLanguages(page.narratives, what: "page '\(page.slug)'")
            for narrative in page.narratives.values.sorted(by: { $0.path < $1.path }) {
                diagnostics += validate(narrative, city: nil)
            }
        }
        return diagnostics
    }

    // MARK: - Data

    private func validateData(of city: City) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let indicatorIDs = site.indicators.map(\.id)
        let checkSource = { (id: String?, at: SourceLocation) in
            if let id {
                if !city.sources.contains(where: { $0.id == id }) {
                    diagnostics.append(.error("unknown source '\(id)'; \(city.id)'s sources are \(city.sources.map(\.id).joined(separator: ", "))",
                                              at: at, suggestion: Suggestion.didYouMean(id, among: city.sources.map(\.id))))
                }
            } else if city.sources.count > 1 {
                diagnostics.append(.error("name the 'source' of this figure: \(city.id) has \(city.sources.count) sources (\(city.sources.map(\.id).joined(separator: ", ")))",
                                          at: at))
            }
        }
        var seen: [String: Observation] = [:]
        for observation in city.observations {
            checkSource(observation.source, observation.location)
            guard let indicator = site.indicator(observation.indicator) else {
                diagnostics.append(.error("unknown indicator '\(observation.indicator)'", at: observation.location,
                                          suggestion: Suggestion.didYouMean(observation.indicator, among: indicatorIDs)))
                continue
            }
            let key = "\(observation.indicator)@\(observation.year)"
            if let first = seen[key] {
                diagnostics.append(.error("\(observation.indicator) in \(observation.year) is given twice (also at \(first.location))",
                                          at: observation.location))
                continue
            }
            seen[key] = observation
            if let range = indicator.range, !range.contains(observation.value) {
                diagnostics.append(.error("\(format(observation.value)) is outside the range of \(indicator.id) (\(format(range.lowerBound)) to \(format(range.upperBound)))",
                                          at: observation.location))
            }
        }
        var seenChanges: [String: Change] = [:]
        for change in city.changes {
            checkSource(change.source, change.location)
            guard let indicator = site.indicator(change.indicator) else {
                diagnostics.append(.error("unknown indicator '\(change.indicator)'", at: change.location,
                                          suggestion: Suggestion.didYouMean(change.indicator, among: indicatorIDs)))
                continue
            }
            let key = "\(change.indicator)@\(change.from)..\(change.to)"
            if let first = seenChanges[key] {
                diagnostics.append(.error("the change of \(change.indicator) from \(change.from) to \(change.to) is given twice (also at \(first.location))",
                                          at: change.location))
                continue
            }
            seenChanges[key] = change
            if change.kind == .points, indicator.unit != .percent {
                diagnostics.append(.error("'points' (percentage points) is only for percent indicators; \(indicator.id) is not in percent: use 'relative' for a percent change or 'absolute'",
                                          at: change.location))
                continue
            }
            if let a = city.level(change.indicator, year: change.from), let b = city.level(change.indicator, year: change.to),
               !ChangeConsistency.agrees(change.quantity, kind: change.kind, from: a.quantity, to: b.quantity) {
                let computed = ChangeConsistency.allowedRange(kind: change.kind, from: a.quantity, to: b.quantity)
                let expected = computed.map { format(($0.lowerBound + $0.upperBound) / 2) } ?? "?"
                let unit = change.kind == .relative ? "%" : change.kind == .points ? " points" : ""
                diagnostics.append(.error("this change (\(change.kind.rawValue) \(format(change.value))\(unit)) disagrees with the levels \(format(a.value)) in \(change.from) and \(format(b.value)) in \(change.to), which give about \(expected)\(unit)",
                                          at: change.location,
                                          suggestion: change.kind == .relative && indicator.unit == .percent ? "is it a change in percentage points ('points')?" : nil))
            }
        }
        return diagnostics
    }

    // MARK: - Narratives

    private func missingLanguages(_ narratives: [String: Narrative], what: String) -> [Diagnostic] {
        guard let existing = narratives.values.map(\.path).sorted().first else { return [] }
        return site.config.languageCodes.filter { narratives[$0] == nil }.map {
            .warning("\(what) has no '\($0)' version; its \($0) page will say so and link to the versions that exist",
                     at: SourceLocation(file: existing))
        }
    }

    private func validate(_ narrative: Narrative, city: String?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let resolver = ChartResolver(site: site)
        for spec in narrative.charts {
            if case .failure(let diagnostic) = resolver.resolve(spec, pageCity: city) { diagnostics.append(diagnostic) }
        }
        for reference in narrative.figures {
            if case .failure(let diagnostic) = FigureResolver(site: site).resolve(reference, pageCity: city) { diagnostics.append(diagnostic) }
        }
        return diagnostics
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
