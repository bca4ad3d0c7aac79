import Diagnostics
import Foundation
import SiteModel
import Theme

/// What one page gathers while it is rendered: its charts' files, the derived values it
/// shows (explained at the foot of the page) and the sources it cites (in its footer).
package final class PageState {
    package let route: Route
    package let language: Language
    private(set) var chartCount = 0
    private(set) var files: [OutputFile] = []
    private(set) var derived: [(key: String, what: String, how: String)] = []
    /// Source keys `city/source-id`, in order of first use.
    private(set) var sources: [String] = []
    /// What the page read, for incremental rebuilds.
    package var reads = RouteReads()
    /// The standalone chart files its figures link to, in order of first use.
    private(set) var charts: [String] = []

    /// The prefix from this page back to the site root: relative (`../../`) for every page
    /// but the 404 page, which a server answers at any depth and so links from the root path.
    package let root: String

    package init(route: Route, language: Language, root: String? = nil) {
        self.route = route
        self.language = language
        self.root = root ?? route.root
    }

    /// A link from this page to another page.
    package func link(to target: Route) -> String { root + target.file }

    /// A link from this page to a file under the site root.
    package func link(to path: String) -> String { root + path }

    /// The next chart's id on this page: `chart-1`, `chart-2`, …
    package func nextChartID() -> String {
        chartCount += 1
        return "chart-\(chartCount)"
    }

    package func add(_ file: OutputFile) { files.append(file) }

    package func linkChart(_ path: String) { if !charts.contains(path) { charts.append(path) } }

    /// Takes in what drawing a shared figure cited, noted and read, in the same order.
    package func absorb(sources: [String], derived: [(key: String, what: String, how: String)], reads: RouteReads) {
        for key in sources where !self.sources.contains(key) { self.sources.append(key) }
        for entry in derived { noteDerived(key: entry.key, what: entry.what, how: entry.how) }
        self.reads.formUnion(reads)
    }

    /// Notes on the figures the page shows (`note` on an observation or change), numbered
    /// in order of first use: listed at the foot of the page, or under a chart for its own.
    private(set) var notes: [(key: String, what: String, text: String)] = []

    /// The number of a figure's note on this page (1-based), adding it on first use.
    @discardableResult
    package func note(key: String, what: String, text: String) -> Int {
        if let index = notes.firstIndex(where: { $0.key == key }) { return index + 1 }
        notes.append((key, what, text))
        return notes.count
    }

    package func noteDerived(key: String, what: String, how: String) {
        if !derived.contains(where: { $0.key == key }) { derived.append((key, what, how)) }
    }

    package func cite(city: String, source: String?) {
        reads.cities.insert(city)
        guard let source else { return }
        let key = "\(city)/\(source)"
        if !sources.contains(key) { sources.append(key) }
    }
}
