import Markdown
import SiteModel

/// A city's headline figures: the indicators its author chose (`headline:` in city.yaml), in
/// the author's order; without that choice, the latest value of the first indicator of each
/// category that rates better or worse, leaving out any value the site derived (an estimate
/// the author did not choose is never a headline), with the change to it.
struct Headlines {
    let context: RenderContext
    let page: PageState

    func list(for city: City, limit: Int) -> [HeadlineCard] {
        if let chosen = city.headline {
            // An id that is unknown or has no value is reported by `check`; the page shows the others.
            return chosen.compactMap { context.site.indicator($0.indicator) }
                .filter { city.latest($0.id) != nil || !city.changes(of: $0.id).isEmpty }
                .prefix(limit).map { card($0, city: city, chosen: true) }
        }
        var seenCategories = Set<String>()
        var picked: [Indicator] = []
        for indicator in context.site.indicators where indicator.better != .none {
            guard let latest = city.latest(indicator.id), !latest.isDerived else { continue }
            if seenCategories.insert(indicator.category).inserted { picked.append(indicator) }
        }
        return picked.prefix(limit).map { card($0, city: city, chosen: false) }
    }

    /// One card: the latest value, and the change to it. A card the site picked shows no
    /// change that rests on a derived level, for the same reason it shows no derived value.
    private func card(_ indicator: Indicator, city: City, chosen: Bool) -> HeadlineCard {
        let code = page.language.code
        let format = context.formatter(code)
        guard let latest = city.latest(indicator.id) else { return changeCard(indicator, city: city) }
        context.record(latest, of: indicator, in: city, on: page)
        var entry = HeadlineCard(
            name: context.text(indicator.name, code)!,
            value: HTML(trusted: format.html(latest.quantity, text: format.value(latest, indicator), derived: latest.isDerived,
                                             evidence: context.evidenceHref(latest, city: city, on: page))
                + context.noteMarker(context.noteOf(latest, indicator: indicator, city: city, on: page), on: page)),
            year: format.when(latest))
        if let change = KPIFigure.change(to: latest, in: city, indicator: indicator), chosen || !change.restsOnDerivedLevel {
            let assessment = ChartFigureBuilder.assessment(change.kind.movement(change.quantity.value), indicator.better)
            let arrow = FigureFormatter.arrow(change)
            // A computed change (and any derived level it rests on) is explained with the page's derived values.
            context.noteComputation(of: change, indicator: indicator, city: city, on: page)
            var markers = ""
            for level in [change.levels?.from, change.levels?.to].compactMap({ $0 }) {
                // The card's own value has its marker already.
                guard level.year != latest.year || !level.isSingleYear || !latest.isSingleYear else { continue }
                markers += context.noteMarker(context.noteOf(level, indicator: indicator, city: city, on: page), on: page)
            }
            if let reported = change.reported {
                markers += context.noteMarker(context.noteOf(reported, indicator: indicator, city: city, on: page), on: page)
            }
            entry.change = HTML(trusted: "<span aria-hidden=\"true\">\(arrow)</span> "
                + format.html(change.quantity, text: format.change(change, indicator), derived: change.isDerived,
                              evidence: change.reported.flatMap { context.evidenceHref($0, city: city, on: page) })
                + markers + " " + HTMLEscaping.escape(format.years(change.from, change.to)))
            entry.assessment = assessment.rawValue
        }
        return entry
    }

    /// The card of an indicator the author chose that has only reported changes (减排30.3%):
    /// the latest change is its figure, its period where a level's year stands.
    private func changeCard(_ indicator: Indicator, city: City) -> HeadlineCard {
        let code = page.language.code
        let format = context.formatter(code)
        let reported = city.changes(of: indicator.id).last!
        let change = city.change(indicator, from: reported.from, to: reported.to)!
        context.cite(reported.source, of: city, on: page)
        let arrow = FigureFormatter.arrow(change)
        let value = "<span aria-hidden=\"true\">\(arrow)</span> "
            + format.html(change.quantity, text: format.change(change, indicator), derived: false,
                          evidence: context.evidenceHref(reported, city: city, on: page))
            + context.noteMarker(context.noteOf(reported, indicator: indicator, city: city, on: page), on: page)
        return HeadlineCard(name: context.text(indicator.name, code)!, value: HTML(trusted: value),
                            year: format.years(change.from, change.to))
    }
}
