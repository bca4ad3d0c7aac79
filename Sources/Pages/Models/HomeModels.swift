import Theme

/// A language's home page: the cities (with headline figures while there are few), a
/// comparison across cities, the latest reports, and the indicator categories.
package struct HomeModel: RootTemplateModel {
    package static let template = "home"
    package var siteDescription: String?
    package var cities: [HomeCity]
    package var comparison: HTML?
    package var reports: [ReportEntry]
    package var categories: [IndicatorCategory]
    package var indexHref: String
    package var indicatorSummary: String
    package var derivedNotes: HTML

    package static let about = "A language's home page."
    package static let fields: [TemplateField<HomeModel>] = [
        .text("siteDescription", "The site's description in the page's language.") { $0.siteDescription },
        .list("cities", "Every city, in site order.") { $0.cities },
        .html("comparison", "A chart comparing the cities on one indicator in one year, when two or more share one.") { $0.comparison },
        .list("reports", "The newest reports of every city (the `reportlist` partial).") { $0.reports },
        .list("categories", "The indicator categories, each linking into the indicator index.") { $0.categories },
        .text("indexHref", "The link to the indicator index.") { $0.indexHref },
        .text("indicatorSummary", "How many indicators in how many categories (string `indicator_summary`).") { $0.indicatorSummary },
        .html("derivedNotes", "The notes under the page.") { $0.derivedNotes },
    ]
}

/// A city on the home page.
package struct HomeCity: TemplateModel {
    package var name: String
    package var href: String
    package var province: String?
    package var headlines: [HeadlineCard]

    package static let about = "A city on the home page."
    package static let fields: [TemplateField<HomeCity>] = [
        .text("name", "The city's name.") { $0.name },
        .text("href", "The link to its page.") { $0.href },
        .text("province", "Its province.") { $0.province },
        .list("headlines", "Its headline figures (the `headlines` partial); none when the site has many cities.") { $0.headlines },
    ]
}

/// A category of indicators, on the home page and in the index.
package struct IndicatorCategory: TemplateModel {
    package var id: String
    package var name: String
    package var count: Int
    package var href: String
    package var indicators: [IndexedIndicator]

    package static let about = "A category of indicators (the home page's list; the index's sections)."
    package static let fields: [TemplateField<IndicatorCategory>] = [
        .text("id", "The category's id, for anchors (`category-<id>`).") { $0.id },
        .text("name", "Its name (string `category_<id>`, else the id).") { $0.name },
        .number("count", "How many of its indicators have a page.") { $0.count },
        .text("href", "The link to its section of the index.") { $0.href },
        .list("indicators", "Its indicators, in catalogue order (the index only; empty on the home page).") { $0.indicators },
    ]
}

/// An indicator in the index.
package struct IndexedIndicator: TemplateModel {
    package var name: String
    package var href: String
    package var cities: String

    package static let about = "An indicator in the index (the `indicatorlist` partial)."
    package static let fields: [TemplateField<IndexedIndicator>] = [
        .text("name", "The indicator's name.") { $0.name },
        .text("href", "The link to its page.") { $0.href },
        .text("cities", "The cities that report it, or how many.") { $0.cities },
    ]
}

/// A language's indicator index: every indicator with a page, by category.
package struct IndicatorIndexModel: RootTemplateModel {
    package static let template = "indicatorindex"
    package var homeHref: String
    package var categories: [IndicatorCategory]

    package static let about = "A language's indicator index (`/<lang>/indicators/`)."
    package static let fields: [TemplateField<IndicatorIndexModel>] = [
        .text("homeHref", "The link to the home page.") { $0.homeHref },
        .list("categories", "The categories with at least one indicator that has a page, in catalogue order.") { $0.categories },
    ]
}
