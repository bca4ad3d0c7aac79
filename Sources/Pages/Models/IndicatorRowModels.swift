import Theme

/// An indicator's value for one city, as a table row or a figure: on a city's page (one row
/// per indicator) and on an indicator's page (one row, or one figure, per city).
package struct IndicatorRow: TemplateModel {
    package var name: String
    package var href: String
    package var anchor: String
    package var value: HTML?
    package var year: String?
    package var change: HTML?
    package var assessment: String?
    package var sparkline: HTML?
    package var chartAnchor: String?
    package var chartHref: String?
    package var source: HTML?

    package static let about = "An indicator's value for one city, as a table row or a figure."
    package static let fields: [TemplateField<IndicatorRow>] = [
        .text("name", "The indicator's name (city page), or the city's (indicator page).") { $0.name },
        .text("href", "The link to the indicator's page (city page), or to the city's row for it (indicator page).") { $0.href },
        .text("anchor", "The row's anchor (`indicator-<id>`, `city-<id>`, `figure-<city>`).") { $0.anchor },
        .html("value", "The latest value with its bound and note marker, linked to its quote; absent when only a change is reported.") { $0.value },
        .text("year", "When the value holds (`2020年`, `2016—2020年累计`), or a figure's change period.") { $0.year },
        .html("change", "The change to it: arrow, signed size (linked to its quote when reported), period.") { $0.change },
        .text("assessment", "Whether the change is `good`, `bad` or `neutral` for this indicator.") { $0.assessment },
        .html("sparkline", "A small line of its levels, where there are three or more (city page).") { $0.sparkline },
        .text("chartAnchor", "The anchor of its chart on the page.") { $0.chartAnchor },
        .text("chartHref", "The link to its chart: on the page, or its standalone file when the page has no room.") { $0.chartHref },
        .html("source", "The source it comes from, cited and linked (indicator page figures).") { $0.source },
    ]
}

/// A headline figure (the `headlines` partial): the latest value of an indicator and the
/// change to it.
package struct HeadlineCard: TemplateModel {
    package var name: String
    package var value: HTML
    package var year: String
    package var change: HTML?
    package var assessment: String?

    package static let about = "A headline figure (the `headlines` partial)."
    package static let fields: [TemplateField<HeadlineCard>] = [
        .text("name", "The indicator's name.") { $0.name },
        .html("value", "Its latest value with its bound and note marker, linked to its quote.") { $0.value },
        .text("year", "When the value holds.") { $0.year },
        .html("change", "The change to it: arrow, signed size, period.") { $0.change },
        .text("assessment", "Whether the change is `good`, `bad` or `neutral`.") { $0.assessment },
    ]
}
