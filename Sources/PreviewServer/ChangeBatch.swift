/// How file-system events are grouped into one rebuild: an editor's save is often several
/// events (write a temporary file, rename it over the old one, touch attributes), and a
/// rebuild per event would show a half-saved state.
public struct BatchWindow: Sendable {
    /// A batch closes once no event arrived for this long.
    public var quiet: Duration
    /// …or at the latest this long after its first event, so a steady stream of events
    /// (a `git checkout`) still rebuilds.
    public var longest: Duration

    public init(quiet: Duration = .milliseconds(30), longest: Duration = .milliseconds(150)) {
        self.quiet = quiet
        self.longest = longest
    }
}

/// Names that editors and tools write beside a file while saving it, never content.
enum IgnoredNames {
    static func contains(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || (name.hasPrefix("#") && name.hasSuffix("#")) || name == "4913"
    }

    /// Whether any segment of a site-relative path is ignored.
    static func containsAny(in path: String) -> Bool {
        path.split(separator: "/").contains { contains($0) }
    }
}

/// The folders of a site that the preview watches.
enum WatchedFolders {
    static let names = ["Content", "Templates", "Public"]
}
