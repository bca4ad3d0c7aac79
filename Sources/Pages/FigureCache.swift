import SiteModel
import Synchronization
import Theme

/// A chart's figure drawn once for one language, with the parts that differ between the
/// pages showing it (the element ids, and the links back to the site root) left as holes.
package struct DrawnFigure: Sendable {
    /// The figure's HTML cut at each hole; `holes[i]` goes between `parts[i]` and `parts[i + 1]`.
    package let parts: [String]
    package let holes: [Hole]
    /// About how many bytes the figure takes on a page (its holes filled with short values):
    /// what a bounded page or cache counts, so worked out once.
    package let byteCount: Int
    /// The standalone `.svg` file, shared by every page that shows the chart.
    package let standalone: OutputFile
    /// The rows the chart draws, as CSV beside the `.svg` (same name, `.csv`): its "download data".
    package let rows: OutputFile
    /// Sources cited (`city/source`), derived values noted, and what drawing read: replayed
    /// on every page that shows the figure, as if it had drawn it.
    package let sources: [String]
    package let derived: [(key: String, what: String, how: String)]
    package let reads: RouteReads
    /// The cache key it was drawn for.
    package let key: String
    /// False for a figure drawn only as far as its SVGs: no HTML, and `byteCount` is then the
    /// size of its inline SVGs, which its HTML would hold as they are (a lower bound).
    package let isComplete: Bool

    package enum Hole: Sendable { case id, root }

    /// Marks written where the holes go while drawing. Ids pass through `ChartRenderer`'s
    /// id sanitising (letters, digits, `-`) and links through template escaping unchanged.
    package static let idMark = "rsfigholeid7q"
    package static let rootMark = "rsfigholeroot7q/"

    package init(key: String, html: String, standalone: OutputFile, rows: OutputFile, page: PageState) {
        let (parts, holes) = Self.cut(html)
        self.init(key: key, parts: parts, holes: holes, byteCount: parts.reduce(0) { $0 + $1.utf8.count } + holes.count * 16,
                  standalone: standalone, rows: rows, page: page, isComplete: true)
    }

    /// A figure drawn only as far as its SVGs: what a bounded page needs to rule out showing
    /// it, and the standalone files every chart has (a later full drawing is not handed out again).
    package init(key: String, inlineBytes: Int, standalone: OutputFile, rows: OutputFile, page: PageState) {
        self.init(key: key, parts: [""], holes: [], byteCount: inlineBytes, standalone: standalone, rows: rows, page: page,
                  isComplete: false)
    }

    private init(key: String, parts: [String], holes: [Hole], byteCount: Int, standalone: OutputFile, rows: OutputFile,
                 page: PageState, isComplete: Bool) {
        self.key = key
        self.parts = parts
        self.holes = holes
        self.byteCount = byteCount
        self.standalone = standalone
        self.rows = rows
        self.sources = page.sources
        self.derived = page.derived
        self.reads = page.reads
        self.isComplete = isComplete
    }

    /// What keeping it costs a bounded cache: its HTML and its standalone files.
    package var keptBytes: Int { byteCount + standalone.data.count + rows.data.count }

    /// The chart's files of its own, the `.svg` and its `.csv`: added to the site by the first
    /// page that shows or links the chart.
    package var files: [OutputFile] { [standalone, rows] }

    /// Cuts `html` at every mark, in one pass over its UTF-8 bytes (a Foundation search per
    /// mark bridged the whole figure to UTF-16 each time: half the build time at 100 cities).
    package static func cut(_ html: String) -> (parts: [String], holes: [Hole]) {
        let bytes = Array(html.utf8)
        // Both marks start with the same stem; what follows it says which hole it is.
        let stem = Array("rsfighole".utf8), idTail = Array("id7q".utf8), rootTail = Array("root7q/".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            guard index + pattern.count <= bytes.count else { return false }
            for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
            return true
        }
        var parts: [String] = []
        var holes: [Hole] = []
        var start = 0
        var index = 0
        while index + stem.count <= bytes.count {
            guard bytes[index] == stem[0], matches(stem, at: index) else { index += 1; continue }
            let tail = index + stem.count
            let hole: (Hole, Int)? = matches(idTail, at: tail) ? (.id, idTail.count)
                : matches(rootTail, at: tail) ? (.root, rootTail.count) : nil
            guard let (kind, length) = hole else { index += 1; continue }
            parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            holes.append(kind)
            index = tail + length
            start = index
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return (parts, holes)
    }

    /// The figure's HTML on one page.
    package func html(id: String, root: String) -> String {
        assert(isComplete, "a figure drawn only as far as its SVGs has no HTML")
        var html = parts[0]
        for (index, hole) in holes.enumerated() {
            html += hole == .id ? id : root
            html += parts[index + 1]
        }
        return html
    }
}

/// Every figure drawn so far, by language and chart: pages rendered concurrently share it,
/// so a chart shown on a city page, an indicator page and in a report is drawn once.
package final class FigureCache: Sendable {
    private struct Store {
        package var figures: [String: DrawnFigure] = [:]
        /// The keys of figures that belong to one chart block (those with their own title),
        /// by the narrative they are written in: a preview forgets them without a search.
        package var keysByFile: [String: Set<String>] = [:]
        /// The key of the figure kept for each standalone file, `.svg` or `.csv` (a preview looks charts up by file).
        package var keyByPath: [String: String] = [:]
        /// Keys whose standalone file a page has added: exactly once each, kept or not.
        package var handedOut: Set<String> = []
        /// Kept figures, oldest first from `head`, and their size, when the cache is bounded.
        package var order: [String] = []
        package var head = 0
        package var bytes = 0
    }

    private let store = Mutex(Store())
    /// At most about this many bytes of figures are kept; nil keeps every figure.
    private let limit: Int?

    /// A cache that keeps every figure (a preview, which serves them all), or about `limit`
    /// bytes of the latest ones (a build, whose memory must not grow with the site: a
    /// figure no longer kept is drawn again, to the same bytes, if another page shows it).
    package init(limit: Int? = nil) {
        self.limit = limit
    }

    /// The figure for `key`, drawing it when it is not kept. `isNew` is true for exactly one
    /// caller per key: the page that adds the standalone file to the build. `file` names the
    /// narrative of a figure that belongs to its chart block. With `partialWillDo`, a figure
    /// drawn only as far as its SVGs is enough; else a kept partial one is drawn again in full
    /// and replaces it.
    package func figure(_ key: String, file: String? = nil, partialWillDo: Bool = false,
                draw: () -> DrawnFigure) -> (figure: DrawnFigure, isNew: Bool) {
        if let found = store.withLock({ $0.figures[key] }), found.isComplete || partialWillDo { return (found, false) }
        // Drawn outside the lock; if another page drew it meanwhile, its copy wins (the same bytes).
        let drawn = draw()
        return store.withLock { store in
            if let found = store.figures[key], found.isComplete || !drawn.isComplete { return (found, false) }
            let isNew = store.handedOut.insert(key).inserted
            let replaced = store.figures.updateValue(drawn, forKey: key)
            for file in drawn.files { store.keyByPath[file.path] = key }
            if let file { store.keysByFile[file, default: []].insert(key) }
            if let limit {
                if let replaced {
                    store.bytes -= replaced.keptBytes
                } else {
                    store.order.append(key)
                }
                store.bytes += drawn.keptBytes
                while store.bytes > limit, store.head < store.order.count {
                    let oldest = store.order[store.head]
                    store.head += 1
                    if let gone = store.figures.removeValue(forKey: oldest) { store.bytes -= gone.keptBytes }
                }
                if store.head > 4096, store.head * 2 > store.order.count {
                    store.order.removeFirst(store.head)
                    store.head = 0
                }
            }
            return (drawn, isNew)
        }
    }

    /// Forgets every figure for which `stale` is true (a preview after an edit).
    package func removeAll(where stale: (DrawnFigure) -> Bool) {
        store.withLock { store in
            let gone = store.figures.values.filter(stale).map(\.key)
            for key in gone { store.figures[key] = nil }
            store.handedOut.subtract(gone)
            for file in store.keysByFile.keys { store.keysByFile[file]?.subtract(gone) }
        }
    }

    /// Forgets the figures that belong to chart blocks of one narrative (a preview after it
    /// was edited: a retitled block keeps its file name, so its old drawing must go).
    package func removeAll(drawnIn file: String) {
        store.withLock { store in
            for key in store.keysByFile.removeValue(forKey: file) ?? [] {
                store.figures[key] = nil
                store.handedOut.remove(key)
            }
        }
    }

    /// The standalone files (`.svg` and `.csv`) of every figure drawn, by path.
    package var standaloneFiles: [String: OutputFile] {
        store.withLock { store in
            Dictionary(store.figures.values.flatMap { $0.files.map { ($0.path, $0) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The standalone files drawn at the given paths (a preview's update asks for a few).
    package func standaloneFiles(at paths: Set<String>) -> [String: OutputFile] {
        guard !paths.isEmpty else { return [:] }
        return store.withLock { store in
            var found: [String: OutputFile] = [:]
            for path in paths {
                if let key = store.keyByPath[path], let file = store.figures[key]?.files.first(where: { $0.path == path }) {
                    found[path] = file
                }
            }
            return found
        }
    }

    /// A key that names a chart's content: two charts with the same key draw the same figure.
    package static func key(_ chart: ResolvedChart, language: String) -> String {
        let spec = chart.spec
        var key = "\(language)|\(spec.type.rawValue)|\(chart.indicators.map(\.id).joined(separator: ","))|"
        key += chart.cities.map(\.id).joined(separator: ",")
        // A chart of the page's own city is described without naming it.
        key += spec.cities == nil ? "|page-city" : "|named"
        if let years = spec.years { key += "|\(years.first)..\(years.last)" }
        // A chart with its own title stays with its chart block: its file name then comes from
        // where it is written, never from what the author wrote.
        if let title = spec.title { key += "|at:\(spec.location.file):\(spec.location.line)|t:\(title)" }
        return key
    }

    /// The part of a key that names the standalone file: everything but an author's title.
    private static func fileKey(_ key: String) -> Substring {
        key.range(of: "|t:").map { key[..<$0.lowerBound] } ?? Substring(key)
    }

    /// The standalone file's path for a key: `<lang>/charts/<type>-<first indicator>-<hash>.svg`
    /// (its rows are the same path with `.csv`); `kind` names a figure that is not its chart
    /// type's (`trends`: small multiples).
    package static func path(_ chart: ResolvedChart, key: String, language: String, kind: String? = nil) -> String {
        // FNV-1a, 64 bits: stable across runs and platforms, unlike Hasher.
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in fileKey(key).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        let indicator = chart.indicators.first?.id ?? "changes"
        return "\(language)/charts/\(kind ?? chart.spec.type.rawValue)-\(indicator)-\(String(repeating: "0", count: 16 - hex.count) + hex).svg"
    }
}
