import Foundation
import SiteModel
import Theme

/// The language landing page and the 404 page: one version each, in the default language.
extension SiteRenderer {
    package func landing() -> RenderedRoute {
        let page = PageState(route: .landing, language: context.language(site.config.defaultLanguage))
        let entries = context.languages.map { language in
            LandingEntry(locale: language.locale, name: language.name,
                         title: site.config.title.resolved(language.code, fallbacks: context.fallbacks(language.code)),
                         href: Route.landing.link(to: .home(language.code)),
                         description: context.text(site.config.description, language.code))
        }
        let body = template(LandingModel(languageEntries: entries), page: page)
        return finish(page, body: body, title: site.config.title.resolved(page.language.code, fallbacks: []), description: nil,
                      available: codes)
    }

    package func notFound() -> RenderedRoute {
        // Served at any depth, so links are rooted at the base URL's path (or the server root).
        let rootPath = site.config.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        let page = PageState(route: .notFound, language: context.language(site.config.defaultLanguage), root: rootPath)
        let entries = context.languages.map { language in
            NotFoundEntry(locale: language.locale, notFoundTitle: context.strings.text("not_found_title", language.code),
                          notFoundText: context.strings.text("not_found_text", language.code),
                          homeLabel: context.strings.text("home_label", language.code), href: rootPath + "\(language.code)/")
        }
        let body = template(NotFoundModel(languageEntries: entries), page: page)
        return finish(page, body: body, title: context.strings.text("not_found_title", page.language.code), description: nil,
                      available: [page.language.code])
    }
}
