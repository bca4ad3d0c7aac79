import Theme

/// A city's trends of one category as small multiples (the `multiples` template): one small
/// line chart per indicator, each under a heading that links to its indicator's page. Placed
/// as the `svg` of its `figure`; the page's CSS lays the panels out two a row on a desktop,
/// one on a phone.
package struct MultiplesModel: RootTemplateModel {
    package static let template = "multiples"
    package var panels: [MultiplePanel]

    package static let about = "A category's trends on a city page as small multiples, placed as its figure's `svg`."
    package static let fields: [TemplateField<MultiplesModel>] = [
        .list("panels", "One panel per indicator of three yearly levels or more, in the order to show them.") { $0.panels },
    ]
}

/// One panel of a city's small multiples: an indicator's levels as a small SVG of its own.
package struct MultiplePanel: TemplateModel {
    package var indicator: String
    package var title: String
    package var href: String
    package var svg: HTML

    package static let about = "One panel of a city's small multiples."
    package static let fields: [TemplateField<MultiplePanel>] = [
        .text("indicator", "The indicator's id; the panel's anchor is `chart-<indicator>`, which its table row links to.") { $0.indicator },
        .text("title", "The indicator's name.") { $0.title },
        .text("href", "Its indicator's page.") { $0.href },
        .html("svg", "The panel's inline SVG, on the grid's shared years, its first and last values linked to their quotes.") { $0.svg },
    ]
}
