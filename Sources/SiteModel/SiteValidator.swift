import Diagnostics
import Formatting
import Foundation

/// Stage two: checks a loaded site against itself — ids that must exist, values in range,
/// changes that agree with levels, charts and figure references that have data.
///
/// Narratives are checked one at a time (`bind`), and nothing of them is kept: `check` binds
/// each and drops it, a build binds each when it renders its page.
public struct SiteValidator: Sendable {
    public let site: Site

    public init(site: Site) {
        self.site = site
    }

    /// Every problem: the data's and every narrative's. Narratives are bound on all cores
    /// (each on its own) and their problems taken in site order.
    public func validate() -> [Diagnostic] {
        // A converted version's problems are its original's, reported with it.
        let narratives = site.narratives.filter { $0.narrative.convertedFrom == nil }
        let problems = concurrentMap(narratives.count) { bind(narratives[$0].narrative, city: narratives[$0].city).diagnostics }
        return validateData() + problems.flatMap { $0 }
    }

    /// The problems of everything but the narratives' bodies: the cities' data, and reports
    /// or pages missing a language.
    public func validateData() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for city in site.cities {
            diagnostics += validateData(of: city)
            for report in city.reports {
                diagnostics += missingLanguages(report.narratives, what: "report '\(report.id)'")
            }
        }
        for page in site.pages {
            diagnostics += missingLanguages(page.narratives, what: "page '\(page.slug)'")
        }
        return diagnostics
    }

    /// A narrative parsed, its charts and figure references bound to their data, and the
    /// problems of both (what rendering its page uses, and what `check` reports).
    public struct BoundNarrative: Sendable {
        public var parsed: ParsedNarrative
        public var bindings: NarrativeBindings
        /// The body's problems, then the bindings'.
        public var diagnostics: [Diagnostic]
    }

    /// Parses one narrative and binds it; `city` is the report's city, nil for a free page.
    public func bind(_ narrative: Narrative, city: String?) -> BoundNarrative {
        let parsed = narrative.parsed(languages: site.config.languageCodes)
        var diagnostics = parsed.diagnostics
        var bindings = NarrativeBindings()
        let resolver = ChartResolver(site: site)
        for spec in parsed.charts {
            switch resolver.resolve(spec, pageCity: city) {
            case .success(let chart):
                bindings.charts[spec.location.line] = bindings.charts[spec.location.line] ?? chart
                // A chart of one value is drawn as a figure; its author is told (issue 22), unless
                // its data lost a value to an error already reported.
                if let warning = chart.singleValueWarning,
                   !concernsUnreadable(cities: chart.cities.map(\.id), indicators: chart.indicators.map(\.id)) {
                    diagnostics.append(warning)
                }
            case .failure(let diagnostic):
                if !concernsUnreadable(cities: spec.cities ?? city.map { [$0] } ?? [], indicators: spec.indicators) {
                    diagnostics.append(diagnostic)
                }
            }
        }
        let figureResolver = FigureResolver(site: site)
        for reference in parsed.figures {
            switch figureResolver.resolve(reference, pageCity: city) {
            case .success(let figure): bindings.figures[reference.location] = bindings.figures[reference.location] ?? figure
            case .failure(let diagnostic):
                if !concernsUnreadable(cities: (reference.city ?? city).map { [$0] } ?? [], indicators: [reference.indicator]) {
                    diagnostics.append(diagnostic)
                }
            }
        }
        return BoundNarrative(parsed: parsed, bindings: bindings, diagnostics: diagnostics)
    }

    // MARK: - Data

    private func validateData(of city: City) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let indicatorIDs = site.indicators.map(\.id)
        let checkSource = { (id: String?, at: SourceLocation, itemAt: SourceLocation) in
            if let id {
                if !city.sources.contains(where: { $0.id == id }) {
                    diagnostics.append(.error("unknown source '\(id)': \(city.id)'s sources are \(city.sources.map { "'\($0.id)'" }.joined(separator: ", "))",
                                              at: at, suggestion: Suggestion.didYouMean(id, among: city.sources.map(\.id))))
                }
            } else if city.sources.count > 1 {
                diagnostics.append(.error("add 'source' to say where this figure comes from: \(city.id) has \(city.sources.count) sources (\(city.sources.map(\.id).joined(separator: ", ")))",
                                          at: itemAt))
            }
        }
        let unknownIndicator = { (id: String, at: SourceLocation) in
            guard !site.unreadable.covers(indicator: id) else { return }
            diagnostics.append(.error("unknown indicator '\(id)': it is not defined in Content/indicators.yaml", at: at,
                                      suggestion: Suggestion.didYouMean(id, among: indicatorIDs) ?? "add it to Content/indicators.yaml, or check the spelling"))
        }
        var seen: [String: Observation] = [:]
        var outOfRange = Set<String>()
        for observation in city.observations {
            checkSource(observation.source, observation.location(of: "source"), observation.location)
            guard let indicator = site.indicator(observation.indicator) else {
                unknownIndicator(observation.indicator, observation.location(of: "indicator"))
                continue
            }
            // A value over a period may stand beside the single-year value of its last year.
            let key = "\(observation.indicator)@" + (observation.period.map { "\($0.first)..\($0.last)" } ?? "\(observation.year)")
            if let first = seen[key] {
                let when = observation.period.map { "over \($0.first)..\($0.last)" } ?? "in \(observation.year)"
                diagnostics.append(.error("\(observation.indicator) \(when) is given twice (also at \(place(first.location, from: observation.location))): keep one value",
                                          at: observation.location))
                continue
            }
            seen[key] = observation
            if let range = indicator.range, !range.contains(observation.value) {
                outOfRange.insert(key)
                diagnostics.append(.error("\(ValueText.plain(observation.value)) is outside the possible range of \(indicator.id), \(ValueText.plain(range.lowerBound)) to \(ValueText.plain(range.upperBound)): check the figure",
                                          at: observation.location(of: "value")))
            }
        }
        var seenChanges: [String: Change] = [:]
        for change in city.changes {
            checkSource(change.source, change.location(of: "source"), change.location)
            guard let indicator = site.indicator(change.indicator) else {
                unknownIndicator(change.indicator, change.location(of: "indicator"))
                continue
            }
            let key = "\(change.indicator)@\(change.from)..\(change.to)"
            if let first = seenChanges[key] {
                diagnostics.append(.error("the change of \(change.indicator) from \(change.from) to \(change.to) is given twice (also at \(place(first.location, from: change.location))): keep one",
                                          at: change.location))
                continue
            }
            seenChanges[key] = change
            let kindAt = change.location(of: change.kind.rawValue)
            if change.kind == .points, indicator.unit != .percent {
                diagnostics.append(.error("'points' (percentage points) is only for indicators in percent, and \(indicator.id) is not: write 'relative' for a change in percent, or 'absolute' for one in the indicator's unit",
                                          at: kindAt))
                continue
            }
            // A level outside its range is reported already; comparing with it would repeat that.
            // A bound or an approximation cannot be checked against: it is not the exact figure.
            if change.bound == nil,
               let a = city.level(change.indicator, year: change.from), let b = city.level(change.indicator, year: change.to),
               a.isExactLevel, b.isExactLevel,
               !outOfRange.contains("\(change.indicator)@\(change.from)"), !outOfRange.contains("\(change.indicator)@\(change.to)"),
               !ChangeConsistency.agrees(change.quantity, kind: change.kind, from: a.quantity, to: b.quantity) {
                diagnostics.append(disagreement(change, indicator: indicator, from: a, to: b, at: kindAt))
            }
        }
        diagnostics += EvidenceCheck(city: city, requireQuotes: site.config.requireQuotes).diagnostics()
        diagnostics += CityStoryCheck(site: site, city: city).diagnostics()
        return diagnostics
    }

    /// A reported change that the levels contradict, with what the levels give: the plain
    /// change between the two values as written (what a reader works out by hand), and the
    /// span the check accepts because each figure is rounded to the digits it was written with.
    private func disagreement(_ change: Change, indicator: Indicator, from a: Observation, to b: Observation, at: SourceLocation) -> Diagnostic {
        let unit = change.kind == .relative ? "%" : change.kind == .points ? " percentage points" : change.kind == .ratio ? " times" : ""
        // A percentage to at least one decimal; a multiple two digits finer than written (6.5
        // against 6.494–6.502); a difference to the digits of its figures.
        let decimals = change.kind == .ratio ? max(3, change.quantity.decimals + 2)
            : change.kind == .relative ? max(1, change.quantity.decimals)
            : max(change.quantity.decimals, a.quantity.decimals, b.quantity.decimals)
        // A multiple is unsigned: it is no rise or fall.
        let show = { (value: Double, decimals: Int) in change.kind == .ratio ? String(format: "%.\(min(decimals, 6))f", value) : self.signed(value, decimals: decimals) }
        let written = show(change.value, change.quantity.decimals)
        let plain: Double? = switch change.kind {
        case .relative: a.value == 0 ? nil : (b.value - a.value) / abs(a.value) * 100
        case .ratio: a.value == 0 ? nil : b.value / a.value
        case .points, .absolute: b.value - a.value
        }
        let expected: String
        if let plain, let range = ChangeConsistency.allowedRange(kind: change.kind, from: a.quantity, to: b.quantity) {
            let low = show(range.lowerBound, decimals), high = show(range.upperBound, decimals)
            let span = change.kind == .relative ? "\(low)% to \(high)%" : "\(low) to \(high)\(unit)"
            expected = " give \(show(plain, decimals))\(unit) (\(span) allowing for their rounding)"
        } else {
            expected = " do not give it"
        }
        let values = "\(ValueText.plain(a.value)) in \(change.from) and \(ValueText.plain(b.value)) in \(change.to)"
        return .error("the reported change of \(written)\(unit) from \(change.from) to \(change.to) disagrees with the values, \(values), which\(expected): check these three figures",
                      at: at,
                      suggestion: change.kind == .relative && indicator.unit == .percent ? "is it a change in percentage points? then write 'points' instead of 'relative'" : nil)
    }

    /// A location as `line N` when in the same file as `other`, else in full.
    private func place(_ location: SourceLocation, from other: SourceLocation) -> String {
        location.file == other.file && location.line > 0 ? "line \(location.line)" : location.description
    }

    /// `+5.3`, `-5.3`, `0.0`: a sign on all but zero as printed (never `-0.0` or `+0.0`).
    private func signed(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(min(decimals, 6))f", value)
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard digits.contains(where: { $0 != "0" && $0 != "." }) else { return digits }
        return value > 0 ? "+" + digits : text
    }

    // MARK: - Narratives

    private func missingLanguages(_ narratives: [String: Narrative], what: String) -> [Diagnostic] {
        guard let existing = narratives.values.map(\.path).sorted().first, let sample = narratives.values.first else { return [] }
        // A version whose file exists but could not be read, or is misnamed, has its own error already.
        let key = String(sample.path.dropLast(".\(sample.language).md".count))
        guard !site.unreadable.narratives.contains(key) else { return [] }
        return site.config.languageCodes.filter { narratives[$0] == nil }.map {
            .warning("\(what) has no '\($0)' version; its \($0) page will say so and link to the versions that exist",
                     at: SourceLocation(file: existing))
        }
    }

    /// Whether a chart or figure touches content whose problem is already reported; its own
    /// failure would only repeat that problem.
    private func concernsUnreadable(cities: [String], indicators: [String]) -> Bool {
        if cities.contains(where: site.unreadable.cities.contains) { return true }
        if indicators.contains(where: site.unreadable.covers(indicator:)) { return true }
        return cities.contains { id in
            guard let city = site.city(id) else { return false }
            return indicators.contains { city.unreadableIndicators.contains($0) || probablyMeant(by: city).contains($0) }
        }
    }

    /// Indicators a city's data probably meant: the nearest known id to each misspelt one. A
    /// reference to them may fail only because of the misspelling, which is reported already.
    /// Worked out only for a reference that failed, so binding a page costs nothing for it.
    private func probablyMeant(by city: City) -> Set<String> {
        let known = site.indicators.map(\.id)
        var meant = Set<String>()
        for id in city.indicatorIDs where site.indicator(id) == nil {
            if let nearest = Suggestion.nearest(to: id, among: known) { meant.insert(nearest) }
        }
        return meant
    }
}
