import Diagnostics
import Foundation
import SiteBuilder

/// What the preview serves: the site's files as `build` would write them, rendered in memory.
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

    public init(files: [String: Data], diagnostics: [Diagnostic], failed: Bool) {
        self.files = files
        self.diagnostics = diagnostics
        self.failed = failed
    }
}

/// The simplest source: every change re-runs the whole in-memory render of `SiteBuild`,
/// so the preview is byte for byte what `build` writes.
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
        let (files, diagnostics) = SiteBuild(root: root, baseURL: baseURL, strict: strict).render()
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
