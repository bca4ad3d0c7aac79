import Diagnostics
import SiteModel
import Theme

/// Stage three, route by route: what a page shows, resolved against the site's data before
/// the page is rendered.
///
/// - A report's or free page's narrative is parsed and bound (its chart blocks and `[[…]]`
///   references to the data they name). That is where a narrative's problems are found.
/// - The charts a page draws from its data alone are chosen and resolved: a city's trends,
///   the home page's comparison, an indicator's comparison and series.
///
/// Rendering takes the result (`SiteRenderer.render(_:)`), and neither validates nor resolves.
/// Route by route rather than the whole site first, so that only the pages rendering at once
/// hold a narrative's parse tree (a 300-city site has 1,200 narratives).
package struct RouteResolver: Sendable {
    package let site: Site
    private let validator: SiteValidator
    private let charts: ChartResolver

    package init(site: Site) {
        self.site = site
        self.validator = SiteValidator(site: site)
        self.charts = ChartResolver(site: site)
    }

    package func resolve(_ route: Route) -> ResolvedRoute {
        var resolved = ResolvedRoute(route: route)
        switch route {
        case .report(let code, let cityID, let id):
            guard let report = site.city(cityID)?.reports.first(where: { $0.id == id }),
                  let narrative = report.narratives[code] else { break }
            resolved.bind(narrative, city: cityID, with: validator)
        case .page(let code, let slug):
            guard let narrative = site.pages.first(where: { $0.slug == slug })?.narratives[code] else { break }
            resolved.bind(narrative, city: nil, with: validator)
        case .city(_, let id):
            guard let city = site.city(id) else { break }
            // Every indicator with three levels or more may be charted; the page's budget
            // decides which are drawn.
            for id in city.indicatorIDs where city.observations(of: id).count >= 3 {
                guard let indicator = site.indicator(id), let spec = DefaultChart.spec(for: indicator, cities: [city]) else { continue }
                resolved.charts[.trend(id)] = chart(spec, pageCity: city.id)
            }
        case .home:
            resolved.charts[.comparison] = Self.comparisonSpec(site).flatMap { chart($0, pageCity: nil) }
        case .indicator(_, let id):
            guard let indicator = site.indicator(id) else { break }
            let plan = IndicatorPage.Plan(indicator, cities: site.cities.filter { $0.hasData(id) })
            resolved.indicatorPlan = plan
            if let year = plan.year {
                let drawn = plan.compared.prefix(IndicatorPage.chartLimit)
                let spec = ChartSpec(type: .bar, indicators: [id], cities: drawn.map(\.id), years: YearSpan(year, year), title: nil,
                                     location: DefaultChart.generated, keyLocations: [:])
                resolved.charts[.comparison] = chart(spec, pageCity: nil)
            }
            if !plan.series.isEmpty, plan.series.count <= IndicatorPage.seriesLimit,
               let spec = DefaultChart.spec(for: indicator, cities: plan.series) {
                resolved.charts[.series] = chart(spec, pageCity: nil)
            }
        default:
            break
        }
        return resolved
    }

    /// A chart the site generates: its spec comes from the data, so it resolves whenever the
    /// data is there; nil otherwise (nothing to draw).
    private func chart(_ spec: ChartSpec, pageCity: String?) -> ResolvedChart? {
        guard case .success(let chart) = charts.resolve(spec, pageCity: pageCity) else { return nil }
        return chart
    }

    /// The home page's comparison: the first indicator that two or more cities have
    /// single-year levels for in the same year (the latest such year), as bars by city ranked
    /// by value, at most `IndicatorPage.chartLimit` of them: values of different years are not
    /// ranked.
    package static func comparisonSpec(_ site: Site) -> ChartSpec? {
        let cities = site.cities
        for indicator in site.indicators {
            let years = cities.flatMap { Set($0.yearLevels(of: indicator.id).map(\.year)) }
            let shared = Dictionary(grouping: years, by: { $0 }).filter { $0.value.count >= 2 }.keys.max()
            guard let year = shared else { continue }
            // Ranked, and at most as many bars as an indicator page draws.
            let ranked = cities.compactMap { city in city.level(indicator.id, year: year).map { (city, $0.value) } }
                .sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.prefix(IndicatorPage.chartLimit).map(\.0)
            return ChartSpec(type: .bar, indicators: [indicator.id], cities: ranked.map(\.id), years: YearSpan(year, year), title: nil,
                             location: DefaultChart.generated, keyLocations: [:])
        }
        return nil
    }
}

/// A route with what it shows resolved: what `SiteRenderer.render(_:)` takes.
package struct ResolvedRoute: Sendable {
    /// A chart a page draws from its data, by what it shows.
    package enum GeneratedChart: Hashable, Sendable {
        /// A city page's line (or other chart) of one indicator, by the indicator's id.
        case trend(String)
        /// The cities of one year ranked: on the home page and an indicator's page.
        case comparison
        /// An indicator's cities over time, on its page.
        case series
    }

    package let route: Route
    /// The narrative the page shows in its language, parsed and bound; nil on a page that
    /// shows none, and for a language the text lacks.
    package var narrative: SiteValidator.BoundNarrative?
    package var charts: [GeneratedChart: ResolvedChart] = [:]
    /// An indicator page's plan: which cities its comparison, series and figures show.
    package var indicatorPlan: IndicatorPage.Plan?
    /// The problems found resolving: the narrative's. A converted edition has none of its
    /// own: they are its original's, reported with it.
    package var diagnostics: [Diagnostic] = []

    package init(route: Route) { self.route = route }

    fileprivate mutating func bind(_ narrative: Narrative, city: String?, with validator: SiteValidator) {
        let bound = validator.bind(narrative, city: city)
        self.narrative = bound
        if narrative.convertedFrom == nil { diagnostics = bound.diagnostics }
    }
}
