import Diagnostics

/// Part of validation: what a city page opens with. Each `headline:` id must be a catalogue
/// indicator the city has a value (or a reported change) for; a city page with no lede in a language (no `summary`,
/// and no report in that language with one) is a warning.
struct CityStoryCheck {
    let site: Site
    let city: City

    func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let indicatorIDs = site.indicators.map(\.id)
        for choice in city.headline ?? [] {
            guard !site.unreadable.covers(indicator: choice.indicator) else { continue }
            guard site.indicator(choice.indicator) != nil else {
                diagnostics.append(.error("unknown indicator '\(choice.indicator)' in 'headline': it is not defined in Content/indicators.yaml",
                                          at: choice.location,
                                          suggestion: Suggestion.didYouMean(choice.indicator, among: indicatorIDs)
                                              ?? "add it to Content/indicators.yaml, or check the spelling"))
                continue
            }
            // A headline card shows the latest level, else the latest reported change.
            guard !city.hasData(choice.indicator), !city.unreadableIndicators.contains(choice.indicator) else { continue }
            diagnostics.append(.error("\(city.id) has no value of '\(choice.indicator)' to show as a headline figure: add one under 'observations' or 'changes', or choose another indicator",
                                      at: choice.location,
                                      suggestion: Suggestion.didYouMean(choice.indicator, among: city.indicatorIDs)))
        }
        for code in site.config.languageCodes where !hasLede(in: code) {
            diagnostics.append(.warning("\(city.id)'s page in '\(code)' opens with no lede: the city has no 'summary', and none of its reports in '\(code)' has one",
                                        at: city.location,
                                        suggestion: "add 'summary: { \(site.config.languageCodes.map { "\($0): …" }.joined(separator: ", ")) }' to city.yaml: a sentence or two on what happened"))
        }
        return diagnostics
    }

    /// Whether the city page in a language has a lede: the city's summary, or a report's there.
    private func hasLede(in code: String) -> Bool {
        if city.summary != nil { return true }
        return city.reports.contains { $0.narratives[code]?.frontMatter.summary?.isEmpty == false }
    }
}
