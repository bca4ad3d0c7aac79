import Markdown
import SiteModel
import Theme

/// A city's headline figures: the indicators its author chose (`headline:` in city.yaml), in
/// the author's order; without that choice, the latest value of the first indicator of each
/// category that rates better or worse, leaving out any value the site derived (an estimate
/// the author did not choose is never a headline), with the change to it.
package struct Headlines {
    package let context: RenderContext
    package let page: PageState

    package func list(for city: City, limit: Int) -> [HeadlineCard] {
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
        guard let latest = city.latest(indicator.id) else { return changeCard(indicator, city: city) }
        var entry = HeadlineCard(name: context.text(indicator.name, code)!,
                                 value: context.levelHTML(latest, indicator, city: city, on: page),
                                 year: context.formatter(code).when(latest))
        if let change = KPIFigure.change(to: latest, in: city, indicator: indicator), chosen || !change.restsOnDerivedLevel {
            entry.change = context.changeHTML(change, indicator, city: city, besides: latest, period: .runOn, on: page)
            entry.assessment = ChartFigureBuilder.assessment(change.kind.movement(change.quantity.value), indicator.better).rawValue
        }
        return entry
    }

    /// The card of an indicator the author chose that has only reported changes (减排30.3%):
    /// the latest change is its figure, its period where a level's year stands.
    private func changeCard(_ indicator: Indicator, city: City) -> HeadlineCard {
        let code = page.language.code
        let reported = city.changes(of: indicator.id).last!
        let change = city.change(indicator, from: reported.from, to: reported.to)!
        context.cite(reported.source, of: city, on: page)
        return HeadlineCard(name: context.text(indicator.name, code)!,
                            value: context.changeHTML(change, indicator, city: city, besides: nil, period: .none, on: page),
                            year: context.formatter(code).years(change.from, change.to))
    }
}
