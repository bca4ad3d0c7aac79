import Theme

/// Every page's frame (`layout`, with the partials `header` and `footer`): the head's links,
/// the navigation, the language switcher and the footer's sources, around the page's body.
package struct LayoutModel: RootTemplateModel {
    package static let template = "layout"
    package var locale: String
    package var pageTitle: String
    package var description: String?
    package var root: String
    package var content: HTML
    package var homeHref: String
    package var canonical: String?
    package var printAddress: String
    package var alternates: [HreflangLink]
    package var hreflangLinks: [HreflangLink]
    package var feed: FeedLink?
    package var jsonLD: HTML?
    package var languageLinks: [LanguageLink]
    package var navigation: [NavigationItem]
    package var footerSources: [SourceCitation]
    package var dataHref: String
    package var lastChanged: String?
    package var licence: LicenceLink?

    package static let about = "The frame of every page: head, header (navigation, language switcher) and footer."
    package static let fields: [TemplateField<LayoutModel>] = [
        .text("locale", "The page's locale, for `<html lang>` (`zh-CN`, `en`).") { $0.locale },
        .text("pageTitle", "The page's title followed by the site's, for `<title>`.") { $0.pageTitle },
        .text("description", "The page's summary, else the site's description.") { $0.description },
        .text("root", "The relative path from the page to the site root (`../../`); the 404 page's is the base URL's path.") { $0.root },
        .html("content", "The page's body, rendered by its own template.") { $0.content },
        .text("homeHref", "The link to the home page of the page's language.") { $0.homeHref },
        .text("canonical", "The page's full URL, when the site has a `baseURL`.") { $0.canonical },
        .text("printAddress", "Where the page lives, printed at the top of a printout.") { $0.printAddress },
        .list("alternates", "The page's versions in other languages (and `x-default`); empty on pages with one version.") { $0.alternates },
        .list("hreflangLinks", "The `<link rel=alternate hreflang>` entries of the head.") { $0.hreflangLinks },
        .object("feed", "The language's Atom feed, for the head's link; absent on the landing and 404 pages.") { $0.feed },
        .text("feedHref", "The link to the language's Atom feed, for the footer.") { $0.feed?.href },
        .html("jsonLD", "The page's schema.org JSON-LD (city pages: their dataset), safe inside `<script>`.") { $0.jsonLD },
        .list("languageLinks", "The language switcher: each language's version of this page.") { $0.languageLinks },
        .list("navigation", "The header's navigation: home, cities (or a link to their list), free pages.") { $0.navigation },
        .list("footerSources", "The sources the page's figures cite, in order of first use.") { $0.footerSources },
        .text("dataHref", "The link to the site's whole data file (`data/observations.csv`).") { $0.dataHref },
        .text("lastChanged", "The latest date among the sources the page cites (else the site's): when its data last changed.") { $0.lastChanged },
        .text("lastChangedText", "The same date as text to show.") { $0.lastChanged },
        .object("licence", "The licence of the site's text and data (`licence:` in site.yaml), when given.") { $0.licence },
    ]
}

/// A version of the page in a language, for hreflang.
package struct HreflangLink: TemplateModel {
    package var hreflang: String
    package var href: String

    package static let about = "A version of the page in a language, for hreflang."
    package static let fields: [TemplateField<HreflangLink>] = [
        .text("hreflang", "The version's locale, or `x-default`.") { $0.hreflang },
        .text("href", "Its address (absolute when the site has a `baseURL`).") { $0.href },
    ]
}

/// The language's feed.
package struct FeedLink: TemplateModel {
    package var title: String
    package var href: String

    package static let about = "The Atom feed of the page's language."
    package static let fields: [TemplateField<FeedLink>] = [
        .text("title", "The feed's title.") { $0.title },
        .text("href", "The link to it.") { $0.href },
    ]
}

/// The site's licence, for the footer.
package struct LicenceLink: TemplateModel {
    package var name: String
    package var href: String?

    package static let about = "The licence of the site's text and data."
    package static let fields: [TemplateField<LicenceLink>] = [
        .text("name", "Its name in the page's language (`CC BY 4.0`).") { $0.name },
        .text("href", "Where its terms are.") { $0.href },
    ]
}

/// One language in the switcher.
package struct LanguageLink: TemplateModel {
    package var current: Bool
    package var locale: String
    package var name: String
    package var href: String

    package static let about = "One language in the language switcher."
    package static let fields: [TemplateField<LanguageLink>] = [
        .flag("current", "Whether this is the page's own language.") { $0.current },
        .text("locale", "The language's locale.") { $0.locale },
        .text("name", "The language's name in itself (`中文`, `English`).") { $0.name },
        .text("href", "The link to this page in that language.") { $0.href },
    ]
}

/// One item of the header's navigation.
package struct NavigationItem: TemplateModel {
    package var href: String
    package var label: String
    package var current: Bool

    package static let about = "One item of the header's navigation."
    package static let fields: [TemplateField<NavigationItem>] = [
        .text("href", "Where it leads.") { $0.href },
        .text("label", "Its text.") { $0.label },
        .flag("current", "Whether it is the page being shown.") { $0.current },
    ]
}
