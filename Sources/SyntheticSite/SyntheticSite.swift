import Foundation

/// A synthetic site in the content contract, for benchmarks and large end-to-end tests:
/// N cities with 20 indicators × 15 years each, reported changes that agree with the levels,
/// two reports per city in Chinese and English (four charts and many figure references each),
/// and free pages. The same seed gives the same bytes on every machine.
///
///     try SyntheticSite(cities: 300, seed: 1, flavor: .standard).write(to: folder)
public struct SyntheticSite: Sendable {
    /// The shape of the site.
    public enum Flavor: String, CaseIterable, Sendable {
        /// Indicators and narratives shaped like this project's real content.
        case standard
        /// A site nobody here wrote: its own indicator ids, names, categories and units, English
        /// first, and narratives with tables, lists, odd heading levels, footnotes and code.
        case foreign
    }

    public var cities: Int
    public var seed: UInt64
    public var flavor: Flavor

    public init(cities: Int, seed: UInt64 = 1, flavor: Flavor = .standard) {
        precondition(cities > 0, "a site needs at least one city")
        self.cities = cities
        self.seed = seed
        self.flavor = flavor
    }

    /// What was generated.
    public struct Summary: Equatable, Sendable {
        public var cities = 0
        /// Report narratives (one per report and language), not counting free pages.
        public var narratives = 0
        public var freePages = 0
        public var chartBlocks = 0
        public var figureReferences = 0
        public var files = 0
        public var bytes = 0
    }

    /// Writes the site into `root`: `Content/`, and `Templates/strings/` with the names of its
    /// categories (templates and styles come from the built-in theme). Refuses to write over an
    /// existing `Content/` or `Templates/`.
    @discardableResult
    public func write(to root: URL) throws -> Summary {
        let content = root.appendingPathComponent("Content"), templates = root.appendingPathComponent("Templates")
        for folder in [content, templates] where FileManager.default.fileExists(atPath: folder.path) {
            throw SyntheticSiteError("\(folder.path) already exists; give an empty or new folder")
        }
        let plan = SitePlan(self)
        var summary = plan.summary
        for (folder, files) in [(content, plan.contentFiles()), (templates, plan.stringFiles())] {
            for file in files {
                try Self.write(file.text, to: folder.appendingPathComponent(file.path))
                summary.files += 1
                summary.bytes += file.text.utf8.count
            }
        }
        return summary
    }

    /// Writes the same narratives as a minimal Hugo site into `root`: both languages, a layout
    /// of its own (no theme), chart blocks as plain code blocks and figure references as text.
    @discardableResult
    public func writeHugo(to root: URL) throws -> Summary {
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("content").path) {
            throw SyntheticSiteError("\(root.path)/content already exists; give an empty or new folder")
        }
        let plan = SitePlan(self)
        var summary = plan.summary
        for file in HugoSite(plan: plan).files() {
            try Self.write(file.text, to: root.appendingPathComponent(file.path))
            summary.files += 1
            summary.bytes += file.text.utf8.count
        }
        return summary
    }

    /// The generated content files (paths relative to `Content/`), without touching the disk.
    public func contentFiles() -> [(path: String, text: String)] { SitePlan(self).contentFiles() }

    private static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Why a synthetic site could not be written.
public struct SyntheticSiteError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
