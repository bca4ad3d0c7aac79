import Theme

/// The landing page at the site root: one entry per language, each leading to its home.
package struct LandingModel: RootTemplateModel {
    package static let template = "landing"
    package var languageEntries: [LandingEntry]

    package static let about = "The landing page at the site root, in the default language."
    package static let fields: [TemplateField<LandingModel>] = [
        .list("languageEntries", "One entry per language, in the site's order.") { $0.languageEntries },
    ]
}

/// One language on the landing page.
package struct LandingEntry: TemplateModel {
    package var locale: String
    package var name: String
    package var title: String
    package var href: String
    package var description: String?

    package static let about = "One language on the landing page."
    package static let fields: [TemplateField<LandingEntry>] = [
        .text("locale", "The language's locale.") { $0.locale },
        .text("name", "The language's name in itself.") { $0.name },
        .text("title", "The site's title in that language.") { $0.title },
        .text("href", "The link to that language's home page.") { $0.href },
        .text("description", "The site's description in that language.") { $0.description },
    ]
}

/// The 404 page: its message in every language, each with a link home.
package struct NotFoundModel: RootTemplateModel {
    package static let template = "notfound"
    package var languageEntries: [NotFoundEntry]

    package static let about = "The 404 page (`404.html`), served at any depth: links start at the base URL's path."
    package static let fields: [TemplateField<NotFoundModel>] = [
        .list("languageEntries", "The message in each language, in the site's order.") { $0.languageEntries },
    ]
}

/// The 404 message in one language.
package struct NotFoundEntry: TemplateModel {
    package var locale: String
    package var notFoundTitle: String
    package var notFoundText: String
    package var homeLabel: String
    package var href: String

    package static let about = "The 404 message in one language."
    package static let fields: [TemplateField<NotFoundEntry>] = [
        .text("locale", "The language's locale.") { $0.locale },
        .text("notFoundTitle", "The `not_found_title` string of that language.") { $0.notFoundTitle },
        .text("notFoundText", "The `not_found_text` string of that language.") { $0.notFoundText },
        .text("homeLabel", "The `home_label` string of that language.") { $0.homeLabel },
        .text("href", "The link to that language's home page.") { $0.href },
    ]
}
