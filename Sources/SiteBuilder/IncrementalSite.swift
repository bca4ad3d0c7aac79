import Diagnostics
import Foundation
import Pages
import SiteModel
import Theme

/// A site built in memory and kept up to date file by file: what a preview serves. After a
/// full build, `update(changed:)` reloads only what an edit touched and re-renders only the
/// routes that read it — an edited narrative re-renders its page (and the listings of its
/// title), a city's data the pages and charts that show that city; anything else (templates,
/// strings, `site.yaml`, `indicators.yaml`, files added or removed) rebuilds everything and
/// reports just the files whose bytes changed. The files are exactly what `build --drafts`
/// writes: a preview shows drafts, each with its banner, and does not list them as warnings.
/// Its problems are that build's too; an edit that breaks the site keeps the last good files
/// and is taken again with the next edit, until the site builds. Which routes read what is
/// recorded as they render (`RouteReads`, through `SiteView`); `PreviewEqualsBuildTests`
/// compares random sequences of edits of every kind of input with fresh builds.
public actor IncrementalSite {
    public let root: URL
    public let baseURL: String?
    public let strict: Bool

    /// What an update changed.
    public struct Update: Sendable {
        /// Files whose bytes are new or changed, by site path.
        public var changed: [String: Data] = [:]
        /// Files that no longer exist.
        public var removed: [String] = []
        /// Every problem the content has now (not only the new ones).
        public var diagnostics: [Diagnostic] = []
        /// True when the content has errors: the files are then the last good ones.
        public var failed = false
        /// How many routes were rendered.
        public var routesRendered = 0
        /// Whether the whole site was reloaded (true for the first build).
        public var full = false
    }

    private var context: RenderContext?
    /// The problems of the content the files were made from, kept apart by what finds them.
    private var problems = Problems()
    /// Paths of edits not taken in yet (an update that failed): the next update takes them
    /// with its own, so that what it renders is the folder as it is, not as it was.
    private var pending: Set<String> = []
    private var rendered: [Route: RenderedRoute] = [:]
    /// Every file of the site as `build` writes it, by path.
    public private(set) var files: [String: Data] = [:]

    public init(root: URL, baseURL: String? = nil, strict: Bool = false) {
        self.root = root.standardizedFileURL
        self.baseURL = baseURL
        self.strict = strict
    }

    /// The stages of `build --drafts`, which a preview shows.
    private var pipeline: Pipeline {
        Pipeline(root: root, baseURL: baseURL, strict: strict, drafts: .shown, checksNarratives: false)
    }

    /// Loads, validates and renders the whole site.
    public func build() async -> Update {
        let pipeline = pipeline
        let resolved = pipeline.prepare()
        var fresh: [Route: RenderedRoute] = [:]
        let outcome = await pipeline.render(resolved, jobs: ProcessInfo.processInfo.activeProcessorCount) { fresh[$0.route] = $0 }
        guard !outcome.failed, let context = resolved.context else {
            // The last good context no longer stands for the folder: the next update starts afresh.
            self.context = nil
            pending = []
            return failedBuild(outcome.diagnostics)
        }
        problems = Problems(all: outcome.diagnostics, validation: resolved.validation, narratives: outcome.narrativeProblems)
        pending = []
        self.context = context
        rendered = fresh
        var update = replaceFiles(diagnostics: outcome.diagnostics)
        // A Public/ file that cannot be copied fails the build too: the next edit builds afresh.
        if update.failed { self.context = nil }
        update.routesRendered = fresh.count
        update.full = true
        return update
    }

    private func failedBuild(_ diagnostics: [Diagnostic]) -> Update {
        var update = Update()
        update.diagnostics = diagnostics
        update.failed = true
        update.full = true
        return update
    }

    /// Brings the site up to date after the given files changed (paths relative to the site
    /// folder, such as `Content/cities/dongguan/report.zh.md`).
    public func update(changed paths: [String]) async -> Update {
        guard let context else { return await build() }
        let paths = Set(paths).union(pending)
        if let path = paths.first, paths.count == 1, let update = updateNarrative(path, context: context) { return settled(update, paths) }
        if let update = await updateCities(paths, context: context) { return settled(update, paths) }
        return await build()
    }

    /// Remembers the paths of an update that failed, for the next one; forgets them after one that succeeded.
    private func settled(_ update: Update, _ paths: Set<String>) -> Update {
        pending = update.failed ? paths : []
        return update
    }

    // MARK: - An edited narrative

    /// Reloads one narrative that existed before and still exists; nil when the edit needs more.
    private func updateNarrative(_ path: String, context: RenderContext) -> Update? {
        guard path.hasSuffix(".md"), let place = locate(path, in: context.site),
              FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) else { return nil }
        var site = context.site
        let loader = SiteLoader(root: root)
        let (narrative, loadProblems) = loader.loadNarrative(at: path, languages: site.config.languageCodes)
        guard let narrative else { return failed([path], with: nil) }
        let old = place.narrative(in: site)
        // Its title, date or summary appear in listings too.
        let listed = old.frontMatter != narrative.frontMatter
        place.set(narrative, in: &site)
        // Converted languages' versions made from this file are made again.
        for (code, version) in SiteLoader.converting([place.language: narrative], site.config.editions) where code != place.language {
            let converted = Place(city: place.city, owner: place.owner, language: code)
            if converted.existing(in: site)?.convertedFrom != nil { converted.set(version, in: &site) }
        }
        // Its page resolved first, for its problems: rendering takes that resolution as it is.
        let route: Route = place.city.map { .report(place.language, $0, place.owner) } ?? .page(place.language, place.owner)
        let resolved = RouteResolver(site: site).resolve(route)
        var next = problems
        next.replaceLoading(of: [path], with: loadProblems)
        // Validation reads narratives' front matter, never their bodies (a report's languages and
        // drafts, a city's lede from its reports' summaries): a body edit, the common one, skips it.
        if listed { next.validation = SiteValidator(site: site).validateData() }
        next.narratives[path] = resolved.diagnostics
        let diagnostics = next.all
        guard !diagnostics.fails(strict: strict) else { return failed([path], with: next) }
        // A retitled chart block keeps its file name: forget the old drawing.
        context.figures.removeAll(drawnIn: path)
        let nextContext = context.with(site: site)
        self.context = nextContext
        problems = next
        let routes = rendered.values.filter { $0.reads.narratives.contains(path) || (listed && ($0.reads.listedNarratives.contains(path) || $0.reads.reportList)) }
            .map(\.route)
        return rerender(routes, with: nextContext, diagnostics: diagnostics, resolved: [route: resolved])
    }

    /// Where a narrative sits in the site: a city's report or a free page, and its language.
    private struct Place {
        var city: String?
        var owner: String
        var language: String

        func narrative(in site: Site) -> Narrative { existing(in: site)! }

        func existing(in site: Site) -> Narrative? {
            if let city { return site.city(city)?.reports.first { $0.id == owner }?.narratives[language] }
            return site.pages.first { $0.slug == owner }?.narratives[language]
        }

        func set(_ narrative: Narrative, in site: inout Site) {
            if let city, let c = site.cities.firstIndex(where: { $0.id == city }),
               let r = site.cities[c].reports.firstIndex(where: { $0.id == owner }) {
                site.cities[c].reports[r].narratives[language] = narrative
            } else if let p = site.pages.firstIndex(where: { $0.slug == owner }) {
                site.pages[p].narratives[language] = narrative
            }
        }
    }

    private func locate(_ path: String, in site: Site) -> Place? {
        for city in site.cities where path.hasPrefix("Content/cities/\(city.id)/") {
            for report in city.reports {
                // A converted version shares its original's path: the original is the file.
                for (language, narrative) in report.narratives where narrative.path == path && narrative.convertedFrom == nil {
                    return Place(city: city.id, owner: report.id, language: language)
                }
            }
        }
        for page in site.pages {
            for (language, narrative) in page.narratives where narrative.path == path && narrative.convertedFrom == nil {
                return Place(city: nil, owner: page.slug, language: language)
            }
        }
        return nil
    }

    // MARK: - A city's data

    /// Reloads cities whose `city.yaml` or `observations.csv` changed, when the set of cities,
    /// their names and the indicators each has stay the same; nil when the edit needs a full
    /// rebuild.
    private func updateCities(_ paths: Set<String>, context: RenderContext) async -> Update? {
        var ids = Set<String>()
        for path in paths {
            let parts = path.split(separator: "/").map(String.init)
            guard parts.count == 4, parts[0] == "Content", parts[1] == "cities", ["city.yaml", "observations.csv"].contains(parts[3]),
                  context.site.city(parts[2]) != nil,
                  // A city whose city.yaml is gone is a removed city: the site's list of cities changes.
                  FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/cities/\(parts[2])/city.yaml").path) else { return nil }
            ids.insert(parts[2])
        }
        var site = context.site
        var loadProblems: [Diagnostic] = []
        for id in ids {
            let (city, problems) = SiteLoader(root: root).loadCity(id, languages: site.config.languageCodes, editions: site.config.editions)
            loadProblems += problems
            guard let city else { return failed(Array(paths), with: nil) }
            // A renamed city changes every page's navigation: rebuild everything.
            // So does a city that gains or loses an indicator: indicator pages and their list change.
            guard let index = site.cities.firstIndex(where: { $0.id == id }),
                  site.cities[index].name.values == city.name.values,
                  site.cities[index].indicatorIDs == city.indicatorIDs,
                  site.cities[index].reports.map(\.id) == city.reports.map(\.id) else { return nil }
            var updated = city
            updated.reports = site.cities[index].reports
            site.cities[index] = updated
        }
        let validator = SiteValidator(site: site)
        // Narratives whose bindings may change: those of the routes that read these cities,
        // these cities' own reports, and every narrative with a problem now (the edit may
        // fix it). No other narrative's bindings can change, so they are not bound again.
        var recheck = Set<String>()
        for route in rendered.values where !route.reads.cities.isDisjoint(with: ids) { recheck.formUnion(route.reads.narratives) }
        for id in ids { for report in site.city(id)?.reports ?? [] { recheck.formUnion(report.narratives.values.map(\.path)) } }
        for (file, found) in problems.narratives where !found.isEmpty { recheck.insert(file) }
        var next = problems
        for (narrative, city) in site.narratives where recheck.contains(narrative.path) {
            next.narratives[narrative.path] = validator.bind(narrative, city: city).diagnostics
        }
        // Loading problems elsewhere stay; every validation problem is worked out afresh.
        // A city's folder is loaded whole (its data, source texts and narratives).
        next.replaceLoading(of: [], folders: ids.map { "Content/cities/\($0)/" }, with: loadProblems)
        next.validation = validator.validateData()
        let diagnostics = next.all
        guard !diagnostics.fails(strict: strict) else { return failed(Array(paths), with: next) }
        context.figures.removeAll { !$0.reads.cities.isDisjoint(with: ids) }
        let nextContext = context.with(site: site)
        self.context = nextContext
        problems = next
        let routes = rendered.values.filter { !$0.reads.cities.isDisjoint(with: ids) }.map(\.route)
        return rerender(routes, with: nextContext, diagnostics: diagnostics)
    }

    // MARK: - Rendering and files

    /// Re-renders the routes and changes only their files and the charts they link: an edit's
    /// cost then follows what it touched, not the size of the site (no pass over every file).
    /// `resolved` holds routes resolved already (for their problems), not resolved again.
    private func rerender(_ routes: [Route], with context: RenderContext, diagnostics: [Diagnostic],
                          resolved: [Route: ResolvedRoute] = [:]) -> Update {
        let renderer = SiteRenderer(context: context)
        let resolver = RouteResolver(site: context.site)
        var update = Update()
        update.diagnostics = diagnostics
        var touchedCharts = Set<String>()
        for route in routes {
            let old = rendered[route]
            let new = renderer.render(resolved[route] ?? resolver.resolve(route))
            rendered[route] = new
            let pages = new.files.filter { !$0.path.contains("/charts/") }
            let kept = Set(pages.map(\.path))
            for file in old?.files ?? [] where !file.path.contains("/charts/") && !kept.contains(file.path) {
                files[file.path] = nil
                update.removed.append(file.path)
            }
            for file in pages {
                // Made once: a streamed file (the all-cities CSV) is made anew each time it is read.
                let data = file.data
                guard files[file.path] != data else { continue }
                files[file.path] = data
                update.changed[file.path] = data
            }
            for chart in old?.charts ?? [] { chartUsers[chart, default: 0] -= 1 }
            for chart in new.charts { chartUsers[chart, default: 0] += 1 }
            touchedCharts.formUnion(old?.charts ?? [])
            touchedCharts.formUnion(new.charts)
        }
        let drawn = context.figures.standaloneFiles(at: touchedCharts)
        for chart in touchedCharts {
            if chartUsers[chart, default: 0] > 0, let file = drawn[chart] {
                if files[chart] != file.data {
                    files[chart] = file.data
                    update.changed[chart] = file.data
                }
            } else if chartUsers[chart, default: 0] <= 0 {
                chartUsers[chart] = nil
                if files.removeValue(forKey: chart) != nil { update.removed.append(chart) }
            }
        }
        update.removed.sort()
        update.routesRendered = routes.count
        return update
    }

    /// How many rendered routes link each standalone chart (a chart no page links is not written).
    private var chartUsers: [String: Int] = [:]

    /// Recomputes the file map from the rendered routes, the shared charts and `Public/`, and
    /// says what changed.
    private func replaceFiles(diagnostics: [Diagnostic]) -> Update {
        var next: [String: Data] = [:]
        var linkedCharts = Set<String>()
        var users: [String: Int] = [:]
        for result in rendered.values {
            for file in result.files where !file.path.contains("/charts/") { next[file.path] = file.data }
            linkedCharts.formUnion(result.charts)
            for chart in result.charts { users[chart, default: 0] += 1 }
        }
        chartUsers = users
        if let context {
            let charts = context.figures.standaloneFiles
            for path in linkedCharts { if let file = charts[path] { next[path] = file.data } }
        }
        var update = Update()
        update.diagnostics = diagnostics
        do {
            for file in try pipeline.publicFiles(reserved: Set(next.keys)) { next[file.path] = file.data }
        } catch {
            update.diagnostics = (diagnostics + [PublicFiles.diagnostic(for: error)]).sortedForDisplay()
            update.failed = true
            return update
        }
        for (path, data) in next where files[path] != data { update.changed[path] = data }
        update.removed = files.keys.filter { next[$0] == nil }.sorted()
        files = next
        return update
    }

    /// The content is broken: keep the last good files and report every problem, as a fresh
    /// build would. `problems` are those the update worked out, when it got as far as binding
    /// its narratives. Unless only narratives fail, the site is loaded and validated again
    /// (not rendered), so that the problems are exactly a build's: a broken file leaves out
    /// what it would have held, and a build that fails before rendering reports no narrative's.
    private func failed(_ paths: [String], with problems: Problems?) -> Update {
        var update = Update()
        update.failed = true
        // Only narratives fail (a mistyped figure while writing, the common case): a build would
        // render every page and report every narrative's problems, which are these.
        if let problems, !(problems.loading + problems.validation).fails(strict: strict) {
            update.diagnostics = problems.all
            return update
        }
        let resolved = pipeline.prepare()
        if resolved.context == nil || problems == nil {
            update.diagnostics = resolved.diagnostics
        } else if let problems {
            update.diagnostics = (resolved.diagnostics + problems.narratives.values.joined()).sortedForDisplay()
        }
        return update
    }
}

/// The problems of a site's content kept apart by what found them, so that an edit replaces
/// only those it can change: loading's (and the other stages' before rendering: the theme's,
/// the site-wide notes), validation's, and each narrative's, found as its page is resolved.
private struct Problems {
    var loading: [Diagnostic] = []
    var validation: [Diagnostic] = []
    /// By the narrative's path.
    var narratives: [String: [Diagnostic]] = [:]

    init() {}

    /// A full build's problems taken apart.
    init(all: [Diagnostic], validation: [Diagnostic], narratives found: [Diagnostic]) {
        self.validation = validation
        narratives = Dictionary(grouping: found, by: \.location.file)
        let known = Set(validation).union(found)
        loading = all.filter { !known.contains($0) }
    }

    /// Replaces the loading problems of the given files (and of every file under `folders`).
    mutating func replaceLoading(of files: [String], folders: [String] = [], with fresh: [Diagnostic]) {
        let files = Set(files)
        loading = loading.filter { problem in
            !files.contains(problem.location.file) && !folders.contains { problem.location.file.hasPrefix($0) }
        } + fresh
    }

    var all: [Diagnostic] { (loading + validation + narratives.values.joined()).sortedForDisplay() }
}
