import SiteModel
import Theme

/// The site as one page reads it: each accessor records in the page's `RouteReads` what it
/// hands out, so that what a page depends on is what it asked for, not what its author
/// remembered to write down (a preview that re-renders by those reads cannot miss an edit).
///
/// What each accessor records:
/// - `city(_:)`, `cities`: the city's data, whole (`reads.cities`); `cities` the list too (`cityList`).
/// - `cityNames`: the list of cities and their names only (`cityList`), no data: navigation.
/// - `shown(_:)`: a narrative read whole (`reads.narratives`).
/// - `listed(_:)`, `freePages`, `reports`: narratives' front matter only (`reads.listedNarratives`);
///   `reports` also the list of every report (`reportList`).
/// - `latestDate`: every report's date and every city's sources (`reportList`, every city).
///
/// `config` and `indicators` (site.yaml, indicators.yaml) are not recorded: every page reads
/// them, and an edit of either re-renders the whole site, as does one of the templates or
/// interface strings (`reads.templates` is recorded where a template is rendered).
package struct SiteView {
    private let site: Site
    private let page: PageState

    package init(_ site: Site, page: PageState) {
        self.site = site
        self.page = page
    }

    package var config: SiteConfig { site.config }
    package var indicators: [Indicator] { site.indicators }
    package func indicator(_ id: String) -> Indicator? { site.indicator(id) }

    /// One city, its data and reports included.
    package func city(_ id: String) -> City? {
        page.reads.cities.insert(id)
        return site.city(id)
    }

    /// Every city, with its data: the list and each city.
    package var cities: [City] {
        page.reads.cityList = true
        page.reads.cities.formUnion(site.cities.map(\.id))
        return site.cities
    }

    /// The cities that have data for an indicator, with their data: which cities those are
    /// is the list's (a city that gains or loses an indicator re-renders the whole site).
    package func cities(reporting indicator: String) -> [City] {
        page.reads.cityList = true
        let cities = site.cities.filter { $0.hasData(indicator) }
        page.reads.cities.formUnion(cities.map(\.id))
        return cities
    }

    /// Every city's id and name, in site order, without its data.
    package var cityNames: [(id: String, name: LocalizedText)] {
        page.reads.cityList = true
        return site.cities.map { ($0.id, $0.name) }
    }

    /// A narrative the page shows whole.
    package func shown(_ narrative: Narrative) -> Narrative {
        page.reads.narratives.insert(narrative.path)
        return narrative
    }

    /// A narrative's front matter (title, date, summary), which the page lists.
    package func listed(_ narrative: Narrative) -> FrontMatter {
        page.reads.listedNarratives.insert(narrative.path)
        return narrative.frontMatter
    }

    /// The free pages, for their titles: every page's navigation lists them.
    package var freePages: [FreePage] {
        for freePage in site.pages { page.reads.listedNarratives.formUnion(freePage.narratives.values.map(\.path)) }
        return site.pages
    }

    /// Every report of every city, for their front matter (home page, feeds).
    package var reports: [Report] {
        page.reads.reportList = true
        let reports = site.cities.flatMap(\.reports)
        for report in reports { page.reads.listedNarratives.formUnion(report.narratives.values.map(\.path)) }
        return reports
    }

    /// The latest date among every city's sources and every report: when anything on the
    /// site last changed, for a page that cites no source of its own.
    package var latestDate: String? {
        page.reads.reportList = true
        page.reads.cities.formUnion(site.cities.map(\.id))
        return site.cities.flatMap { $0.sources.compactMap(\.date) + $0.reports.map(\.date) }.filter { !$0.isEmpty }.max()
    }
}

extension PageState {
    /// The site as this page reads it, recording what it reads.
    package func reading(_ site: Site) -> SiteView { SiteView(site, page: self) }
}
