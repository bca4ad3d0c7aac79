import Diagnostics
import Foundation
import Pages
import SiteModel
import Theme

/// `build`: the whole pipeline (`Pipeline`: load → validate → resolve → render → write) into
/// an output folder. Writes nothing unless every earlier stage succeeded.
public struct SiteBuild {
    public var root: URL
    public var output: URL
    public var baseURL: String?
    public var strict: Bool
    /// How many routes render at once; 1 renders them one after another. The output is the
    /// same byte for byte either way.
    public var jobs: Int
    /// Whether drafts are left out (the default) or built with a draft banner (`--drafts`).
    public var drafts: SiteCheck.Drafts = .leftOut
    /// The search index made on the staged output before the swap (nil: none; `build` sets it).
    public var search: SearchIndex?
    /// Whether routes whose inputs did not change since the previous build into the same
    /// output are taken from it (hard links) instead of rendered (`BuildManifest`); false
    /// renders every route (`--no-cache`). The output is the same byte for byte either way.
    public var reusesPreviousOutput = true

    public init(root: URL, output: URL? = nil, baseURL: String? = nil, strict: Bool = false,
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("_site")).standardizedFileURL
        self.baseURL = baseURL
        self.strict = strict
        self.jobs = max(1, jobs)
    }

    /// About how many bytes of drawn figures a build keeps for reuse by later pages; a figure
    /// no longer kept is drawn again if shown again (the same bytes). Bounds the build's
    /// memory whatever the site's size; nil keeps them all. Routes come city by city (its
    /// page, then its reports), so a figure is shown again soon or never: 8 MB keeps every
    /// reuse and cost 30 MB less than 32 MB at 300 cities.
    public var figureCacheLimit: Int? = 8 << 20

    /// Told what the build is doing, for a progress line on a terminal; called on the
    /// building task, in order.
    public var progress: (@Sendable (Progress) -> Void)?

    /// A stage of the build.
    public enum Progress: Equatable, Sendable {
        case checking
        /// Routes (pages, feeds, data files) rendered and staged so far, of all.
        case rendering(done: Int, total: Int)
        /// Swapping the staged output in.
        case writing
    }

    /// Counts for the closing summary line.
    public struct Summary: Equatable, Sendable {
        public var pages = 0
        public var charts = 0
        public var dataFiles = 0
        public var warnings = 0
        public var files = 0

        mutating func count(_ path: String) {
            files += 1
            if path.hasSuffix(".html") { pages += 1 }
            if path.hasSuffix(".svg"), path.contains("/charts/") { charts += 1 }
            if path.hasPrefix("data/") { dataFiles += 1 }
        }
    }

    public struct Result {
        public var diagnostics: [Diagnostic]
        /// nil when the build failed and nothing was written.
        public var summary: Summary?
        /// What a successful build tells that is no problem of the site, printed as `note:`
        /// (robots.txt is not read under a sub-folder).
        public var notes: [String] = []
        /// What the build took from the previous output and why (printed under `--verbose`).
        public var plan: [String] = []
    }

    /// The stages this build runs (`check`'s, with narratives left to their pages).
    private var pipeline: Pipeline {
        Pipeline(root: root, baseURL: baseURL, strict: strict, drafts: drafts, checksNarratives: false)
    }

    /// Renders the site's files into memory, one route after another, without writing them
    /// (used by tests, and to compare with the concurrent build).
    public func render() -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let pipeline = pipeline
        var files: [OutputFile] = []
        let rendered = pipeline.render(pipeline.prepare()) { files += $0.files }
        guard !rendered.failed else { return ([], rendered.diagnostics) }
        do {
            files += try pipeline.publicFiles(reserved: Set(files.map(\.path)))
        } catch {
            return ([], rendered.diagnostics + [PublicFiles.diagnostic(for: error)])
        }
        return (files.sorted { $0.path < $1.path }, rendered.diagnostics)
    }

    /// Loads, validates, renders every route concurrently and writes each page as it is
    /// rendered into a staging folder, then swaps it in. Writes nothing the previous output
    /// would lose unless every stage succeeded: a narrative's problems are found as its page
    /// renders, and any error among them throws the staging folder away.
    public func run() async -> Result {
        progress?(.checking)
        var loadNotes: [String] = []
        // The previous build's manifest is decoded while Content/'s files are digested, those
        // unchanged since that build read them taken from its header, the others read.
        let opened = reusesPreviousOutput ? BuildManifest.open(for: output) : nil
        let reading = opened.map { opened in Task.detached { opened.flatMap { $0.decoded() } } }
        let content = reusesPreviousOutput ? ContentTree.read(root: root, known: try? opened?.get().known) : ContentTree(files: [], readAt: 0)
        let previous = await reading?.value
        if case .success(let manifest)? = previous {
            switch PartialLoad.plan(content: content, manifest: manifest) {
            case .success(let partial):
                switch await runInPart(partial, manifest: manifest) {
                case .success(let result): return result
                case .failure(let refusal): loadNotes.append("whole load: \(refusal)")
                }
            case .failure(let refusal):
                loadNotes.append("whole load: \(refusal)")
            }
        }
        var result = await runWhole(previous, content: content)
        result.plan += loadNotes
        return result
    }

    /// The build with every city loaded and the site judged.
    private func runWhole(_ previous: Swift.Result<BuildManifest, BuildManifest.Unusable>?,
                          content: ContentTree) async -> Result {
        let resolved = pipeline.prepare(figures: FigureCache(limit: figureCacheLimit))
        guard let context = resolved.context else { return Result(diagnostics: resolved.diagnostics, summary: nil) }
        // Content/ as it was read before loading: a file changed since then is seen by the next build.
        let digests = reusesPreviousOutput ? InputDigests(root: root, site: context.site, options: outputOptions(context), content: content) : nil
        let routes = SiteRenderer(context: context).routes
        var plan = RebuildPlan.full("--no-cache")
        if let digests, let previous { plan = makePlan(previous, digests: digests, routes: routes) }
        if plan.upToDate { return upToDate(resolved, plan: plan, routes: routes, context: context) }
        // Nothing is loaded in part: no route can need what is not loaded.
        return (try? await stage(resolved, context: context, digests: digests, plan: plan, partial: nil, previous: try? previous?.get()).get())
            ?? Result(diagnostics: resolved.diagnostics, summary: nil)
    }

    /// The build with only the cities its pages to render read loaded (`PartialLoad`), or why not.
    private func runInPart(_ partial: PartialLoad, manifest: BuildManifest) async -> Swift.Result<Result, PartialLoad.Refusal> {
        let resolved = pipeline.prepare(unloaded: partial.unloaded, problems: manifest.header.prepared, figures: FigureCache(limit: figureCacheLimit))
        guard let context = resolved.context else { return .failure(PartialLoad.Refusal("the site does not load in part")) }
        let digests = InputDigests(root: root, site: context.site, options: outputOptions(context), content: partial.content)
        if let refusal = partial.check(context.site, digests: digests, manifest: manifest) {
            return .failure(refusal)
        }
        let routes = SiteRenderer(context: context).routes
        // The same content has the same pages: the cities standing in must give all of them.
        guard Set(routes.map(\.file)) == Set(manifest.routes.map(\.route)) else {
            return .failure(PartialLoad.Refusal("the site loaded in part does not have the previous build's pages"))
        }
        var plan = RebuildPlan(manifest: manifest, digests: digests, routes: routes, output: output, search: search != nil)
        if let route = routes.first(where: { plan.reused($0) == nil && !partial.mayRender($0.file) }) {
            return .failure(PartialLoad.Refusal("'\(route.file)' is to be rendered and may read cities not loaded"))
        }
        plan.notes.append("loaded in part: \(manifest.cities.count - partial.unloaded.count) of \(manifest.cities.count) cities; "
            + "only narratives' bodies changed (\(partial.changed.count)), so the site's problems are the previous build's")
        if plan.upToDate { return .success(upToDate(resolved, plan: plan, routes: routes, context: context)) }
        return await stage(resolved, context: context, digests: digests, plan: plan, partial: partial, previous: manifest)
    }

    /// Renders what the plan does not take from the previous output, stages it with the rest
    /// and swaps it in; a refusal when a route loaded in part read a city not loaded (nothing
    /// is then written).
    /// `previous`: the manifest the plan was made from, whose unchanged entries are written again as they were.
    private func stage(_ resolved: Pipeline.Resolved, context: RenderContext, digests: InputDigests?, plan: RebuildPlan,
                       partial: PartialLoad?, previous: BuildManifest?) async -> Swift.Result<Result, PartialLoad.Refusal> {
        let pipeline = pipeline
        let staged: StagedOutput
        do {
            staged = try StagedOutput(output: output)
        } catch {
            return .success(Result(diagnostics: resolved.diagnostics + [writeError(error)], summary: nil))
        }
        var summary = Summary()
        var diagnostics = resolved.diagnostics
        var entries: [BuildManifest.Entry] = []
        var searched = false
        do {
            // The reused routes' files, taken from the previous output all at once before the
            // rest render (each route's files may be needed by another: shared charts).
            if let path = try staged.link(plan.stamps).first {
                throw Diagnostic.error("'\(path)' changed while the site was being built; build again", at: SourceLocation(file: output.path))
            }
            let rendered = try await pipeline.render(resolved, jobs: jobs, progress: progress.map { progress in
                { done, total in progress(.rendering(done: done, total: total)) }
            }, reuse: plan.reused) { route in
                if let partial, route.reusedFiles == nil, !partial.read(route.reads) {
                    throw PartialLoad.Refusal("'\(route.route.file)' read a city not loaded")
                }
                // A reused route's files are linked already; a rendered one's that came out as the
                // previous build wrote them are taken from it.
                if route.reusedFiles == nil {
                    var before: [String: FileStamp] = [:]
                    if let entry = previous?.entry(for: route.route.file) {
                        for case let (path, stamp?) in zip(entry.files, entry.stamps) { before[path] = stamp }
                    }
                    for file in route.files { try staged.write(file, previous: before[file.path]) }
                }
                if let digests {
                    let files = route.reusedFiles ?? route.files.map(\.path)
                    let own = Set(files)
                    entries.append(BuildManifest.Entry(route: route.route.file, digest: digests.digest(of: route.reads), reads: route.reads,
                                                       files: files, stamps: files.map { staged.stamps[$0] },
                                                       charts: route.charts.filter { !own.contains($0) }, diagnostics: route.diagnostics))
                }
            }
            diagnostics = rendered.diagnostics
            guard !rendered.failed else {
                staged.abort()
                return .success(Result(diagnostics: diagnostics, summary: nil, plan: plan.notes))
            }
            let publicFiles = try pipeline.publicFiles(reserved: staged.written)
            for file in publicFiles { try staged.write(file) }
            let publicPaths = publicFiles.map(\.path)
            for path in staged.written { summary.count(path) }
            progress?(.writing)
            // The kept output's search index is not this build's: the indexer writes into no folder.
            try? FileManager.default.removeItem(at: staged.staging.appendingPathComponent(SearchIndex.folder))
            do {
                try search?.index(staged.staging, languages: context.site.config.languageCodes)
                searched = search != nil
            } catch let problem as Diagnostic {
                // Search is an aid to the disclosure, not part of it: an indexer that fails (Pagefind
                // has panicked on unusual text) leaves the site without search, said as a warning,
                // rather than unpublished; --strict still refuses it.
                try? FileManager.default.removeItem(at: staged.staging.appendingPathComponent(SearchIndex.folder))
                diagnostics.append(.warning(problem.message + "; the site is built without search", at: problem.location))
                if strict {
                    staged.abort()
                    return .success(Result(diagnostics: diagnostics, summary: nil, plan: plan.notes))
                }
            }
            // The next build's manifest is made and encoded (on one core) while what the kept output
            // held that this build did not write is removed (on another). Its stamps are the staged
            // files', which the swap keeps.
            let encoding = digests.map { digests in
                let header = BuildManifest.Header(format: InputDigests.format, output: output.path, global: digests.global,
                                                  publicFiles: digests.publicFiles, search: searched,
                                                  others: Self.otherStamps(in: staged.staging, public: publicPaths), prepared: resolved.diagnostics,
                                                  inputs: digests.contentFiles, inputStamps: digests.contentStamps,
                                                  inputsReadAt: digests.contentReadAt, frontMatter: digests.frontMatter)
                let manifest = BuildManifest(header: header, cities: context.site.cities.map(City.Summary.init),
                                             routes: entries.sorted { $0.route < $1.route })
                return Task.detached { manifest.encoded(reusing: previous) }
            }
            staged.removeUnwritten(keeping: searched ? [SearchIndex.folder] : [])
            // The manifest describes the output it sits beside: gone while the output is replaced,
            // so a build killed in between leaves none to trust.
            BuildManifest.remove(for: output)
            try staged.commit()
            // The output is built either way; without a manifest the next build is a full one.
            if let data = await encoding?.value { BuildManifest.write(data, for: output) }
        } catch let refusal as PartialLoad.Refusal {
            staged.abort()
            return .failure(refusal)
        } catch {
            staged.abort()
            diagnostics.append((error as? Diagnostic) ?? writeError(error))
            return .success(Result(diagnostics: diagnostics, summary: nil, plan: plan.notes))
        }
        summary.warnings = diagnostics.warningCount
        return .success(Result(diagnostics: diagnostics, summary: summary, notes: Robots.note(baseURL: context.site.config.baseURL).map { [$0] } ?? [],
                      plan: plan.notes))
    }

    /// The stamps of the output's files that no route made: `Public/`'s and the search index's.
    private static func otherStamps(in output: URL, public paths: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for path in paths { stamps[path] = FileStamp(path: output.path + "/" + path) }
        let index = output.appendingPathComponent(SearchIndex.folder).path
        for path in FileManager.default.subpaths(atPath: index) ?? [] {
            if let stamp = FileStamp(path: index + "/" + path) { stamps[SearchIndex.folder + "/" + path] = stamp }
        }
        return stamps
    }

    /// What of a build's options changes its output (not `--strict`, `--jobs` or `--quiet`).
    private func outputOptions(_ context: RenderContext) -> [String] {
        ["base-url=\(context.site.config.baseURL ?? "")", "drafts=\(drafts == .shown)", "search=\(search != nil)"]
    }

    /// The previous build's manifest against the inputs as they are now.
    private func makePlan(_ previous: Swift.Result<BuildManifest, BuildManifest.Unusable>, digests: InputDigests, routes: [Route]) -> RebuildPlan {
        switch previous {
        case .failure(let reason): return .full(reason.description)
        case .success(let manifest):
            return RebuildPlan(manifest: manifest, digests: digests, routes: routes, output: output, search: search != nil)
        }
    }

    /// A build in which nothing changed: the previous output stays as it is (it is what this
    /// build would write, byte for byte); its narratives' problems are reported again.
    private func upToDate(_ resolved: Pipeline.Resolved, plan: RebuildPlan, routes: [Route], context: RenderContext) -> Result {
        StagedOutput.clearLeftovers(of: output)
        let routes = routes.compactMap(plan.reused)
        let diagnostics = (resolved.diagnostics + routes.flatMap(\.diagnostics)).sortedForDisplay()
        guard !diagnostics.fails(strict: strict) else { return Result(diagnostics: diagnostics, summary: nil, plan: plan.notes) }
        var summary = Summary()
        let made = Set(routes.flatMap { ($0.reusedFiles ?? []) + $0.charts })
        for path in made { summary.count(path) }
        for file in (try? pipeline.publicFiles(reserved: made)) ?? [] { summary.count(file.path) }
        summary.warnings = diagnostics.warningCount
        return Result(diagnostics: diagnostics, summary: summary, notes: Robots.note(baseURL: context.site.config.baseURL).map { [$0] } ?? [],
                      plan: plan.notes)
    }

    private func writeError(_ error: any Error) -> Diagnostic {
        .error("cannot write the site: \(error)", at: SourceLocation(file: output.path))
    }
}

/// The built-in theme's `Public/` files with the site's own `Public/` laid over them (a site
/// file replaces the built-in one of the same path), copied verbatim to the site root.
enum PublicFiles {
    /// A problem with `Public/` as a located diagnostic.
    static func diagnostic(for error: any Error) -> Diagnostic {
        if let diagnostic = error as? Diagnostic { return diagnostic }
        return .error("cannot read Public/: \(error)", at: SourceLocation(file: "Public"))
    }

    static func collect(from folder: URL, reserved: Set<String>) throws -> [OutputFile] {
        let site = try siteFiles(from: folder, reserved: reserved)
        let own = Set(site.map(\.path))
        let builtIn = BuiltInTheme.files(in: "Public", recursive: true)
            .filter { !own.contains($0.key) }
            .map { OutputFile(path: $0.key, data: $0.value) }
        return (builtIn + site).sorted { $0.path < $1.path }
    }

    private static func siteFiles(from folder: URL, reserved: Set<String>) throws -> [OutputFile] {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: folder.path) else { return [] }
        var files: [OutputFile] = []
        let base = folder.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        for path in (fileManager.subpaths(atPath: folder.path) ?? []).sorted() {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard url.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(base) else {
                throw Diagnostic.error("this file links outside Public/ and is not copied", at: SourceLocation(file: "Public/\(path)"))
            }
            if reserved.contains(path) {
                throw Diagnostic.error("this file would overwrite the generated '\(path)'; rename it", at: SourceLocation(file: "Public/\(path)"))
            }
            guard let data = fileManager.contents(atPath: url.path) else {
                throw Diagnostic.error("cannot read this file", at: SourceLocation(file: "Public/\(path)"))
            }
            files.append(OutputFile(path: path, data: data))
        }
        return files
    }
}
