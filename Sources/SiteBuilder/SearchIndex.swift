import Diagnostics
import Foundation
import Pages
import Theme

/// The site's static full-text search: Pagefind's extended build (the one that segments
/// Chinese) indexes the staged site, one index per `<html lang>`, into `pagefind/` beside the
/// pages, with the UI files the search box loads. It runs on the staging folder before the
/// swap, so a failed index leaves the previous output as it was.
public struct SearchIndex: Sendable {
    /// The Pagefind binary that is run.
    public var binary: URL

    public init(binary: URL) {
        self.binary = binary
    }

    /// The folder Pagefind writes into, at the site root.
    public static let folder = "pagefind"

    /// What indexing leaves out of a page's `<main>`: the printed address under the header
    /// (a URL, not content).
    static let excludedSelectors = [".print-address"]

    /// The name of the extended binary on `PATH` and in the Python package.
    public static let binaryName = "pagefind_extended"

    /// The environment variable that names the binary, like `--pagefind`.
    public static let environmentVariable = "REPORT_SITE_PAGEFIND"

    /// Where the Makefile links the binary it installed, relative to the site (or the current) folder.
    public static let makefileLink = ".build/pagefind/pagefind_extended"

    /// How to install Pagefind, for the warning when it is missing.
    public static let installHint = "install it with `make deps` or `pip install 'pagefind[extended]'`"

    /// Pagefind found, or why not (one line for the build to print).
    public enum Lookup: Equatable, Sendable {
        case found(URL)
        case missing(String)
    }

    /// Finds the binary: `explicit` (`--pagefind PATH`), else `REPORT_SITE_PAGEFIND`, else
    /// `pagefind_extended` on `PATH`, else the Makefile's link under the site folder or the
    /// current folder, else the Python package `pagefind[extended]` installed for `python3`.
    /// A path that was named but is not an executable is not replaced by another: the warning
    /// says which path it was.
    public static func locate(explicit: String?, environment: [String: String], siteRoot: URL,
                              currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> Lookup {
        let fileManager = FileManager.default
        if let named = explicit ?? environment[environmentVariable].flatMap({ $0.isEmpty ? nil : $0 }) {
            let source = explicit != nil ? "--pagefind" : environmentVariable
            let url = URL(fileURLWithPath: named, relativeTo: currentDirectory).standardizedFileURL
            guard fileManager.isExecutableFile(atPath: url.path) else {
                return .missing("search index not built: Pagefind is not at \(named) (\(source)); \(installHint), or name its \(binaryName)")
            }
            return .found(url)
        }
        let onPath = (environment["PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(binaryName) }
        let links = [siteRoot, currentDirectory].map { $0.appendingPathComponent(makefileLink) }
        for candidate in onPath + links where fileManager.isExecutableFile(atPath: candidate.path) {
            return .found(candidate.standardizedFileURL)
        }
        if let installed = pythonPackageBinary(environment: environment) { return .found(installed) }
        return .missing("search index not built: Pagefind's extended build (\(binaryName)) was not found; \(installHint), or name it with --pagefind PATH")
    }

    /// Asks `python3` where `pip install 'pagefind[extended]'` put the binary (pip puts none on `PATH`).
    private static func pythonPackageBinary(environment: [String: String]) -> URL? {
        let paths = (environment["PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
        guard let python = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        let script = "import pagefind_bin_extended as p; print(p.get_executable())"
        guard let (status, output) = try? run(python, ["-c", script], environment: environment), status == 0 else { return nil }
        // The last line: a `python3` shim may print warnings first (bash's, under a locale it lacks).
        let lines = output.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let path = lines.last(where: { !$0.isEmpty }), FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// Indexes the pages under each language's folder of `site` (the staged output) into
    /// `site/pagefind/`. Only `<main>` is indexed: the header, navigation and footer are the
    /// same on every page. The landing page and 404 page lie outside the language folders.
    public func index(_ site: URL, languages: [String]) throws {
        let glob = languages.count == 1 ? "\(languages[0])/**/*.html" : "{\(languages.joined(separator: ","))}/**/*.html"
        let arguments = ["--site", site.path, "--glob", glob, "--root-selector", "main",
                         "--exclude-selectors", Self.excludedSelectors.joined(separator: ", "),
                         // Pages link to index.html so the site also reads from a folder; results do too.
                         "--keep-index-url", "--quiet"]
        let status: Int32, output: String
        do {
            (status, output) = try Self.run(binary, arguments, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw Diagnostic.error("cannot run Pagefind (\(binary.path)): \(error)", at: SourceLocation(file: binary.path))
        }
        guard status == 0 else {
            let tail = output.split(separator: "\n").suffix(5).joined(separator: " / ")
            throw Diagnostic.error("Pagefind failed (exit \(status)) indexing the site: \(tail)", at: SourceLocation(file: binary.path))
        }
        try Self.sortEntry(in: site.appendingPathComponent(Self.folder))
    }

    /// Pagefind writes `pagefind-entry.json` with its languages in hash-map order, which
    /// differs from run to run; sorted keys make two builds byte-identical (the rest of its
    /// output already is).
    static func sortEntry(in folder: URL) throws {
        let entry = folder.appendingPathComponent("pagefind-entry.json")
        guard let data = FileManager.default.contents(atPath: entry.path),
              let object = try? JSONSerialization.jsonObject(with: data) else {
            throw Diagnostic.error("Pagefind wrote no readable pagefind-entry.json", at: SourceLocation(file: entry.path))
        }
        let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        try sorted.write(to: entry)
    }

    /// Runs `executable` to the end and returns its exit status and what it printed (standard
    /// output and error together).
    private static func run(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read to the end before waiting: a full pipe would otherwise block the child.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
