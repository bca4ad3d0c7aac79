import Charts
import Foundation
import SiteModel
import Theme

/// Stage four: renders a validated site route by route, each as `RouteResolver` resolved it,
/// as values; writes nothing. Everything it looks up was checked and resolved before: a
/// route's problems are its resolution's (`RenderedRoute.diagnostics`).
public struct SiteRenderer: Sendable {
    package let context: RenderContext
    /// Indicators at least one city has data for: those get pages and are listed.
    package let reported: [Indicator]
    /// Category ids in catalogue order.
    package let categoryOrder: [String]

    package init(context: RenderContext) {
        self.context = context
        let ids = Set(context.site.cities.flatMap(\.indicatorIDs))
        self.reported = context.site.indicators.filter { ids.contains($0.id) }
        var seen: [String] = []
        for indicator in context.site.indicators where !seen.contains(indicator.category) { seen.append(indicator.category) }
        self.categoryOrder = seen
    }

    package var site: Site { context.site }
    package var layout: PageLayout { PageLayout(context: context) }
    package var codes: [String] { site.config.languageCodes }

    /// Every route of the site, in a fixed order.
    public var routes: [Route] {
        var routes: [Route] = [.landing, .notFound]
        for code in codes {
            routes.append(.home(code))
            for city in site.cities {
                routes.append(.city(code, city.id))
                for report in city.reports { routes.append(.report(code, city.id, report.id)) }
                for source in city.sources where source.text != nil { routes.append(.source(code, city.id, source.id)) }
            }
            routes.append(.indicatorIndex(code))
            for indicator in reported { routes.append(.indicator(code, indicator.id)) }
            for page in site.pages { routes.append(.page(code, page.slug)) }
            routes.append(.feed(code))
        }
        // The sitemap protocol requires absolute URLs: without a base URL there is none.
        if site.config.baseURL != nil { routes.append(.sitemap) }
        for city in site.cities { routes.append(.cityData(city.id)) }
        routes += [.allData, .chartStyles, .robots]
        return routes
    }

    /// Renders one resolved route: its files, what it read, and its resolution's problems.
    package func render(_ resolved: ResolvedRoute) -> RenderedRoute {
        var rendered = files(resolved)
        rendered.diagnostics = resolved.diagnostics
        return rendered
    }

    private func files(_ resolved: ResolvedRoute) -> RenderedRoute {
        let route = resolved.route
        switch route {
        case .landing: return landing()
        case .notFound: return notFound()
        case .home(let code): return home(code, comparison: resolved.charts[.comparison])
        case .city(let code, let id): return cityPage(site.city(id)!, code, charts: resolved.charts)
        case .report(let code, let cityID, let id):
            let city = site.city(cityID)!
            return reportPage(city.reports.first { $0.id == id }!, city: city, code, bound: resolved.narrative)
        case .indicator(let code, let id):
            return indicatorPage(site.indicator(id)!, code, plan: resolved.indicatorPlan!, charts: resolved.charts)
        case .indicatorIndex(let code): return indicatorIndex(code)
        case .page(let code, let slug): return freePage(site.pages.first { $0.slug == slug }!, code, bound: resolved.narrative)
        case .source(let code, let cityID, let id):
            let city = site.city(cityID)!
            return sourcePage(city.source(id)!, city: city, code)
        case .feed(let code):
            // The feed lists every report, with its city's name and its first source's publisher.
            let reader = PageState(route: route, language: context.language(code))
            let site = reader.reading(site)
            for report in site.reports { _ = site.city(report.city) }
            _ = site.cityNames
            return RenderedRoute(route: route, files: [Feed(context: context).render(code)], reads: reader.reads)
        case .sitemap: return sitemap()
        case .cityData(let id):
            let reader = PageState(route: route, language: context.language(site.config.defaultLanguage))
            let city = reader.reading(site).city(id)!
            return RenderedRoute(route: route, files: DataFiles(site: site, conventions: context.strings.conventions).render(city: city),
                                 reads: reader.reads)
        case .allData:
            let reader = PageState(route: route, language: context.language(site.config.defaultLanguage))
            _ = reader.reading(site).cities
            return RenderedRoute(route: route, files: [DataFiles(site: site, conventions: context.strings.conventions).renderAll()], reads: reader.reads)
        case .chartStyles:
            // The charts' classes and colours, from the Charts module, so inline SVGs follow dark mode and print.
            return RenderedRoute(route: route, files: [OutputFile(path: "charts.css", text: ChartRenderer.stylesheet)], reads: RouteReads())
        case .robots:
            let text = Robots.text(baseURL: site.config.baseURL)
            return RenderedRoute(route: route, files: [OutputFile(path: "robots.txt", text: text)], reads: RouteReads())
        }
    }

    private func sitemap() -> RenderedRoute {
        let reader = PageState(route: .sitemap, language: context.language(site.config.defaultLanguage))
        let view = reader.reading(site)
        // The sitemap lists each page once per language that has it; which sources have a page is city data.
        var pages: [(route: Route, languages: [String])] = [(.home(codes[0]), codes)]
        _ = view.reports
        for city in view.cities {
            pages.append((.city(codes[0], city.id), codes))
            for report in city.reports { pages.append((.report(codes[0], city.id, report.id), codes.filter { report.narratives[$0] != nil })) }
            for source in city.sources where source.text != nil { pages.append((.source(codes[0], city.id, source.id), codes)) }
        }
        pages.append((.indicatorIndex(codes[0]), codes))
        for indicator in reported { pages.append((.indicator(codes[0], indicator.id), codes)) }
        for page in view.freePages { pages.append((.page(codes[0], page.slug), codes.filter { page.narratives[$0] != nil })) }
        return RenderedRoute(route: .sitemap, files: [Sitemap(config: site.config, base: site.config.baseURL ?? "/").render(pages)],
                             reads: reader.reads)
    }

    // MARK: - Shared parts

    /// Renders a page kind's template with its model, recording that the page read it.
    package func template<Model: RootTemplateModel>(_ model: Model, page: PageState) -> String {
        page.reads.templates.insert(Model.template)
        return context.templates.render(model, base: context.pageBase(page.language.code))
    }

    /// The finished page: its HTML in the layout, and the files its charts added.
    package func finish(_ page: PageState, body: String, title: String, description: String?, available: [String],
                jsonLD: String? = nil) -> RenderedRoute {
        let html = layout.render(body: body, title: title, description: description, page: page, available: available, jsonLD: jsonLD)
        return RenderedRoute(route: page.route, files: [html] + page.files, reads: page.reads, charts: page.charts)
    }

    package func reportList(_ reports: [Report], code: String, page: PageState, withCity: Bool) -> [ReportEntry] {
        let site = page.reading(site)
        return reports.sorted { ($0.date, $0.city, $0.id) > ($1.date, $1.city, $1.id) }.compactMap { report in
            guard let narrative = report.narratives[code] ?? report.narratives.values.sorted(by: { $0.path < $1.path }).first else { return nil }
            // Its date is its narratives' (any language's), as is its order in the list.
            for version in report.narratives.values { _ = site.listed(version) }
            let frontMatter = site.listed(narrative)
            return ReportEntry(title: frontMatter.title, href: page.link(to: .report(code, report.city, report.id)),
                               date: report.date, summary: frontMatter.summary,
                               cityName: withCity ? site.cityNames.first { $0.id == report.city }.flatMap { context.text($0.name, code) } : nil)
        }
    }

    /// A category's name from the interface strings (`category_<id>`), else its id.
    package func categoryName(_ category: String, _ code: String) -> String {
        context.strings.table[code]?["category_\(category)"] ?? category
    }

    package func derivedNotes(_ page: PageState) -> HTML {
        HTML(trusted: template(DerivedNotesModel(
            derived: page.derived.map { DerivedEntry(what: $0.what, how: $0.how) },
            notes: page.notes.enumerated().map { FigureNote(number: $0.offset + 1, what: $0.element.what, text: $0.element.text) }
        ), page: page))
    }

    /// A language's page for a report or free page that has no version in it: says so and
    /// links to the versions that exist.
    package func missingPage(_ narratives: [String: Narrative], page: PageState, available: [String]) -> RenderedRoute {
        let site = page.reading(site)
        let first = site.listed(narratives[available[0]]!)
        let versions = available.map { other in
            let language = context.language(other)
            return NarrativeVersion(href: page.link(to: page.route.inLanguage(other)), locale: language.locale,
                                    name: language.name, title: site.listed(narratives[other]!).title)
        }
        let body = template(MissingModel(title: first.title, versions: versions), page: page)
        // No hreflang alternates: this page is no version of the text, and the versions that
        // exist do not name it (hreflang pairs must name each other). It links to them instead.
        return finish(page, body: body, title: first.title, description: nil, available: [])
    }
}
