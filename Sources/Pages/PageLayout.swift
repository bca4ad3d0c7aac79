import Foundation
import SiteModel
import Theme

/// Wraps a page body in the layout: head links (canonical, hreflang alternates, feed),
/// header with navigation and language switcher, footer with the page's sources.
package struct PageLayout {
    package let context: RenderContext

    /// Up to this many cities are named in the navigation of every page.
    package static let citiesInNavigation = 6

    /// - Parameters:
    ///   - available: the languages this page exists in (for hreflang alternates).
    package func render(body: String, title: String, description: String?, page: PageState, available: [String],
                jsonLD: String? = nil) -> OutputFile {
        let route = page.route
        let code = page.language.code
        // Read through the page's view, so that what every page's frame shows is recorded.
        let site = page.reading(context.site)
        let config = site.config
        let separator = context.strings.text("title_separator", code)
        let siteTitle = config.title.resolved(code, fallbacks: context.fallbacks(code))
        func address(_ target: Route) -> String { config.baseURL.map { target.url(base: $0) } ?? page.link(to: target) }
        var alternates = available.map { HreflangLink(hreflang: context.language($0).locale, href: address(route.inLanguage($0))) }
        if available.count > 1 || route == .landing {
            let fallback = available.contains(config.defaultLanguage) ? route.inLanguage(config.defaultLanguage) : route.inLanguage(available[0])
            // The landing page chooses a language, so it is the default of the language homes
            // too: the homes and the landing then name each other the same way (hreflang pairs).
            let target = route == .landing || route == .home(code) ? Route.landing : fallback
            alternates.append(HreflangLink(hreflang: "x-default", href: address(target)))
        }
        // The landing page's language versions are the language homes (its x-default is itself).
        let hreflangLinks = route == .notFound ? [] : route != .landing ? alternates
            : context.languages.map { HreflangLink(hreflang: $0.locale, href: address(.home($0.code))) }
                + alternates.filter { $0.hreflang == "x-default" }
        var feed: FeedLink?
        if route != .landing && route != .notFound {
            feed = FeedLink(title: siteTitle + separator + context.strings.text("feed_title", code), href: page.link(to: "\(code)/feed.xml"))
        }
        var navigation = [NavigationItem(href: page.link(to: .home(code)), label: context.strings.text("home", code),
                                         current: route == .home(code))]
        // Every page carries the navigation, so it must not grow with the site: a few cities
        // are named, many are reached through the home page's list.
        let cities = site.cityNames
        if cities.count <= PageLayout.citiesInNavigation {
            for city in cities {
                navigation.append(NavigationItem(href: page.link(to: .city(code, city.id)), label: context.text(city.name, code)!,
                                                 current: route == .city(code, city.id)))
            }
        } else {
            var isCity = false
            if case .city = route { isCity = true }
            navigation.append(NavigationItem(href: page.link(to: .home(code)) + "#cities-heading",
                                             label: context.strings.text("cities", code), current: isCity))
        }
        navigation.append(NavigationItem(href: page.link(to: .indicatorIndex(code)), label: context.strings.text("indicators", code),
                                         current: route == .indicatorIndex(code)))
        for freePage in site.freePages {
            let narrative = freePage.narratives[code] ?? freePage.narratives.values.sorted { $0.path < $1.path }[0]
            navigation.append(NavigationItem(href: page.link(to: .page(code, freePage.slug)), label: narrative.frontMatter.title,
                                             current: route == .page(code, freePage.slug)))
        }
        let footerSources = page.sources.compactMap { key -> SourceCitation? in
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            guard let city = site.city(parts[0]), let source = city.source(parts[1]) else { return nil }
            return citation(source, code, city: city.id, page: page)
        }
        let model = LayoutModel(
            locale: page.language.locale,
            pageTitle: title == siteTitle ? siteTitle : title + separator + siteTitle,
            description: description ?? context.text(config.description, code),
            root: page.root, content: HTML(trusted: body), homeHref: page.link(to: .home(code)),
            canonical: config.baseURL.map { route.url(base: $0) },
            // Printed at the top of a printout: where the page lives (its full address when the
            // site has a base URL, else its path in the site).
            printAddress: config.baseURL.map { route.url(base: $0) } ?? route.url(base: "/"),
            alternates: route == .landing || route == .notFound ? [] : alternates,
            hreflangLinks: hreflangLinks, feed: feed,
            jsonLD: jsonLD.map { HTML(trusted: DataFiles.scriptSafe($0)) },
            languageLinks: context.languages.map {
                LanguageLink(current: $0.code == code, locale: $0.locale, name: $0.name, href: page.link(to: route.inLanguage($0.code)))
            },
            navigation: navigation, footerSources: footerSources,
            dataHref: page.link(to: "data/observations.csv"), lastChanged: lastChanged(page),
            licence: config.licence.map { LicenceLink(name: context.text($0.name, code)!, href: $0.url) })
        let html = context.templates.render(model, base: context.pageBase(code))
        return OutputFile(path: route.file, text: html)
    }

    /// A source as cited on a page of the given language.
    package func citation(_ source: Source, _ code: String, city: String, page: PageState) -> SourceCitation {
        SourceCitation(
            title: context.text(source.title, code)!, publisher: context.text(source.publisher, code),
            credit: context.text(source.credit, code), date: source.date,
            // How the date is known, in the reader's words; never the internal `document` file name.
            dateBasis: source.dateBasis.map { context.strings.text("date_basis_\($0.rawValue)", code) },
            url: source.url, archive: source.archive,
            // A source kept as text has a page of its own, linked wherever it is cited.
            textHref: source.text == nil ? nil : page.link(to: .source(code, city, source.id)),
            note: context.text(source.note, code))
    }

    /// The latest date among the sources this page cites and the site's reports: when its
    /// data last changed, taken from the content and never from the clock.
    private func lastChanged(_ page: PageState) -> String? {
        let site = page.reading(context.site)
        let dates = page.sources.compactMap { key -> String? in
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            return site.city(parts[0])?.source(parts[1])?.date
        }
        return dates.isEmpty ? site.latestDate : dates.filter { !$0.isEmpty }.max()
    }
}
