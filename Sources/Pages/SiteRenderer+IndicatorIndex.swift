import SiteModel
import Theme

/// A language's indicator index (`/<lang>/indicators/`): every indicator that has a page,
/// once, under its category in catalogue order, with the cities that report it. The home
/// page links here instead of listing every indicator, so it stays short as the catalogue grows.
extension SiteRenderer {
    /// Past this many cities an index entry counts them instead of naming them: the index
    /// must not grow with the number of cities times the number of indicators.
    package static let citiesNamedInIndex = 4

    package func indicatorIndex(_ code: String) -> RenderedRoute {
        let page = PageState(route: .indicatorIndex(code), language: context.language(code))
        let model = IndicatorIndexModel(homeHref: page.link(to: .home(code)),
                                        categories: indicatorCategories(code: code, page: page, withCities: true))
        let body = template(model, page: page)
        return finish(page, body: body, title: context.strings.text("indicators", code),
                      description: context.strings.text("indicator_index_lead", code), available: codes)
    }

    /// The categories that have at least one indicator with a page, in catalogue order: each
    /// with its anchor on the index, its name, its number of indicators and (for the index)
    /// the indicators themselves.
    package func indicatorCategories(code: String, page: PageState, withCities: Bool) -> [IndicatorCategory] {
        let index = page.link(to: .indicatorIndex(code))
        let site = page.reading(site)
        return categoryOrder.compactMap { category in
            let indicators = reported.filter { $0.category == category }
            guard !indicators.isEmpty else { return nil }
            let listed: [IndexedIndicator] = !withCities ? [] : indicators.map { indicator in
                let cities = site.cities(reporting: indicator.id)
                let who = cities.count <= Self.citiesNamedInIndex
                    ? cities.map { context.text($0.name, code)! }.joined(separator: context.listSeparator(code))
                    : context.strings.text("city_count", code).replacingOccurrences(of: "{count}", with: String(cities.count))
                return IndexedIndicator(name: context.text(indicator.name, code)!, href: page.link(to: .indicator(code, indicator.id)),
                                        cities: who)
            }
            return IndicatorCategory(id: category, name: categoryName(category, code), count: indicators.count,
                                     href: index + "#category-\(category)", indicators: listed)
        }
    }
}
