import SiteModel

extension RenderContext {
    /// Records a value a page shows: its source for the page's footer and, when it was
    /// derived, how, for the page's notes.
    func record(_ observation: Observation, of indicator: Indicator, in city: City, on page: PageState) {
        cite(observation.source, of: city, on: page)
        noteDerivation(of: observation, indicator: indicator, city: city, on: page)
    }

    /// Cites a source of a city (its only source when `source` is nil) in the page's footer.
    func cite(_ source: String?, of city: City, on page: PageState) {
        page.cite(city: city.id, source: source ?? city.source(nil)?.id)
    }

    /// Adds a derived value to the page's notes, once, with how it was computed.
    func noteDerivation(of observation: Observation, indicator: Indicator, city: City, on page: PageState) {
        guard let derived = observation.derived else { return }
        let code = page.language.code
        let format = formatter(code)
        page.noteDerived(key: "\(city.id)/\(indicator.id)/\(observation.year)",
                         what: "\(text(city.name, code)!) · \(text(indicator.name, code)!) · \(format.when(observation))\(code.hasPrefix("zh") ? "：" : ": ")\(format.value(observation, indicator))",
                         how: text(derived, code)!)
    }
}
