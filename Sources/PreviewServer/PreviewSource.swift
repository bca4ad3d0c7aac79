import Diagnostics
import Foundation
import SiteBuilder

/// What the preview serves: the site's files as `build --drafts` would write them (drafts
/// shown, each with its banner), rendered in memory.
///
/// The server asks for a whole build once, then for an update after each batch of source
/// changes. Implementations may rebuild everything or only what a change affects; either
/// way they return the complete file map, so the server can tell which bytes changed.
public protocol PreviewSource: Sendable {
    /// Renders the whole site.
    func build() async -> PreviewBuild
    /// Renders the site again after the given files changed (paths relative to the site
    /// folder, such as `Content/cities/zhuhai/city.yaml`).
    func update(changed paths: [String]) async -> PreviewBuild
}

/// One render of the site, held in memory.
public struct PreviewBuild: Sendable {
    /// Site path (`zh/cities/zhuhai/index.html`, never starting with `/`) → bytes, exactly as
    /// `build` would write them. Empty when the build failed.
    public var files: [String: Data]
    /// Every problem found, errors and warnings.
    public var diagnostics: [Diagnostic]
    /// Whether the content is broken (nothing usable was rendered).
    public var failed: Bool
    /// When true, `files` holds only what changed since the source's previous good build and
    /// `removed` what no longer exists; every other file stays as it was. A source that knows
    /// what an edit touched says so, and the server then never looks at the untouched files.
    public var isDelta: Bool
    /// Site paths that no longer exist (with `isDelta`).
    public var removed: [String]

    public init(files: [String: Data], diagnostics: [Diagnostic], failed: Bool, isDelta: Bool = false, removed: [String] = []) {
        self.files = files
        self.diagnostics = diagnostics
        self.failed = failed
        self.isDelta = isDelta
        self.removed = removed
    }
}

/// The preview's source: the render core's `IncrementalSite`, which after the first build
/// reloads only what an edit touched and re-renders only the routes that read it, and reports
/// just the files that changed. Its files are byte for byte what `build --drafts` writes (its
/// tests compare every step with a fresh build).
public struct IncrementalSource: PreviewSource {
    private let site: IncrementalSite

    public init(root: URL, baseURL: String? = nil, strict: Bool = false) {
        site = IncrementalSite(root: root, baseURL: baseURL, strict: strict)
    }

    public func build() async -> PreviewBuild {
        await preview(site.build())
    }

    public func update(changed paths: [String]) async -> PreviewBuild {
        await preview(site.update(changed: paths))
    }

    private func preview(_ update: IncrementalSite.Update) async -> PreviewBuild {
        // On broken content the server keeps serving its last good pages under the overlay.
        if update.failed { return PreviewBuild(files: [:], diagnostics: update.diagnostics, failed: true) }
        if update.full { return PreviewBuild(files: await site.files, diagnostics: update.diagnostics, failed: false) }
        return PreviewBuild(files: update.changed, diagnostics: update.diagnostics, failed: false, isDelta: true, removed: update.removed)
    }
}

/// The simplest source: every change re-runs the whole in-memory render of `SiteBuild`,
/// so the preview is byte for byte what `build --drafts` writes (a preview shows drafts).
public struct FullRenderSource: PreviewSource {
    public var root: URL
    public var baseURL: String?
    public var strict: Bool

    public init(root: URL, baseURL: String? = nil, strict: Bool = false) {
        self.root = root
        self.baseURL = baseURL
        self.strict = strict
    }

    public func build() async -> PreviewBuild {
        var build = SiteBuild(root: root, baseURL: baseURL, strict: strict)
        build.drafts = .shown
        let (files, diagnostics) = build.render()
        // `render` returns no files when the content fails (or, under strict, has warnings).
        let failed = files.isEmpty || diagnostics.fails(strict: strict)
        var map: [String: Data] = [:]
        if !failed {
            map.reserveCapacity(files.count)
            for file in files { map[file.path] = file.data }
        }
        return PreviewBuild(files: map, diagnostics: diagnostics, failed: failed)
    }

    public func update(changed paths: [String]) async -> PreviewBuild {
        await build()
    }
}
