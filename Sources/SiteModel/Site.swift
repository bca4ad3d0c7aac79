import Diagnostics
import Foundation

/// Everything a site's `Content/` holds, loaded and resolved.
public struct Site: Sendable {
    /// The site folder (holding `Content/`, `Templates/`, `Public/`).
    public var root: URL
    public var config: SiteConfig
    /// In file order.
    public var indicators: [Indicator]
    /// Sorted by id.
    public var cities: [City]
    /// Sorted by slug.
    public var pages: [FreePage]

    public func indicator(_ id: String) -> Indicator? { indicatorsByID[id] }
    public func city(_ id: String) -> City? { cities.first { $0.id == id } }

    private var indicatorsByID: [String: Indicator]

    public init(root: URL, config: SiteConfig, indicators: [Indicator], cities: [City], pages: [FreePage]) {
        self.root = root
        self.config = config
        self.indicators = indicators
        self.cities = cities
        self.pages = pages
        self.indicatorsByID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
