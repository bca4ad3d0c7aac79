import Foundation
import SiteModel

/// Wraps a page body in the layout: head links (canonical, hreflang alternates, feed),
/// header with navigation and language switcher, footer with the page's sources.
struct PageLayout {
    let context: RenderContext

    /// Up to this many cities are named in the navigation of every page.
    static let citiesInNavigation = 6

    /// - Parameters:
    ///   - available: the languages this page exists in (for hreflang alternates).
    func render(body: String, title: String, description: String?, page: PageState, available: [String],
                jsonLD: String? = nil) -> OutputFile {
        let route = page.route
        let code = page.language.code
        let config = context.site.config
        var values = context.base(code)
        let separator = context.strings.text("title_separator", code)
        let siteTitle = config.title.resolved(code, fallbacks: context.fallbacks(code))
        values["locale"] = page.language.locale
        values["pageTitle"] = title == siteTitle ? siteTitle : title + separator + siteTitle
        values["description"] = description ?? context.text(config.description, code)
        values["root"] = page.root
        values["content"] = HTML(trusted: body)
        values["homeHref"] = page.link(to: .home(code))
        if let base = config.baseURL { values["canonical"] = route.url(base: base) }
        // Printed at the top of a printout: where the page lives (its full address when the
        // site has a base URL, else its path in the site).
        values["printAddress"] = config.baseURL.map { route.url(base: $0) } ?? route.url(base: "/")
        var alternates: [[String: String]] = available.map { other in
            let target = route.inLanguage(other)
            return ["hreflang": context.language(other).locale, "href": config.baseURL.map { target.url(base: $0) } ?? page.link(to: target)]
        }
        if available.count > 1 || route == .landing {
            let fallback = available.contains(config.defaultLanguage) ? route.inLanguage(config.defaultLanguage) : route.inLanguage(available[0])
            // The landing page chooses a language, so it is the default of the language homes
            // too: the homes and the landing then name each other the same way (hreflang pairs).
            let target = route == .landing || route == .home(code) ? Route.landing : fallback
            alternates.append(["hreflang": "x-default", "href": config.baseURL.map { target.url(base: $0) } ?? page.link(to: target)])
        }
        values["alternates"] = route == .landing || route == .notFound ? [] : alternates
        // The landing page's language versions are the language homes (its x-default is itself).
        values["hreflangLinks"] = route == .notFound ? [] : route != .landing ? alternates
            : context.languages.map { language -> [String: String] in
                let home = Route.home(language.code)
                return ["hreflang": language.locale, "href": config.baseURL.map { home.url(base: $0) } ?? page.link(to: home)]
            } + alternates.filter { $0["hreflang"] == "x-default" }
        if route != .landing && route != .notFound {
            let feedTitle = siteTitle + separator + context.strings.text("feed_title", code)
            values["feed"] = ["title": feedTitle, "href": page.link(to: "\(code)/feed.xml")]
            values["feedHref"] = page.link(to: "\(code)/feed.xml")
        }
        values["jsonLD"] = jsonLD.map { HTML(trusted: DataFiles.scriptSafe($0)) }
        values["languageLinks"] = context.languages.map { language -> [String: Any] in
            ["current": language.code == code, "locale": language.locale, "name": language.name,
             "href": page.link(to: route.inLanguage(language.code))]
        }
        var navigation: [[String: Any]] = [["href": page.link(to: .home(code)), "label": context.strings.text("home", code),
                                            "current": route == .home(code)]]
        // Every page carries the navigation, so it must not grow with the site: a few cities
        // are named, many are reached through the home page's list.
        if context.site.cities.count <= PageLayout.citiesInNavigation {
            for city in context.site.cities {
                navigation.append(["href": page.link(to: .city(code, city.id)), "label": context.text(city.name, code)!,
                                   "current": route == .city(code, city.id)])
            }
        } else {
            var isCity = false
            if case .city = route { isCity = true }
            navigation.append(["href": page.link(to: .home(code)) + "#cities-heading", "label": context.strings.text("cities", code),
                               "current": isCity])
        }
        navigation.append(["href": page.link(to: .indicatorIndex(code)), "label": context.strings.text("indicators", code),
                           "current": route == .indicatorIndex(code)])
        for freePage in context.site.pages {
            let narrative = freePage.narratives[code] ?? freePage.narratives.values.sorted { $0.path < $1.path }[0]
            navigation.append(["href": page.link(to: .page(code, freePage.slug)), "label": narrative.frontMatter.title,
                               "current": route == .page(code, freePage.slug)])
        }
        values["navigation"] = navigation
        values["footerSources"] = page.sources.compactMap { key -> [String: Any]? in
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            guard let city = context.site.city(parts[0]), let source = city.source(parts[1]) else { return nil }
            return sourceContext(source, code, city: city.id, page: page)
        }
        values["dataHref"] = page.link(to: "data/observations.csv")
        if let changed = lastChanged(page) {
            values["lastChanged"] = changed
            values["lastChangedText"] = changed
        }
        let html = context.templates.render("layout", values)
        return OutputFile(path: route.file, text: html)
    }

    func sourceContext(_ source: Source, _ code: String, city: String, page: PageState) -> [String: Any] {
        var values: [String: Any] = ["title": context.text(source.title, code)!]
        values["publisher"] = context.text(source.publisher, code)
        values["credit"] = context.text(source.credit, code)
        values["date"] = source.date
        // How the date is known, in the reader's words; never the internal `document` file name.
        values["dateBasis"] = source.dateBasis.map { context.strings.text("date_basis_\($0.rawValue)", code) }
        values["url"] = source.url
        values["archive"] = source.archive
        // A source kept as text has a page of its own, linked wherever it is cited.
        if source.text != nil { values["textHref"] = page.link(to: .source(code, city, source.id)) }
        values["note"] = context.text(source.note, code)
        values["t"] = context.stringTable(code)
        return values
    }

    /// The latest date among the sources this page cites and the site's reports: when its
    /// data last changed, taken from the content and never from the clock.
    private func lastChanged(_ page: PageState) -> String? {
        var dates = page.sources.compactMap { key -> String? in
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            return context.site.city(parts[0])?.source(parts[1])?.date
        }
        if dates.isEmpty {
            dates = context.site.cities.flatMap { $0.sources.compactMap(\.date) + $0.reports.map(\.date) }
        }
        return dates.filter { !$0.isEmpty }.max()
    }
}
