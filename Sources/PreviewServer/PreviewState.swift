import Diagnostics
import Foundation
import Hummingbird

/// What one batch of source changes did to the served site, as sent to browsers.
struct ReloadEvent: Sendable, Equatable {
    /// Site paths whose bytes changed, appeared or disappeared, sorted.
    var changed: [String]
    /// Every page changed: the error overlay appeared, changed or went away.
    var all: Bool
}

/// The site as the preview currently serves it: the last good build's files, and the error
/// overlay of the latest build when that one failed.
///
/// An actor so that a rebuild swaps the whole state at once while requests read it.
actor PreviewState {
    private var files: [String: SiteFile] = [:]
    private var hasGoodBuild = false
    private var overlay: String?
    private var overlayHash: UInt64 = 0
    /// The diagnostics of the latest build.
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var failed = false

    /// Takes a new build: keeps the old files when it failed, and tells which paths changed.
    /// Returns nil when nothing a browser shows changed.
    func apply(_ build: PreviewBuild) -> ReloadEvent? {
        diagnostics = build.diagnostics
        failed = build.failed
        let newOverlay = build.failed ? ErrorOverlay.render(build.diagnostics) : nil
        let overlayChanged = newOverlay != overlay
        overlay = newOverlay
        overlayHash = newOverlay.map { ContentHash.of($0) } ?? 0

        var changed: [String] = []
        if !build.failed && build.isDelta {
            for (path, data) in build.files {
                if let old = files[path], old.bytes.sameBytes(as: data) { continue }
                files[path] = SiteFile(path: path, data: data)
                changed.append(path)
            }
            for path in build.removed where files.removeValue(forKey: path) != nil { changed.append(path) }
            hasGoodBuild = true
        } else if !build.failed {
            var next: [String: SiteFile] = [:]
            next.reserveCapacity(build.files.count)
            for (path, data) in build.files {
                if let old = files[path], old.bytes.sameBytes(as: data) {
                    next[path] = old
                } else {
                    next[path] = SiteFile(path: path, data: data)
                    changed.append(path)
                }
            }
            for path in files.keys where build.files[path] == nil { changed.append(path) }
            files = next
            // The first good build after failed ones changes every page that showed the
            // placeholder; the overlay flag covers it.
            hasGoodBuild = true
        }
        guard overlayChanged || !changed.isEmpty else { return nil }
        return ReloadEvent(changed: changed.sorted(), all: overlayChanged)
    }

    /// How to answer a request for one site path.
    func answer(for key: String) -> Answer {
        let lookup: Answer.Lookup
        if !hasGoodBuild {
            lookup = .unbuilt
        } else if let file = files[key] {
            lookup = .file(file)
        } else if !key.hasSuffix("index.html"), files[key + "/index.html"] != nil {
            lookup = .redirect("/" + key + "/")
        } else {
            lookup = .notFound(files["404.html"])
        }
        return Answer(key: key, lookup: lookup, overlay: overlay, overlayHash: overlayHash)
    }

    /// The answer for a path that can never be in the site (`..`, encoded slashes…).
    func notFoundAnswer() -> Answer {
        Answer(key: "", lookup: hasGoodBuild ? .notFound(files["404.html"]) : .unbuilt, overlay: overlay, overlayHash: overlayHash)
    }
}

/// A snapshot of what to send for one path, taken from the state in one step.
struct Answer: Sendable {
    enum Lookup: Sendable {
        case file(SiteFile)
        case redirect(String)
        /// The site's 404 page, when it has one.
        case notFound(SiteFile?)
        /// No build has succeeded yet: a placeholder page under the overlay.
        case unbuilt
    }

    var key: String
    var lookup: Lookup
    var overlay: String?
    var overlayHash: UInt64

    /// Changes whenever what the browser shows for this path changes; the page's script
    /// sends it back when it (re)connects, so a page that went stale while the connection
    /// was down reloads.
    var token: String {
        switch lookup {
        case .file(let file): return ContentHash.hex(file.hash ^ overlayHash)
        case .redirect(let location): return "redirect-" + ContentHash.hex(ContentHash.of(location))
        case .notFound(let page): return "404-" + ContentHash.hex((page?.hash ?? 0) ^ overlayHash)
        case .unbuilt: return "unbuilt-" + ContentHash.hex(overlayHash)
        }
    }
}

extension ByteBuffer {
    /// Whether these bytes equal `data`, compared with memcmp (a byte loop is slow in debug builds).
    func sameBytes(as data: Data) -> Bool {
        guard readableBytes == data.count else { return false }
        return withUnsafeReadableBytes { mine in
            data.withUnsafeBytes { theirs in
                mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
            }
        }
    }
}
