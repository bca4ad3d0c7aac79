import Theme

/// A chart on a page (`figure`): its title, the SVG, its sources and notes, its data table
/// behind a toggle, and its downloads; a key figure (`kpi`) is written as text beside its
/// sparkline.
package struct FigureModel: RootTemplateModel {
    package static let template = "figure"
    package var id: String
    package var type: String
    package var svg: HTML
    package var title: String
    package var sources: HTML
    package var derivedNote: Bool
    /// Whether a line crosses years with no value (drawn dotted), which the figure explains.
    package var gapNote: Bool = false
    package var notes: [ChartNote]
    package var columns: [String]
    package var rows: [ChartTableRow]
    package var csvHref: String
    package var svgHref: String
    package var kpi: KeyFigure?
    package var indicatorLabel: String = ""
    package var indicatorLinks: [ChartIndicatorLink] = []

    package static let about = "A chart on a page, with its table and downloads."
    package static let fields: [TemplateField<FigureModel>] = [
        .text("id", "The chart's id on the page (`chart-2`); the figure's is `figure-<id>`.") { $0.id },
        .text("type", "The chart type (`line`, `column`, `bar`, `change`, `kpi`), for a class.") { $0.type },
        .html("svg", "The inline SVG (compact and wide layouts); empty for a key figure without a series.") { $0.svg },
        .text("title", "The chart's title (the author's `title:`, else made from what it draws).") { $0.title },
        .html("sources", "Its sources, cited and linked.") { $0.sources },
        .flag("derivedNote", "Whether it shows a derived value (explains the † mark).") { $0.derivedNote },
        .flag("gapNote", "Whether a line crosses years with no value, drawn dotted (explains the dots).") { $0.gapNote },
        .list("notes", "The notes of the values it shows.") { $0.notes },
        .texts("columns", "The data table's column headers; the first is empty (the rows' labels).") { $0.columns },
        .list("rows", "The data table's rows.") { $0.rows },
        .text("csvHref", "The link to the chart's own rows as CSV.") { $0.csvHref },
        .text("svgHref", "The link to its standalone SVG.") { $0.svgHref },
        .object("kpi", "A key figure: its value written as text, with the change to it.") { $0.kpi },
        .text("indicatorLabel", "What precedes the indicator links (`Indicator: ` or `Indicators: `).") { $0.indicatorLabel },
        .list("indicatorLinks", "A link to the page of each indicator it draws, in the chart's order.") { $0.indicatorLinks },
    ]
}

/// A link from a chart to the page of an indicator it draws.
package struct ChartIndicatorLink: TemplateModel {
    package var name: String
    package var href: String
    package var separator: String

    package static let about = "A link from a chart to the page of an indicator it draws."
    package static let fields: [TemplateField<ChartIndicatorLink>] = [
        .text("name", "The indicator's name.") { $0.name },
        .text("href", "Its page.") { $0.href },
        .text("separator", "What goes before it: empty for the first, the language's list separator after.") { $0.separator },
    ]
}

/// A note of a value a chart shows.
package struct ChartNote: TemplateModel {
    package var what: String
    package var text: String

    package static let about = "A note of a value a chart shows."
    package static let fields: [TemplateField<ChartNote>] = [
        .text("what", "The value it belongs to.") { $0.what },
        .text("text", "The note.") { $0.text },
    ]
}

/// A row of a chart's data table.
package struct ChartTableRow: TemplateModel {
    package var label: String
    package var cells: [HTML]

    package static let about = "A row of a chart's data table."
    package static let fields: [TemplateField<ChartTableRow>] = [
        .text("label", "The row's label (a year, a city, an indicator).") { $0.label },
        .htmls("cells", "Its cells, each placed with `{{{.}}}` (values linked to their quotes).") { $0.cells },
    ]
}

/// A key figure's value and change, written as text.
package struct KeyFigure: TemplateModel {
    package var value: String
    package var caption: String
    package var evidenceHref: String?
    package var change: KeyFigureChange?

    package static let about = "A key figure, written as text."
    package static let fields: [TemplateField<KeyFigure>] = [
        .text("value", "The value with its unit and bound.") { $0.value },
        .text("caption", "When it holds and what it is.") { $0.caption },
        .text("evidenceHref", "Where its value leads: the words of its source that state it.") { $0.evidenceHref },
        .object("change", "The change to it.") { $0.change },
    ]
}

/// The change beside a key figure.
package struct KeyFigureChange: TemplateModel {
    package var arrow: String
    package var label: String
    package var assessment: String

    package static let about = "The change beside a key figure."
    package static let fields: [TemplateField<KeyFigureChange>] = [
        .text("arrow", "▲, ▼ or ▶ (hidden from screen readers: the label says it).") { $0.arrow },
        .text("label", "The change in words, with its period.") { $0.label },
        .text("assessment", "`good`, `bad` or `neutral`.") { $0.assessment },
    ]
}
