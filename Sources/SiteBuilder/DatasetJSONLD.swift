import Foundation
import SiteModel

/// schema.org `Dataset` JSON-LD for a city page: what search engines' dataset search reads.
/// Download addresses are absolute when the site's base URL is known, else relative to the
/// page (JSON-LD resolves them against the page's address).
struct DatasetJSONLD {
    let context: RenderContext

    /// nil for a city with neither values nor reported changes: there is no dataset to describe.
    func render(_ city: City, code: String, page: PageState) -> String? {
        let site = context.site
        let years = city.observations.flatMap { [$0.period?.first ?? $0.year, $0.year] } + city.changes.flatMap { [$0.from, $0.to] }
        guard let first = years.min(), let last = years.max() else { return nil }
        let base = site.config.baseURL
        let address = { (path: String) in base.map { $0 + path } ?? page.link(to: path) }
        let name = context.text(city.name, code)!
        let indicators = site.indicators.filter { city.indicatorIDs.contains($0.id) }
        let span = first == last ? "\(first)" : "\(first)–\(last)"
        let description = context.strings.text("dataset_description", code)
            .replacingOccurrences(of: "{city}", with: name)
            .replacingOccurrences(of: "{count}", with: "\(indicators.count)")
            .replacingOccurrences(of: "{years}", with: span)
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": "\(name) · \(site.config.title.resolved(code, fallbacks: context.fallbacks(code)))",
            "description": description,
            "inLanguage": context.language(code).locale,
            "temporalCoverage": first == last ? "\(first)" : "\(first)/\(last)",
            "spatialCoverage": ["@type": "Place", "name": name],
            "variableMeasured": indicators.map { context.text($0.name, code)! },
            "distribution": [
                ["@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": address("data/\(city.id).csv")],
                ["@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": address("data/\(city.id).json")],
            ],
            "isBasedOn": city.sources.map(work),
        ]
        if let base { object["url"] = page.route.url(base: base) }
        // The creators are the publishers of the documents the figures come from.
        var publishers: [String] = []
        for source in city.sources {
            if let publisher = context.text(source.publisher, code), !publishers.contains(publisher) { publishers.append(publisher) }
        }
        let organizations = publishers.map { ["@type": "Organization", "name": $0] }
        if organizations.count == 1 { object["creator"] = organizations[0] } else if !organizations.isEmpty { object["creator"] = organizations }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)

        func work(_ source: Source) -> [String: Any] {
            var entry: [String: Any] = ["@type": "CreativeWork", "name": context.text(source.title, code)!]
            if let url = source.url { entry["url"] = url }
            if let date = source.date { entry["datePublished"] = date }
            if let publisher = context.text(source.publisher, code) { entry["publisher"] = ["@type": "Organization", "name": publisher] }
            return entry
        }
    }
}
