import Foundation
import ReportSiteCLI

/// The broken-site corpus under `Corpus/`: a valid base site, and per case only the files
/// that differ, with the diagnostics the case must produce in `expected.txt`.
///
/// A case folder may also hold `args.txt` (extra `check` arguments, one a line),
/// `remove.txt` (paths to delete from the base, one a line) and `symlinks.txt`
/// (`path -> target` lines, made as symbolic links).
enum Corpus {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let controlFiles: Set<String> = ["expected.txt", "args.txt", "remove.txt", "symlinks.txt"]

    /// Every case's name, sorted.
    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }

    /// Every file under a folder by relative path, with its bytes (what a build wrote there).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// A fresh temporary folder holding the base site: its Content/, and a full copy of the
    /// built-in theme's Templates/ as overrides (so template mutations can be fuzzed).
    static func baseSite() throws -> URL {
        let fm = FileManager.default
        let site = fm.temporaryDirectory.appendingPathComponent("check-corpus-\(UUID().uuidString)")
        try fm.createDirectory(at: site, withIntermediateDirectories: true)
        try fm.copyItem(at: folder.appendingPathComponent("_base/Content"), to: site.appendingPathComponent("Content"))
        try fm.copyItem(at: repository.appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        return site
    }

    /// The base site with one case's files laid over it.
    static func site(for name: String) throws -> URL {
        let fm = FileManager.default
        let site = try baseSite()
        let caseFolder = folder.appendingPathComponent(name)
        for path in try files(under: caseFolder) where !controlFiles.contains(path) {
            let target = site.appendingPathComponent(path)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: caseFolder.appendingPathComponent(path), to: target)
        }
        for path in lines(caseFolder.appendingPathComponent("remove.txt")) {
            try fm.removeItem(at: site.appendingPathComponent(path))
        }
        for line in lines(caseFolder.appendingPathComponent("symlinks.txt")) {
            let parts = line.components(separatedBy: " -> ")
            let link = site.appendingPathComponent(parts[0])
            try fm.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: link.path, withDestinationPath: parts[1])
        }
        return site
    }

    static func expected(_ name: String) -> [String] { lines(folder.appendingPathComponent("\(name)/expected.txt")) }

    /// The lines of `expected.txt` as `check` prints them for the site at `site`: each path,
    /// relative to the site folder in the file, behind the folder as the command was given it.
    static func expected(_ name: String, in site: URL) -> [String] {
        expected(name).map { $0.hasPrefix("(") || $0.hasPrefix("/") ? $0 : "\(site.path)/\($0)" }
    }
    static func arguments(_ name: String) -> [String] { lines(folder.appendingPathComponent("\(name)/args.txt")) }

    /// Non-empty lines of a text file; none when it does not exist.
    static func lines(_ url: URL) -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Relative paths of the regular files under a folder.
    static func files(under folder: URL) throws -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        let root = folder.standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: root) else { return [] }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }
}

/// Collects what a command prints, for tests.
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outText: [String] = []
    private var errText: [String] = []

    var sink: OutputSink {
        OutputSink(out: { text in self.lock.withLock { self.outText.append(text) } },
                   err: { text in self.lock.withLock { self.errText.append(text) } })
    }

    var standardOutput: String { lock.withLock { outText.joined(separator: "\n") } }
    var standardError: String { lock.withLock { errText.joined(separator: "\n") } }
    /// Every printed line, both streams.
    var lines: [String] { (standardOutput + "\n" + standardError).split(separator: "\n").map(String.init) }
    /// The printed diagnostics: every line but the closing summary.
    var diagnosticLines: [String] {
        lines.filter { !$0.hasPrefix("check passed:") && !$0.hasPrefix("check failed:") && !$0.hasPrefix("build failed:") && !$0.hasPrefix("built ") }
    }
}
