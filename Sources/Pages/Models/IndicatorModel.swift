import Theme

/// One indicator across the cities that report it: the cities of one year compared, each
/// city's values over time, every other value as a figure, and a table of every city.
package struct IndicatorModel: RootTemplateModel {
    package static let template = "indicator"
    package var name: String
    package var description: String?
    package var homeHref: String
    package var indexHref: String
    package var unit: String
    package var betterText: String
    package var comparison: IndicatorComparison?
    package var series: IndicatorSeries?
    package var figures: IndicatorFigures?
    package var tableNote: String?
    package var csvHref: String?
    package var rows: [IndicatorRow]
    package var derivedNotes: HTML

    package static let about = "One indicator across the cities that report it."
    package static let fields: [TemplateField<IndicatorModel>] = [
        .text("name", "The indicator's name.") { $0.name },
        .text("description", "Its description.") { $0.description },
        .text("homeHref", "The link to the home page.") { $0.homeHref },
        .text("indexHref", "The link to its category in the indicator index.") { $0.indexHref },
        .text("unit", "Its unit as a label (`万吨/日`, `t/day`).") { $0.unit },
        .text("betterText", "Which direction is better, in words (strings `better_<higher|lower|none>`).") { $0.betterText },
        .object("comparison", "The cities of the latest year two or more share, ranked; absent without such a year.") { $0.comparison },
        .object("series", "Cities' values over time, where a city has several years.") { $0.series },
        .object("figures", "The cities in no chart, each value as a figure.") { $0.figures },
        .text("tableNote", "Says the table lists only the first cities, when there are more.") { $0.tableNote },
        .text("csvHref", "The link to all data, with `tableNote`.") { $0.csvHref },
        .list("rows", "One row per city: name, link, latest value and year, change.") { $0.rows },
        .html("derivedNotes", "The notes under the page.") { $0.derivedNotes },
    ]
}

/// The comparison of one year on an indicator's page.
package struct IndicatorComparison: TemplateModel {
    package var heading: String
    package var figure: HTML?
    package var chartNote: String?

    package static let about = "The cities of one year, compared on an indicator's page."
    package static let fields: [TemplateField<IndicatorComparison>] = [
        .text("heading", "Its heading, naming the year (string `compared_in_year`).") { $0.heading },
        .html("figure", "The bar chart.") { $0.figure },
        .text("chartNote", "Says the chart shows only the first cities, when there are more.") { $0.chartNote },
    ]
}

/// The values over time on an indicator's page.
package struct IndicatorSeries: TemplateModel {
    package var figure: HTML?
    package var note: String?

    package static let about = "Cities' values over time on an indicator's page."
    package static let fields: [TemplateField<IndicatorSeries>] = [
        .html("figure", "The chart, when few enough cities have series.") { $0.figure },
        .text("note", "Otherwise, where each city's series is (string `series_on_city_pages`).") { $0.note },
    ]
}

/// The values shown as figures on an indicator's page.
package struct IndicatorFigures: TemplateModel {
    package var heading: String
    package var items: [IndicatorRow]
    package var note: String?

    package static let about = "Values shown as figures on an indicator's page, one per city."
    package static let fields: [TemplateField<IndicatorFigures>] = [
        .text("heading", "Their heading: no value for the compared year, or latest value(s).") { $0.heading },
        .list("items", "One figure per city: name, value, year, change, source.") { $0.items },
        .text("note", "Why the values stand apart, when no year is shared.") { $0.note },
    ]
}
