import Diagnostics
import Foundation
import Pages
import SiteModel
import Theme

/// Load and validate: everything `check` does and `build` does before it writes. Reads the
/// site's content, templates and interface strings, and reports every problem at once.
/// (`build` and the preview run the same stages through `Pipeline`, then go on.)
public struct SiteCheck {
    public let root: URL
    /// Replaces `baseURL` from `site.yaml` (the `--base-url` option).
    public var baseURL: String?

    /// Whether narratives' bodies are parsed and bound here (`check`), or left to the
    /// resolution of their pages, which reports their problems (a build: it then holds no
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

    /// The outcome: the problems, and the site as it would be rendered (nil when it cannot be).
    public struct Outcome {
        public var diagnostics: [Diagnostic]
        public var site: Site?
    }

    /// Why a site without `baseURL` loses its sitemap and absolute links.
    static let noBaseURL = "there is no 'baseURL': sitemap.xml is not written and robots.txt names no sitemap, and the feeds' links and the city pages' dataset downloads stay relative, because those formats need absolute URLs; add 'baseURL: https://…' (the address the site is published at) or pass --base-url"

    /// Why a draft is listed: `build` leaves it out.
    static let draftLeftOut = "draft: left out of build; remove `draft: true` to publish"

    /// The pipeline's first two stages, load and validate (`Pipeline`): whether warnings fail
    /// is the caller's to say (`--strict`), so only errors leave the site out.
    public func run() -> Outcome {
        let pipeline = Pipeline(root: root, baseURL: baseURL, strict: false, drafts: drafts, checksNarratives: checksNarratives)
        let validated = pipeline.validate(pipeline.load())
        return Outcome(diagnostics: validated.diagnostics, site: validated.diagnostics.errorCount == 0 ? validated.site : nil)
    }
}
