import Markdown
import SiteModel

/// A city's headline figures: the latest value of the first indicators of each category
/// that rate better or worse, with the change to it.
struct Headlines {
    let context: RenderContext
    let page: PageState

    func list(for city: City, limit: Int) -> [HeadlineCard] {
        let code = page.language.code
        let format = context.formatter(code)
        var seenCategories = Set<String>()
        var picked: [Indicator] = []
        for indicator in context.site.indicators where indicator.better != .none && city.latest(indicator.id) != nil {
            if seenCategories.insert(indicator.category).inserted { picked.append(indicator) }
        }
        return picked.prefix(limit).map { indicator in
            let latest = city.latest(indicator.id)!
            context.record(latest, of: indicator, in: city, on: page)
            var entry = HeadlineCard(
                name: context.text(indicator.name, code)!,
                value: HTML(trusted: format.html(latest.quantity, text: format.value(latest, indicator), derived: latest.isDerived,
                                                 evidence: context.evidenceHref(latest, city: city, on: page))
                    + context.noteMarker(context.noteOf(latest, indicator: indicator, city: city, on: page), on: page)),
                year: format.when(latest))
            if let change = KPIFigure.change(to: latest, in: city, indicator: indicator) {
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
    }
}
