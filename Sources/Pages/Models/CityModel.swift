import Theme

/// A city's overview page: a lede, headline figures, its indicators by category in compact tables
/// with their trends as small multiples where a series has three levels or more, its reports and sources.
package struct CityModel: RootTemplateModel {
    package static let template = "city"
    package var cityName: String
    package var province: String?
    package var homeHref: String
    /// What the page opens with: the city's `summary`, else its latest report's summary.
    package var lede: String?
    /// The report the lede is taken from, when it is a report's summary.
    package var ledeReport: LedeReport?
    package var headlines: [HeadlineCard]
    package var reports: [ReportEntry]
    package var categories: [CityCategory]
    package var sources: [SourceCitation]
    package var csvHref: String
    package var jsonHref: String
    package var derivedNotes: HTML

    package static let about = "A city's overview page."
    package static let fields: [TemplateField<CityModel>] = [
        .text("cityName", "The city's name.") { $0.cityName },
        .text("province", "Its province.") { $0.province },
        .text("homeHref", "The link to the home page.") { $0.homeHref },
        .text("lede", "What the page opens with: the city's `summary`, else its latest report's summary.") { $0.lede },
        .object("ledeReport", "The report the lede is taken from (title and link), when the city has no `summary` of its own.") { $0.ledeReport },
        .list("headlines", "The headline figures (the `headlines` partial): the city's `headline:` indicators in order, else one rated indicator per category, never a derived value.") { $0.headlines },
        .list("reports", "Its reports, newest first (the `reportlist` partial).") { $0.reports },
        .list("categories", "Its indicators by category, in catalogue order.") { $0.categories },
        .list("sources", "Its sources (the `source` partial).") { $0.sources },
        .text("csvHref", "The link to the city's data as CSV.") { $0.csvHref },
        .text("jsonHref", "The link to the city's data as JSON.") { $0.jsonHref },
        .html("derivedNotes", "The notes under the page.") { $0.derivedNotes },
    ]
}

/// The report a city page's lede is taken from.
package struct LedeReport: TemplateModel {
    /// The report's title.
    package var title: String
    /// The link to it.
    package var href: String

    package static let about = "The report a city page's lede is taken from."
    package static let fields: [TemplateField<LedeReport>] = [
        .text("title", "The report's title.") { $0.title },
        .text("href", "The link to it.") { $0.href },
    ]
}

/// One category of a city's indicators: a compact table, then its trends as small multiples.
package struct CityCategory: TemplateModel {
    package var id: String
    package var name: String
    package var rows: [IndicatorRow]
    package var hasTrend: Bool
    /// The small multiples of its indicators with three yearly levels or more (a figure), or empty.
    package var trends: HTML
    package var charts: [CityChart]

    package static let about = "One category of a city's indicators: a compact table, then its trends as small multiples."
    package static let fields: [TemplateField<CityCategory>] = [
        .text("id", "The category's id, for anchors.") { $0.id },
        .text("name", "Its name (string `category_<id>`, else the id).") { $0.name },
        .list("rows", "One row per indicator: latest value and year, change, sparkline, link to its chart.") { $0.rows },
        .flag("hasTrend", "Whether any of its indicators has a chart (three levels or more), on the page or linked.") { $0.hasTrend },
        .html("trends", "Its trends as small multiples: one figure with a small line chart per indicator of three yearly levels or more that fits the page (each `chart-<indicator>`, sharing the years, on its own scale), their table and downloads; empty when there are none.") { $0.trends },
        .list("charts", "Other charts placed on the page: an indicator of three values or more that are not yearly levels.") { $0.charts },
    ]
}

/// A chart on a city's page.
package struct CityChart: TemplateModel {
    package var name: String
    package var anchor: String
    package var figure: HTML

    package static let about = "A chart on a city's page."
    package static let fields: [TemplateField<CityChart>] = [
        .text("name", "Its indicator's name.") { $0.name },
        .text("anchor", "Its anchor (`chart-<indicator>`), which the table's row links to.") { $0.anchor },
        .html("figure", "The figure: chart, table and links.") { $0.figure },
    ]
}
