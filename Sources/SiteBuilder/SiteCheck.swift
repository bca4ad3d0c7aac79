import Diagnostics
import Foundation
import SiteModel

/// Load and validate: everything `check` does and `build` does before it writes. Reads the
/// site's content, templates and interface strings, and reports every problem at once.
public struct SiteCheck {
    public let root: URL
    /// Replaces `baseURL` from `site.yaml` (the `--base-url` option).
    public var baseURL: String?

    /// Whether narratives' bodies are parsed and bound here (`check`), or left to the
    /// rendering of their pages, which reports their problems (a build: it then holds no
    /// narrative's parse tree longer than its page takes, and parses each once).
    public var checksNarratives: Bool

    /// What becomes of drafts (narratives with `draft: true`).
    public var drafts: Drafts

    /// What becomes of drafts.
    public enum Drafts: Sendable {
        /// Left out of the site to render, each listed with a warning at its `draft:` line
        /// (`check`, `build`). Their bodies are still checked: a build reports what `check` does.
        case leftOut
        /// Rendered like any narrative, each page with a draft banner, and not listed
        /// (`build --drafts`, the preview).
        case shown
    }

    public init(root: URL, baseURL: String? = nil, checksNarratives: Bool = true, drafts: Drafts = .leftOut) {
        self.root = root
        self.baseURL = baseURL
        self.checksNarratives = checksNarratives
        self.drafts = drafts
    }

    /// The outcome: the loaded site ready to render (nil when it cannot be), and the problems.
    public struct Outcome {
        public var diagnostics: [Diagnostic]
        var context: RenderContext?
        /// The problems validation (not loading) found: a preview works them out afresh after an edit.
        var validation: [Diagnostic] = []
        public var site: Site? { context?.site }
    }

    /// Why a site without `baseURL` loses its sitemap and absolute links.
    static let noBaseURL = "there is no 'baseURL': sitemap.xml is not written and robots.txt names no sitemap, and the feeds' links and the city pages' dataset downloads stay relative, because those formats need absolute URLs; add 'baseURL: https://…' (the address the site is published at) or pass --base-url"

    /// Why a draft is listed: `build` leaves it out.
    static let draftLeftOut = "draft: left out of build; remove `draft: true` to publish"

    public func run() -> Outcome {
        var (site, diagnostics) = SiteLoader(root: root).load()
        var validation: [Diagnostic] = []
        if var loaded = site {
            if let baseURL {
                loaded.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
                site = loaded
            }
            // Validated whole, drafts included: a draft language is not reported missing.
            let validator = SiteValidator(site: loaded)
            validation = checksNarratives ? validator.validate() : validator.validateData()
            if drafts == .leftOut, loaded.hasDrafts {
                let left = loaded.drafts
                // No page will bind them, so they are bound here for their problems.
                if !checksNarratives { validation += left.flatMap { validator.bind($0.narrative, city: $0.city).diagnostics } }
                diagnostics += left.compactMap { draft in
                    draft.narrative.frontMatter.draftLocation.map { Diagnostic.warning(Self.draftLeftOut, at: $0) }
                }
                site = loaded.withoutDrafts()
            }
            diagnostics += validation
            // Reported once: a baseURL that is present but wrong is an error already.
            if loaded.config.baseURL == nil, !diagnostics.contains(where: { $0.location.file == "Content/site.yaml" }) {
                diagnostics.append(.warning(Self.noBaseURL, at: SourceLocation(file: "Content/site.yaml")))
            }
        }
        let templatesFolder = root.appendingPathComponent("Templates")
        let templates = TemplateSet.load(from: templatesFolder, into: &diagnostics)
        var context: RenderContext?
        if let site {
            let required = UIStrings.codeKeys + (templates?.usedStringKeys ?? [])
            let strings = UIStrings.load(from: templatesFolder, languages: site.config.languageCodes, requiredKeys: Set(required), into: &diagnostics)
            for category in Set(site.indicators.map(\.category)).sorted() {
                for code in site.config.languageCodes where strings.table[code] != nil && strings.table[code]?["category_\(category)"] == nil {
                    diagnostics.append(.warning("the category '\(category)' has no name in this language: add 'category_\(category): …'; its id is shown meanwhile",
                                                at: SourceLocation(file: "Templates/strings/\(code).yaml")))
                }
            }
            if let templates { context = RenderContext(site: site, templates: templates, strings: strings) }
        }
        return Outcome(diagnostics: diagnostics.sortedForDisplay(), context: diagnostics.errorCount == 0 ? context : nil,
                       validation: validation)
    }
}
