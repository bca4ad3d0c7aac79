import Diagnostics
import Foundation
import SiteModel

/// The whole pipeline: load → validate → render → write. Writes nothing unless every
/// earlier stage succeeded.
public struct SiteBuild {
    public var root: URL
    public var output: URL
    public var baseURL: String?
    public var strict: Bool

    public init(root: URL, output: URL? = nil, baseURL: String? = nil, strict: Bool = false) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("_site")).standardizedFileURL
        self.baseURL = baseURL
        self.strict = strict
    }

    /// Counts for the closing summary line.
    public struct Summary: Equatable, Sendable {
        public var pages = 0
        public var charts = 0
        public var dataFiles = 0
        public var warnings = 0
        public var files = 0
    }

    public struct Result {
        public var diagnostics: [Diagnostic]
        /// nil when the build failed and nothing was written.
        public var summary: Summary?
    }

    /// Renders the site's files without writing them (also used by tests).
    public func render() -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        var outcome = SiteCheck(root: root, baseURL: baseURL).run()
        guard !outcome.diagnostics.fails(strict: strict), let context = outcome.context else { return ([], outcome.diagnostics) }
        var files = SiteRenderer(context: context).render()
        do {
            files += try PublicFiles.collect(from: root.appendingPathComponent("Public"), reserved: Set(files.map(\.path)))
        } catch let diagnostic as Diagnostic {
            outcome.diagnostics.append(diagnostic)
            return ([], outcome.diagnostics)
        } catch {
            outcome.diagnostics.append(.error("cannot read Public/: \(error)", at: SourceLocation(file: "Public")))
            return ([], outcome.diagnostics)
        }
        return (files.sorted { $0.path < $1.path }, outcome.diagnostics)
    }

    public func run() -> Result {
        let (files, diagnostics) = render()
        guard !files.isEmpty else { return Result(diagnostics: diagnostics, summary: nil) }
        do {
            try AtomicWriter(output: output).write(files)
        } catch {
            return Result(diagnostics: diagnostics + [.error("cannot write the site: \(error)", at: SourceLocation(file: output.path))], summary: nil)
        }
        var summary = Summary()
        summary.files = files.count
        summary.pages = files.filter { $0.path.hasSuffix(".html") }.count
        summary.charts = files.filter { $0.path.hasSuffix(".svg") && $0.path.contains("/charts/") }.count
        summary.dataFiles = files.filter { $0.path.hasPrefix("data/") }.count
        summary.warnings = diagnostics.warningCount
        return Result(diagnostics: diagnostics, summary: summary)
    }
}

/// The built-in theme's `Public/` files with the site's own `Public/` laid over them (a site
/// file replaces the built-in one of the same path), copied verbatim to the site root.
enum PublicFiles {
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
