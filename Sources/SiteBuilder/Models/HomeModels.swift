/// A language's home page: the cities (with headline figures while there are few), a
/// comparison across cities, the latest reports, and the indicator categories.
struct HomeModel: RootTemplateModel {
    static let template = "home"
    var siteDescription: String?
    var cities: [HomeCity]
    var comparison: HTML?
    var reports: [ReportEntry]
    var categories: [IndicatorCategory]
    var indexHref: String
    var indicatorSummary: String
    var derivedNotes: HTML

    static let about = "A language's home page."
    static let fields: [TemplateField<HomeModel>] = [
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
struct HomeCity: TemplateModel {
    var name: String
    var href: String
    var province: String?
    var headlines: [HeadlineCard]

    static let about = "A city on the home page."
    static let fields: [TemplateField<HomeCity>] = [
        .text("name", "The city's name.") { $0.name },
        .text("href", "The link to its page.") { $0.href },
        .text("province", "Its province.") { $0.province },
        .list("headlines", "Its headline figures (the `headlines` partial); none when the site has many cities.") { $0.headlines },
    ]
}

/// A category of indicators, on the home page and in the index.
struct IndicatorCategory: TemplateModel {
    var id: String
    var name: String
    var count: Int
    var href: String
    var indicators: [IndexedIndicator]

    static let about = "A category of indicators (the home page's list; the index's sections)."
    static let fields: [TemplateField<IndicatorCategory>] = [
        .text("id", "The category's id, for anchors (`category-<id>`).") { $0.id },
        .text("name", "Its name (string `category_<id>`, else the id).") { $0.name },
        .number("count", "How many of its indicators have a page.") { $0.count },
        .text("href", "The link to its section of the index.") { $0.href },
        .list("indicators", "Its indicators, in catalogue order (the index only; empty on the home page).") { $0.indicators },
    ]
}

/// An indicator in the index.
struct IndexedIndicator: TemplateModel {
    var name: String
    var href: String
    var cities: String

    static let about = "An indicator in the index (the `indicatorlist` partial)."
    static let fields: [TemplateField<IndexedIndicator>] = [
        .text("name", "The indicator's name.") { $0.name },
        .text("href", "The link to its page.") { $0.href },
        .text("cities", "The cities that report it, or how many.") { $0.cities },
    ]
}

/// A language's indicator index: every indicator with a page, by category.
struct IndicatorIndexModel: RootTemplateModel {
    static let template = "indicatorindex"
    var homeHref: String
    var categories: [IndicatorCategory]

    static let about = "A language's indicator index (`/<lang>/indicators/`)."
    static let fields: [TemplateField<IndicatorIndexModel>] = [
        .text("homeHref", "The link to the home page.") { $0.homeHref },
        .list("categories", "The categories with at least one indicator that has a page, in catalogue order.") { $0.categories },
    ]
}
