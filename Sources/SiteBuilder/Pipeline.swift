import Diagnostics
import Foundation
import Pages
import SiteModel
import Theme

/// The one way a site goes from its folder to its files, whoever asks: `check` (`SiteCheck`),
/// `build` (`SiteBuild`) and the preview's full rebuild (`IncrementalSite`) run the same stages,
/// each once and each a function of what the one before returned:
///
///     load → validate → resolve → render → write
///
/// They differ only in what they ask for (`check` stops after validating) and where the files
/// go (a staged output folder, a list in memory, the preview's file map).
struct Pipeline: Sendable {
    let root: URL
    /// Replaces `baseURL` from `site.yaml` (the `--base-url` option).
    let baseURL: String?
    /// Whether warnings fail the run as errors do.
    let strict: Bool
    let drafts: SiteCheck.Drafts
    /// Whether narratives' bodies are parsed and bound while validating (`check`), or left to
    /// their pages' resolution, which reports their problems (a build: it then holds no
    /// narrative's parse tree longer than its page takes, and parses each once).
    let checksNarratives: Bool

    init(root: URL, baseURL: String?, strict: Bool, drafts: SiteCheck.Drafts, checksNarratives: Bool) {
        self.root = root
        self.baseURL = baseURL
        self.strict = strict
        self.drafts = drafts
        self.checksNarratives = checksNarratives
    }

    // MARK: - Load

    /// What the site's folder holds, read but not yet judged.
    struct Loaded {
        /// nil when the content cannot be read as a site at all.
        var site: Site?
        var templates: TemplateSet?
        /// Loaded only with a site: its languages say which strings are needed.
        var strings: UIStrings?
        /// Problems reading `Content/`.
        var contentProblems: [Diagnostic]
        /// Problems reading `Templates/` (templates and interface strings).
        var themeProblems: [Diagnostic]
    }

    /// Stage one: reads `Content/` and the templates and strings (the site's over the built-in
    /// ones), with `--base-url` in place of `site.yaml`'s.
    /// `unloaded`: cities that stand in from their summaries (`SiteLoader.load(unloaded:)`).
    func load(unloaded: [String: City.Summary] = [:]) -> Loaded {
        var (site, contentProblems) = SiteLoader(root: root).load(unloaded: unloaded)
        if let baseURL, site != nil {
            site?.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        var themeProblems: [Diagnostic] = []
        let templatesFolder = root.appendingPathComponent("Templates")
        let templates = TemplateSet.load(from: templatesFolder, models: PageModels.roots, into: &themeProblems)
        var strings: UIStrings?
        if let site {
            let required = UIStrings.codeKeys + (templates?.usedStringKeys ?? [])
            strings = UIStrings.load(from: templatesFolder, languages: site.config.languageCodes, editions: site.config.editions,
                                     requiredKeys: Set(required), into: &themeProblems)
        }
        return Loaded(site: site, templates: templates, strings: strings,
                      contentProblems: contentProblems, themeProblems: themeProblems)
    }

    // MARK: - Validate

    /// The site judged: every problem found so far, and the site to render.
    struct Validated {
        /// The site to render (drafts left out unless shown); nil when it could not be loaded.
        var site: Site?
        var templates: TemplateSet?
        var strings: UIStrings?
        /// Every problem so far, sorted for display.
        var diagnostics: [Diagnostic]
        /// The problems validation (not loading) found: a preview works them out afresh after an edit.
        var validation: [Diagnostic]
    }

    /// Stage two: checks the loaded site whole, drafts included (a draft language is not
    /// reported missing), then leaves drafts out when they are not shown, listing each.
    func validate(_ loaded: Loaded) -> Validated {
        var diagnostics = loaded.contentProblems
        var site = loaded.site
        var validation: [Diagnostic] = []
        if let whole = loaded.site {
            let validator = SiteValidator(site: whole)
            validation = checksNarratives ? validator.validate() : validator.validateData()
            if drafts == .leftOut, whole.hasDrafts {
                let left = whole.drafts
                // No page will bind them, so they are bound here for their problems.
                if !checksNarratives { validation += left.flatMap { validator.bind($0.narrative, city: $0.city).diagnostics } }
                diagnostics += left.compactMap { draft in
                    draft.narrative.frontMatter.draftLocation.map { Diagnostic.warning(SiteCheck.draftLeftOut, at: $0) }
                }
                site = whole.withoutDrafts()
            }
            diagnostics += validation
            // Reported once: a baseURL that is present but wrong is an error already.
            if whole.config.baseURL == nil, !diagnostics.contains(where: { $0.location.file == "Content/site.yaml" }) {
                diagnostics.append(.warning(SiteCheck.noBaseURL, at: SourceLocation(file: "Content/site.yaml")))
            }
        }
        diagnostics += loaded.themeProblems
        if let site, let strings = loaded.strings {
            for category in Set(site.indicators.map(\.category)).sorted() {
                for code in site.config.languageCodes where strings.table[code] != nil && strings.table[code]?["category_\(category)"] == nil {
                    diagnostics.append(.warning("the category '\(category)' has no name in this language: add 'category_\(category): …'; its id is shown meanwhile",
                                                at: SourceLocation(file: "Templates/strings/\(code).yaml")))
                }
            }
        }
        return Validated(site: site, templates: loaded.templates, strings: loaded.strings,
                         diagnostics: diagnostics.sortedForDisplay(), validation: validation)
    }

    // MARK: - Resolve

    /// What rendering starts from.
    struct Resolved {
        /// The site with its templates, strings and formatters, ready to render; nil when the
        /// problems so far fail the run (then nothing is rendered).
        var context: RenderContext?
        /// Resolves each route of `context`'s site as it comes to be rendered.
        var routes: RouteResolver?
        var diagnostics: [Diagnostic]
        var validation: [Diagnostic]
    }

    /// Stage three: puts the validated site, templates and strings together for rendering,
    /// with the given cache of drawn figures, and the resolver of its routes; none when the
    /// problems so far fail the run. A route is resolved (`RouteResolver`: its narrative bound,
    /// its charts chosen) as it comes to be rendered, so that only the pages rendering at once
    /// hold a parsed narrative.
    func resolve(_ validated: Validated, figures: FigureCache = FigureCache()) -> Resolved {
        var context: RenderContext?
        if !validated.diagnostics.fails(strict: strict), let site = validated.site,
           let templates = validated.templates, let strings = validated.strings {
            context = RenderContext(site: site, templates: templates, strings: strings, figures: figures)
        }
        return Resolved(context: context, routes: context.map { RouteResolver(site: $0.site) },
                        diagnostics: validated.diagnostics, validation: validated.validation)
    }

    /// Stages one to three for a site loaded in part: `unloaded` cities stand in from their
    /// summaries, and the site is not judged again: its problems are `problems`, those a
    /// previous build found in the same content (`PartialLoad` says when it is the same).
    /// Drafts are left out as `validate` leaves them.
    func prepare(unloaded: [String: City.Summary], problems: [Diagnostic], figures: FigureCache) -> Resolved {
        let loaded = load(unloaded: unloaded)
        var site = loaded.site
        if drafts == .leftOut, let whole = site, whole.hasDrafts { site = whole.withoutDrafts() }
        return resolve(Validated(site: site, templates: loaded.templates, strings: loaded.strings, diagnostics: problems, validation: []),
                       figures: figures)
    }

    /// Stages one to three.
    func prepare(figures: FigureCache = FigureCache()) -> Resolved {
        resolve(validate(load()), figures: figures)
    }

    // MARK: - Render

    /// Every route rendered: the run's problems, narratives' included.
    struct Rendered {
        /// Every problem, sorted for display.
        var diagnostics: [Diagnostic]
        /// The problems the narratives' pages found as they rendered.
        var narrativeProblems: [Diagnostic]
        /// Whether the problems fail the run: then nothing may be written.
        var failed: Bool
    }

    /// Stage four, one route after another in the site's order, each resolved then rendered: hands `keep` each rendered
    /// route whose files are to be written, that is every one until a narrative's problems
    /// fail the run (the rest are still rendered, for their problems).
    func render(_ resolved: Resolved, keep: (RenderedRoute) throws -> Void) rethrows -> Rendered {
        guard let context = resolved.context, let resolver = resolved.routes else {
            return Rendered(diagnostics: resolved.diagnostics, narrativeProblems: [], failed: true)
        }
        var gathered = Gathered(strict: strict, diagnostics: resolved.diagnostics)
        let renderer = SiteRenderer(context: context)
        for route in renderer.routes { try gathered.take(renderer.render(resolver.resolve(route)), keep: keep) }
        return gathered.rendered
    }

    /// Stage four with at most `jobs` routes rendering at once: `keep` is called on this task
    /// as each finishes (so it needs no lock), and `progress` with how many routes are done of
    /// all, from 0. The files are the same as `render(_:keep:)`'s, byte for byte.
    /// `reuse` gives, for a route whose previous output is still right, that output (a
    /// `RenderedRoute` with `reusedFiles`) instead of rendering it again.
    func render(_ resolved: Resolved, jobs: Int, progress: ((_ done: Int, _ total: Int) -> Void)? = nil,
                reuse: (Route) -> RenderedRoute? = { _ in nil },
                keep: (RenderedRoute) throws -> Void) async rethrows -> Rendered {
        guard let context = resolved.context, let resolver = resolved.routes else {
            return Rendered(diagnostics: resolved.diagnostics, narrativeProblems: [], failed: true)
        }
        var gathered = Gathered(strict: strict, diagnostics: resolved.diagnostics)
        let renderer = SiteRenderer(context: context)
        let routes = renderer.routes
        var done = 0
        progress?(0, routes.count)
        func take(_ rendered: RenderedRoute) throws {
            done += 1
            progress?(done, routes.count)
            try gathered.take(rendered, keep: keep)
        }
        var toRender: [Route] = []
        for route in routes {
            if let reused = reuse(route) { try take(reused) } else { toRender.append(route) }
        }
        if jobs <= 1 {
            for route in toRender { try take(renderer.render(resolver.resolve(route))) }
            return gathered.rendered
        }
        try await withThrowingTaskGroup(of: RenderedRoute.self) { group in
            var next = toRender.makeIterator()
            for _ in 0..<jobs * 2 {
                guard let route = next.next() else { break }
                group.addTask { renderer.render(resolver.resolve(route)) }
            }
            while let rendered = try await group.next() {
                try take(rendered)
                if let route = next.next() { group.addTask { renderer.render(resolver.resolve(route)) } }
            }
        }
        return gathered.rendered
    }

    /// The problems of a render as routes come in.
    private struct Gathered {
        let strict: Bool
        var diagnostics: [Diagnostic]
        var narrativeProblems: [Diagnostic] = []

        mutating func take(_ route: RenderedRoute, keep: (RenderedRoute) throws -> Void) rethrows {
            diagnostics += route.diagnostics
            narrativeProblems += route.diagnostics
            // Once a narrative has failed nothing will be written: its problems are still
            // gathered from the rest, but no more files are kept.
            guard !diagnostics.fails(strict: strict) else { return }
            try keep(route)
        }

        var rendered: Rendered {
            let sorted = diagnostics.sortedForDisplay()
            return Rendered(diagnostics: sorted, narrativeProblems: narrativeProblems, failed: sorted.fails(strict: strict))
        }
    }

    // MARK: - Write

    /// Stage five's own files: `Public/` (the built-in theme's, with the site's laid over
    /// them), refusing a file that would overwrite a rendered path. Every target — the staged
    /// output folder, a list in memory, the preview's map — takes them from here.
    func publicFiles(reserved: Set<String>) throws -> [OutputFile] {
        do {
            return try PublicFiles.collect(from: root.appendingPathComponent("Public"), reserved: reserved)
        } catch {
            throw PublicFiles.diagnostic(for: error)
        }
    }
}
