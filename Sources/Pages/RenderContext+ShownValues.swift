import Markdown
import SiteModel
import Theme

extension RenderContext {
    /// Records a value a page shows: its source for the page's footer and, when it was
    /// derived, how, for the page's notes.
    package func record(_ observation: Observation, of indicator: Indicator, in city: City, on page: PageState) {
        cite(observation.source, of: city, on: page)
        noteDerivation(of: observation, indicator: indicator, city: city, on: page)
    }

    /// Cites a source of a city (its only source when `source` is nil) in the page's footer.
    package func cite(_ source: String?, of city: City, on page: PageState) {
        page.cite(city: city.id, source: source ?? city.source(nil)?.id)
    }

    /// A value's note, once per page, with what it is about (`丙市 · 散乱污整治 · 2016—2020年累计`);
    /// its number on the page, or nil when it has none.
    @discardableResult
    package func noteOf(_ observation: Observation, indicator: Indicator, city: City, on page: PageState) -> Int? {
        guard let note = observation.note else { return nil }
        let code = page.language.code
        return page.note(key: "\(city.id)/\(indicator.id)/\(observation.period.map { "\($0.first)-\($0.last)" } ?? String(observation.year))",
                         what: "\(text(city.name, code)!) · \(text(indicator.name, code)!) · \(formatter(code).when(observation))",
                         text: text(note, code)!)
    }

    /// A reported change's note, once per page; its number on the page, or nil when it has none.
    @discardableResult
    package func noteOf(_ change: Change, indicator: Indicator, city: City, on page: PageState) -> Int? {
        guard let note = change.note else { return nil }
        let code = page.language.code
        return page.note(key: "\(city.id)/\(indicator.id)/\(change.from)..\(change.to)",
                         what: "\(text(city.name, code)!) · \(text(indicator.name, code)!) · \(formatter(code).years(change.from, change.to))",
                         text: text(note, code)!)
    }

    /// A superscript link to a note at the foot of the page, after a figure in text or on a
    /// card (the `notemarker` partial).
    package func noteMarker(_ number: Int?, on page: PageState) -> String {
        guard let number else { return "" }
        return formatter(page.language.code).html(NoteMarker(number: number))
    }

    /// Adds a change the site computed from two levels to the page's derived values, once,
    /// saying so in the reader's language with the two levels; its levels' own derivations,
    /// if any, too. A reported change adds nothing.
    package func noteComputation(of change: ChangeFigure, indicator: Indicator, city: City, on page: PageState) {
        guard change.isComputed, let levels = change.levels else { return }
        noteDerivation(of: levels.from, indicator: indicator, city: city, on: page)
        noteDerivation(of: levels.to, indicator: indicator, city: city, on: page)
        let code = page.language.code
        let format = formatter(code)
        let (open, close) = (strings.text("paren_open", code), strings.text("paren_close", code))
        let how = strings.text("computed_change", code)
            .replacingOccurrences(of: "{fromValue}", with: format.value(levels.from, indicator))
            .replacingOccurrences(of: "{toValue}", with: format.value(levels.to, indicator))
            .replacingOccurrences(of: "{from}", with: format.year(change.from))
            .replacingOccurrences(of: "{to}", with: format.year(change.to))
        page.noteDerived(key: "\(city.id)/\(indicator.id)/\(change.from)..\(change.to)",
                         what: "\(text(city.name, code)!) · \(text(indicator.name, code)!) · \(format.years(change.from, change.to))"
                            + open + format.change(change, indicator, form: .words) + close,
                         how: how)
    }

    /// Adds a derived value to the page's notes, once, with how it was computed.
    package func noteDerivation(of observation: Observation, indicator: Indicator, city: City, on page: PageState) {
        guard let derived = observation.derived else { return }
        let code = page.language.code
        let format = formatter(code)
        page.noteDerived(key: "\(city.id)/\(indicator.id)/\(observation.year)",
                         what: "\(text(city.name, code)!) · \(text(indicator.name, code)!) · \(format.when(observation))\(strings.text("paren_open", code))\(format.value(observation, indicator))\(strings.text("paren_close", code))",
                         how: text(derived, code)!)
    }
}
