import Charts
import Foundation
import SiteModel

/// Stage three: renders every page, data file, feed and the sitemap of a validated site
/// as values; writes nothing.
struct SiteRenderer {
    let context: RenderContext
    /// Indicators at least one city has data for: those get pages and are listed.
    private let reported: [Indicator]

    init(context: RenderContext) {
        self.context = context
        let ids = Set(context.site.cities.flatMap(\.indicatorIDs))
        self.reported = context.site.indicators.filter { ids.contains($0.id) }
    }

    private var site: Site { context.site }
    private var layout: PageLayout { PageLayout(context: context) }
    private var codes: [String] { site.config.languageCodes }

    func render() -> [OutputFile] {
        var files: [OutputFile] = [landing(), notFound()]
        var sitemap: [(route: Route, languages: [String])] = []
        for code in codes {
            files += home(code)
            for city in site.cities {
                files += cityPage(city, code)
                for report in city.reports { files += reportPage(report, city: city, code) }
            }
            for indicator in reported {
                files += indicatorPage(indicator, code)
            }
            for page in site.pages { files += freePage(page, code) }
            files.append(Feed(context: context).render(code))
        }
        // The sitemap lists each page once per language that has it.
        sitemap.append((.home(codes[0]), codes))
        for city in site.cities {
            sitemap.append((.city(codes[0], city.id), codes))
            for report in city.reports { sitemap.append((.report(codes[0], city.id, report.id), codes.filter { report.narratives[$0] != nil })) }
        }
        for indicator in reported {
            sitemap.append((.indicator(codes[0], indicator.id), codes))
        }
        for page in site.pages { sitemap.append((.page(codes[0], page.slug), codes.filter { page.narratives[$0] != nil })) }
        files.append(Sitemap(config: site.config).render(sitemap))
        files += DataFiles(site: site).render()
        // The charts' classes and colours, from the Charts module, so inline SVGs follow dark mode and print.
        files.append(OutputFile(path: "charts.css", text: ChartRenderer.stylesheet))
        files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n" + (site.config.baseURL.map { "Sitemap: \($0)sitemap.xml\n" } ?? "")))
        return files
    }

    // MARK: - Pages

    private func landing() -> OutputFile {
        let page = PageState(route: .landing, language: context.language(site.config.defaultLanguage))
        let entries = context.languages.map { language -> [String: Any] in
            var entry: [String: Any] = ["locale": language.locale, "name": language.name,
                                        "title": site.config.title.resolved(language.code, fallbacks: context.fallbacks(language.code)),
                                        "href": Route.landing.link(to: .home(language.code))]
            entry["description"] = context.text(site.config.description, language.code)
            return entry
        }
        let body = context.templates.render("landing", context.base(page.language.code).merging(["languageEntries": entries]) { $1 })
        return layout.render(body: body, title: site.config.title.resolved(page.language.code, fallbacks: []), description: nil,
                             page: page, available: codes)
    }

    private func notFound() -> OutputFile {
        // Served at any depth, so links are rooted at the base URL's path (or the server root).
        let rootPath = site.config.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        let page = PageState(route: .notFound, language: context.language(site.config.defaultLanguage), root: rootPath)
        let entries = context.languages.map { language -> [String: Any] in
            ["locale": language.locale, "notFoundTitle": context.strings.text("not_found_title", language.code),
             "notFoundText": context.strings.text("not_found_text", language.code),
             "homeLabel": context.strings.text("home_label", language.code), "href": rootPath + "\(language.code)/"]
        }
        let body = context.templates.render("notfound", context.base(page.language.code).merging(["languageEntries": entries]) { $1 })
        return layout.render(body: body, title: context.strings.text("not_found_title", page.language.code), description: nil,
                             page: page, available: [page.language.code])
    }

    private func home(_ code: String) -> [OutputFile] {
        let page = PageState(route: .home(code), language: context.language(code))
        let headlines = Headlines(context: context, page: page)
        let cities = site.cities.map { city -> [String: Any] in
            var entry: [String: Any] = ["name": context.text(city.name, code)!, "href": page.link(to: .city(code, city.id)),
                                        "headlines": headlines.list(for: city, limit: 4)]
            entry["province"] = context.text(city.province, code)
            return entry
        }
        var values = context.base(code)
        values["siteDescription"] = context.text(site.config.description, code)
        values["cities"] = cities
        if let comparison = comparisonSpec(), case .success(let chart) = ChartResolver(site: site).resolve(comparison, pageCity: nil) {
            values["comparison"] = ChartFigureBuilder(context: context, page: page).figure(chart)
        }
        values["reports"] = reportList(site.cities.flatMap(\.reports), code: code, page: page, withCity: true)
        values["categories"] = categories(code: code, page: page)
        values["derivedNotes"] = derivedNotes(page)
        let body = context.templates.render("home", values)
        return [layout.render(body: body, title: site.config.title.resolved(code, fallbacks: context.fallbacks(code)),
                              description: nil, page: page, available: codes)] + page.files
    }

    /// The first indicator that two or more cities have levels for, as bars by city.
    private func comparisonSpec() -> ChartSpec? {
        for indicator in site.indicators {
            let cities = site.cities.filter { $0.latest(indicator.id) != nil }
            if cities.count >= 2 {
                return ChartSpec(type: .bar, indicators: [indicator.id], cities: cities.map(\.id), years: nil, title: nil,
                                 location: DefaultChart.generated, keyLocations: [:])
            }
        }
        return nil
    }

    private func cityPage(_ city: City, _ code: String) -> [OutputFile] {
        let page = PageState(route: .city(code, city.id), language: context.language(code))
        let figures = ChartFigureBuilder(context: context, page: page)
        var values = context.base(code)
        values["cityName"] = context.text(city.name, code)!
        values["province"] = context.text(city.province, code)
        values["homeHref"] = page.link(to: .home(code))
        values["headlines"] = Headlines(context: context, page: page).list(for: city, limit: 6)
        values["reports"] = reportList(city.reports, code: code, page: page, withCity: false)
        var categories: [[String: Any]] = []
        for category in orderedCategories() {
            let indicators = site.indicators.filter { $0.category == category && city.indicatorIDs.contains($0.id) }
            guard !indicators.isEmpty else { continue }
            categories.append([
                "id": category, "name": categoryName(category, code),
                "indicators": indicators.map { indicator -> [String: Any] in
                    let html = defaultFigures(indicator, city: city, figures: figures)
                    var entry: [String: Any] = ["name": context.text(indicator.name, code)!, "anchor": "indicator-\(indicator.id)",
                                                "href": page.link(to: .indicator(code, indicator.id)), "figure": html]
                    entry["description"] = context.text(indicator.description, code)
                    return entry
                },
            ])
        }
        values["categories"] = categories
        values["sources"] = city.sources.map { layout.sourceContext($0, code) }
        for source in city.sources { page.cite(city: city.id, source: source.id) }
        values["csvHref"] = page.link(to: "data/\(city.id).csv")
        values["jsonHref"] = page.link(to: "data/\(city.id).json")
        values["derivedNotes"] = derivedNotes(page)
        let body = context.templates.render("city", values)
        return [layout.render(body: body, title: context.text(city.name, code)!, description: nil, page: page, available: codes,
                              jsonLD: DataFiles(site: site).jsonLD(city, code: code, context: context))] + page.files
    }

    private func reportPage(_ report: Report, city: City, _ code: String) -> [OutputFile] {
        let page = PageState(route: .report(code, city.id, report.id), language: context.language(code))
        let available = codes.filter { report.narratives[$0] != nil }
        guard let narrative = report.narratives[code] else {
            return [missingPage(report.narratives, page: page, available: available)]
        }
        var values = context.base(code)
        values["title"] = narrative.frontMatter.title
        values["cityName"] = context.text(city.name, code)!
        values["cityHref"] = page.link(to: .city(code, city.id))
        values["homeHref"] = page.link(to: .home(code))
        values["period"] = narrative.frontMatter.period
        values["date"] = narrative.frontMatter.date
        values["dateText"] = narrative.frontMatter.date
        values["summary"] = narrative.frontMatter.summary
        values["body"] = NarrativeRenderer(context: context, page: page, city: city.id).render(narrative)
        values["derivedNotes"] = derivedNotes(page)
        let body = context.templates.render("report", values)
        return [layout.render(body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                              page: page, available: available)] + page.files
    }

    private func freePage(_ freePage: FreePage, _ code: String) -> [OutputFile] {
        let page = PageState(route: .page(code, freePage.slug), language: context.language(code))
        let available = codes.filter { freePage.narratives[$0] != nil }
        guard let narrative = freePage.narratives[code] else {
            return [missingPage(freePage.narratives, page: page, available: available)]
        }
        var values = context.base(code)
        values["title"] = narrative.frontMatter.title
        values["summary"] = narrative.frontMatter.summary
        values["body"] = NarrativeRenderer(context: context, page: page, city: nil).render(narrative)
        values["derivedNotes"] = derivedNotes(page)
        let body = context.templates.render("page", values)
        return [layout.render(body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                              page: page, available: available)] + page.files
    }

    /// A language's page for a report or free page that has no version in it: says so and
    /// links to the versions that exist.
    private func missingPage(_ narratives: [String: Narrative], page: PageState, available: [String]) -> OutputFile {
        let code = page.language.code
        let first = narratives[available[0]]!
        var values = context.base(code)
        values["title"] = first.frontMatter.title
        values["versions"] = available.map { other -> [String: Any] in
            let language = context.language(other)
            return ["href": page.link(to: page.route.inLanguage(other)), "locale": language.locale,
                    "name": language.name, "title": narratives[other]!.frontMatter.title]
        }
        let body = context.templates.render("missing", values)
        return layout.render(body: body, title: first.frontMatter.title, description: nil, page: page, available: available)
    }

    private func indicatorPage(_ indicator: Indicator, _ code: String) -> [OutputFile] {
        let page = PageState(route: .indicator(code, indicator.id), language: context.language(code))
        let figures = ChartFigureBuilder(context: context, page: page)
        let resolver = ChartResolver(site: site)
        let format = context.formatter(code)
        let cities = site.cities.filter { $0.indicatorIDs.contains(indicator.id) }
        var values = context.base(code)
        values["name"] = context.text(indicator.name, code)!
        values["description"] = context.text(indicator.description, code)
        values["homeHref"] = page.link(to: .home(code))
        values["unit"] = format.style.unitLabel(indicator.unit)
        values["betterText"] = context.strings.text("better_\(indicator.better.rawValue)", code)
        if cities.count > 1, let spec = DefaultChart.spec(for: indicator, cities: cities), spec.type != .change,
           case .success(let chart) = resolver.resolve(spec, pageCity: nil) {
            values["figure"] = figures.figure(chart)
        }
        values["cities"] = cities.map { city -> [String: Any] in
            let html = defaultFigures(indicator, city: city, figures: figures)
            return ["name": context.text(city.name, code)!, "href": page.link(to: .city(code, city.id)) + "#indicator-\(indicator.id)",
                    "anchor": "city-\(city.id)", "figure": html]
        }
        values["derivedNotes"] = derivedNotes(page)
        let body = context.templates.render("indicator", values)
        return [layout.render(body: body, title: context.text(indicator.name, code)!, description: context.text(indicator.description, code),
                              page: page, available: codes)] + page.files
    }

    // MARK: - Parts

    /// An indicator's chart for one city, chosen from its data, then its reported changes
    /// when it has levels as well.
    private func defaultFigures(_ indicator: Indicator, city: City, figures: ChartFigureBuilder) -> String {
        let resolver = ChartResolver(site: site)
        guard let spec = DefaultChart.spec(for: indicator, cities: [city]),
              case .success(let chart) = resolver.resolve(spec, pageCity: city.id) else { return "" }
        var html = figures.figure(chart)
        if let changes = DefaultChart.changeSpec(for: indicator, city: city, primary: spec.type),
           case .success(let chart) = resolver.resolve(changes, pageCity: city.id) {
            html += figures.figure(chart)
        }
        return html
    }

    private func reportList(_ reports: [Report], code: String, page: PageState, withCity: Bool) -> [[String: Any]] {
        reports.sorted { ($0.date, $0.city, $0.id) > ($1.date, $1.city, $1.id) }.compactMap { report in
            guard let narrative = report.narratives[code] ?? report.narratives.values.sorted(by: { $0.path < $1.path }).first else { return nil }
            var entry: [String: Any] = ["title": narrative.frontMatter.title, "href": page.link(to: .report(code, report.city, report.id)),
                                        "date": report.date, "dateText": report.date]
            entry["summary"] = narrative.frontMatter.summary
            if withCity { entry["cityName"] = site.city(report.city).flatMap { context.text($0.name, code) } }
            return entry
        }
    }

    private func categories(code: String, page: PageState) -> [[String: Any]] {
        orderedCategories().compactMap { category in
            let indicators = reported.filter { $0.category == category }
            guard !indicators.isEmpty else { return nil }
            return ["name": categoryName(category, code), "indicators": indicators.map {
                ["name": context.text($0.name, code)!, "href": page.link(to: .indicator(code, $0.id))]
            }]
        }
    }

    private func orderedCategories() -> [String] {
        var seen: [String] = []
        for indicator in site.indicators where !seen.contains(indicator.category) { seen.append(indicator.category) }
        return seen
    }

    /// A category's name from the interface strings (`category_<id>`), else its id.
    private func categoryName(_ category: String, _ code: String) -> String {
        context.strings.table[code]?["category_\(category)"] ?? category
    }

    private func derivedNotes(_ page: PageState) -> String {
        context.templates.render("derivednotes", context.base(page.language.code).merging([
            "derived": page.derived.map { ["what": $0.what, "how": $0.how] },
        ]) { $1 })
    }
}
