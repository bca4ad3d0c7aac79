import Foundation
import SiteModel
import Theme

/// schema.org `Dataset` JSON-LD for a city page: what search engines' dataset search reads.
/// Download addresses are absolute when the site's base URL is known, else relative to the
/// page (JSON-LD resolves them against the page's address).
package struct DatasetJSONLD {
    package let context: RenderContext

    /// nil for a city with neither values nor reported changes: there is no dataset to describe.
    package func render(_ city: City, code: String, page: PageState) -> String? {
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
        // The creators are the publishers of the documents the figures come from.
        var publishers: [String] = []
        for source in city.sources {
            if let publisher = context.text(source.publisher, code), !publishers.contains(publisher) { publishers.append(publisher) }
        }
        let dataset = Dataset(
            name: "\(name) · \(site.config.title.resolved(code, fallbacks: context.fallbacks(code)))",
            description: description, inLanguage: context.language(code).locale,
            temporalCoverage: first == last ? "\(first)" : "\(first)/\(last)",
            spatialCoverage: Place(name: name),
            variableMeasured: indicators.map { context.text($0.name, code)! },
            distribution: [
                DataDownload(encodingFormat: "text/csv", contentUrl: address("data/\(city.id).csv")),
                DataDownload(encodingFormat: "application/json", contentUrl: address("data/\(city.id).json")),
            ],
            isBasedOn: city.sources.map { source in
                CreativeWork(name: context.text(source.title, code)!, url: source.url, datePublished: source.date,
                             publisher: context.text(source.publisher, code).map { Organization(name: $0) })
            },
            url: base.map { page.route.url(base: $0) }, license: site.config.licence?.url,
            creator: publishers.isEmpty ? nil : Creator(organizations: publishers.map { Organization(name: $0) }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(dataset)) ?? Data(), as: UTF8.self)
    }
}

// schema.org nodes as JSON-LD writes them: each names its `@type`; absent values are left
// out, and the encoder sorts the keys.

private struct Dataset: Encodable {
    package var context = "https://schema.org"
    package var type = "Dataset"
    package let name: String
    package let description: String
    package let inLanguage: String
    package let temporalCoverage: String
    package let spatialCoverage: Place
    package let variableMeasured: [String]
    package let distribution: [DataDownload]
    package let isBasedOn: [CreativeWork]
    package let url: String?
    package let license: String?
    package let creator: Creator?

    package enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type"
        case name, description, inLanguage, temporalCoverage, spatialCoverage, variableMeasured, distribution, isBasedOn, url, license, creator
    }
}

private struct Place: Encodable {
    package var type = "Place"
    package let name: String
    package enum CodingKeys: String, CodingKey { case type = "@type", name }
}

private struct Organization: Encodable {
    package var type = "Organization"
    package let name: String
    package enum CodingKeys: String, CodingKey { case type = "@type", name }
}

private struct DataDownload: Encodable {
    package var type = "DataDownload"
    package let encodingFormat: String
    package let contentUrl: String
    package enum CodingKeys: String, CodingKey { case type = "@type", encodingFormat, contentUrl }
}

private struct CreativeWork: Encodable {
    package var type = "CreativeWork"
    package let name: String
    package let url: String?
    package let datePublished: String?
    package let publisher: Organization?
    package enum CodingKeys: String, CodingKey { case type = "@type", name, url, datePublished, publisher }
}

/// One publisher is an object, several a list.
private struct Creator: Encodable {
    package let organizations: [Organization]
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if organizations.count == 1 { try container.encode(organizations[0]) } else { try container.encode(organizations) }
    }
}
