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

    public init(root: URL, baseURL: String? = nil, checksNarratives: Bool = true) {
        self.root = root
        self.baseURL = baseURL
        self.checksNarratives = checksNarratives
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

    public func run() -> Outcome {
        var (site, diagnostics) = SiteLoader(root: root).load()
        var validation: [Diagnostic] = []
        if var loaded = site {
            if let baseURL {
                loaded.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
                site = loaded
            }
            let validator = SiteValidator(site: loaded)
            validation = checksNarratives ? validator.validate() : validator.validateData()
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
