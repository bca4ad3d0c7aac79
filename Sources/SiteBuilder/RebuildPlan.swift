import Foundation
import Pages
import SiteModel
import Theme

/// Which routes a build takes from the previous output instead of rendering them: those the
/// previous build's manifest lists with the digest their reads have now, whose files are
/// still in the previous output exactly as that build wrote them. Everything else renders.
struct RebuildPlan {
    /// Reusable routes' manifest entries, by `Route.file`.
    private(set) var reusable: [String: BuildManifest.Entry] = [:]
    /// The previous files to take, with their stamps: those of reusable routes (a chart
    /// several routes show may be listed more than once).
    private(set) var stamps: [(path: String, stamp: FileStamp)] = []
    /// Whether nothing at all changed: the previous output is the output, and not touched.
    private(set) var upToDate = false
    /// What a `--verbose` build says about the plan.
    var notes: [String] = []

    /// A plan that renders every route, saying why.
    static func full(_ reason: String) -> RebuildPlan {
        var plan = RebuildPlan()
        plan.notes = ["full build: \(reason)"]
        return plan
    }

    init() {}

    /// Compares the previous build's manifest with the inputs as they are now.
    init(manifest: BuildManifest, digests: InputDigests, routes: [Route], output: URL, search: Bool) {
        if manifest.header.global != digests.global {
            notes.append("full build: a site-wide input changed (site.yaml, indicators.yaml, Templates/, the free pages or their titles, the options or the binary)")
        }
        var changed = 0
        var tampered = 0
        let current = Set(routes.map(\.file))
        // Whether each route's inputs are the same and its files still as written, on all
        // cores: 22,900 files at 300 cities, each a route's own.
        let folder = output.path + "/"
        let entries = manifest.routes
        let checked = concurrentMap(entries.count) { index -> (same: Bool, intact: [Bool]) in
            let entry = entries[index]
            guard current.contains(entry.route) else { return (false, []) }
            let intact = zip(entry.files, entry.stamps).map { path, stamp in stamp != nil && FileStamp(path: folder + path) == stamp }
            return (entry.digest == digests.digest(of: entry.reads), intact)
        }
        // A route may show a chart another route wrote: it is reused only if that file is intact too.
        let shown = Set(entries.flatMap(\.charts))
        var charts: [String: FileStamp] = [:]
        for (entry, check) in zip(entries, checked) {
            for (index, isIntact) in check.intact.enumerated() where isIntact && shown.contains(entry.files[index]) {
                charts[entry.files[index]] = entry.stamps[index]
            }
        }
        for (entry, check) in zip(entries, checked) where current.contains(entry.route) {
            guard check.same else {
                changed += 1
                continue
            }
            guard !check.intact.contains(false), entry.charts.allSatisfy({ charts[$0] != nil }) else {
                tampered += 1
                continue
            }
            reusable[entry.route] = entry
            for case let (path, stamp?) in zip(entry.files, entry.stamps) { stamps.append((path, stamp)) }
            for path in entry.charts { if let stamp = charts[path] { stamps.append((path, stamp)) } }
        }
        let added = current.subtracting(manifest.routes.map(\.route)).count
        let removed = Set(manifest.routes.map(\.route)).subtracting(current).count
        upToDate = reusable.count == routes.count && removed == 0 && manifest.header.publicFiles == digests.publicFiles && manifest.header.search == search
            && manifest.header.others.allSatisfy { FileStamp(path: output.path + "/" + $0.key) == $0.value }
        if manifest.header.global == digests.global {
            notes.append("\(routes.count - reusable.count) of \(routes.count) routes to render (\(changed) with changed inputs, \(added) new, \(tampered) whose previous files were changed or removed); \(reusable.count) taken from the previous output"
                + (removed > 0 ? "; \(removed) gone" : ""))
        }
        if upToDate { notes.append("nothing changed: the output is up to date") }
    }

    /// The previous output of a route, if it is reused.
    func reused(_ route: Route) -> RenderedRoute? {
        guard let entry = reusable[route.file] else { return nil }
        return RenderedRoute(route: route, files: [], reads: entry.reads, charts: entry.charts, diagnostics: entry.diagnostics,
                             reusedFiles: entry.files)
    }
}
