import SiteModel
import Theme

/// Where a change's period stands beside it.
package enum ChangePeriod {
    /// In its own `<span class="period">`: table rows and indicator figures, which style it apart.
    case apart
    /// Run on after the figure: headline cards.
    case runOn
    /// Not shown: the change is the figure, its period stands where a level's year would.
    case none
}

extension RenderContext {
    /// A level as a city's table rows and headline cards and an indicator's figures show it:
    /// the figure with its bound, linked to its quote, and its note's marker. Records it.
    package func levelHTML(_ level: Observation, _ indicator: Indicator, city: City, on page: PageState) -> HTML {
        let format = formatter(page.language.code)
        record(level, of: indicator, in: city, on: page)
        return HTML(trusted: format.html(level.quantity, text: format.value(level, indicator), derived: level.isDerived,
                                         evidence: evidenceHref(level, city: city, on: page))
            + noteMarker(noteOf(level, indicator: indicator, city: city, on: page), on: page))
    }

    /// A change as the same places show it (the `figurechange` partial): the arrow, its signed
    /// size linked to its quote when reported, the notes of the levels it rests on (but
    /// `latest`'s, whose marker stands with the value beside it) and of a reported change, and
    /// its period. A computed change is explained with the page's derived values.
    package func changeHTML(_ change: ChangeFigure, _ indicator: Indicator, city: City, besides latest: Observation?,
                    period: ChangePeriod, on page: PageState) -> HTML {
        let format = formatter(page.language.code)
        noteComputation(of: change, indicator: indicator, city: city, on: page)
        var notes: [NoteMarker] = []
        for level in [change.levels?.from, change.levels?.to].compactMap({ $0 }) {
            if let latest, level.year == latest.year && level.isSingleYear && latest.isSingleYear { continue }
            if let number = noteOf(level, indicator: indicator, city: city, on: page) { notes.append(NoteMarker(number: number)) }
        }
        if let reported = change.reported, let number = noteOf(reported, indicator: indicator, city: city, on: page) {
            notes.append(NoteMarker(number: number))
        }
        // A reported change leads to the words that state it, as a level does.
        let size = format.figure(change.quantity, text: format.change(change, indicator), derived: change.isDerived,
                                 evidence: change.reported.flatMap { evidenceHref($0, city: city, on: page) })
        let model = FigureChange(arrow: FigureFormatter.arrow(change), size: size, notes: notes,
                                 period: period == .none ? nil : format.years(change.from, change.to), periodApart: period == .apart)
        return HTML(trusted: format.html(model))
    }
}
