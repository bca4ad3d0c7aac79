import Diagnostics

/// Part of validation: what a city page opens with. Each `headline:` id must be a catalogue
/// indicator the city has a value (or a reported change) for; a city with reports but no
/// lede (no `summary`, and no report with one) is a warning.
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
        if !hasLede {
            diagnostics.append(.warning("\(city.id)'s page opens with no lede: the city has no 'summary', and none of its reports has one",
                                        at: city.location,
                                        suggestion: "add 'summary: { \(site.config.languageCodes.map { "\($0): …" }.joined(separator: ", ")) }' to city.yaml: a sentence or two on what happened"))
        }
        return diagnostics
    }

    /// Whether the city page has a lede (the city's summary, or a report's), or needs none: a
    /// city with no report tells no story yet, and its page opens with its figures (so a site
    /// of data alone stays clean under --strict). A language whose reports have no summary
    /// while another's do is left to the author: the page there opens with its figures.
    private var hasLede: Bool {
        if city.summary != nil { return true }
        // A report that could not be read (a misspelt `summary:`) is reported already, where it was made.
        if site.unreadable.narratives.contains(where: { $0.hasPrefix("Content/cities/\(city.id)/") }) { return true }
        let narratives = city.reports.flatMap(\.narratives.values)
        return narratives.isEmpty || narratives.contains { $0.frontMatter.summary?.isEmpty == false }
    }
}
