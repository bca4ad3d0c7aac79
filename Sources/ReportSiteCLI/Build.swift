import ArgumentParser
import Diagnostics
import Foundation
import Synchronization
import SiteBuilder

/// `report-site build`: load, validate, render and write the site.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into an output folder (default SITE_DIR/_site).")

    @Argument(help: "The site folder: Content/, and optionally Templates/ and Public/ overriding the built-in theme.")
    var siteDirectory: String = "."

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String?

    @Option(name: .customLong("base-url"), help: "The public URL of the site, e.g. https://example.org/env/ (overrides site.yaml).")
    var baseURL: String?

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    @Flag(help: "Build drafts too (narratives with `draft: true`), each page with a draft banner: for a staging copy, not for publishing.")
    var drafts = false

    @Option(help: "How to print problems: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(name: .shortAndLong, help: "Print only problems: no summary line.")
    var quiet = false

    @Option(help: "The Pagefind binary (its extended build, pagefind_extended) that makes the search index. Default: REPORT_SITE_PAGEFIND, else pagefind_extended on PATH, else the one `make deps` or `pip install 'pagefind[extended]'` installed. Without it the site is built without search, with a note.")
    var pagefind: String?

    @Flag(name: .customLong("no-search"), help: "Build without the search index: Pagefind is not run, and the search box says search is not available.")
    var noSearch = false

    @Option(help: "How many pages to render at once (default: the number of processors). The output is the same either way.")
    var jobs: Int?

    @Flag(name: .customLong("no-cache"), help: "Render every page, even those whose inputs did not change since the previous build into the same output (by default they are taken from it as hard links, recorded in .<output>.manifest.json beside it; the output it replaces is kept as .<output>.previous, the next build's staging folder). The output is the same either way.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Say what the build took from the previous output and why it rendered the rest.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let baseURL, URL(string: baseURL)?.scheme == nil || !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://example.org/env/")
        }
    }

    mutating func run() async throws {
        let code = await execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    /// "[1/3] checking", "[2/3] rendering 120/276", "[3/3] writing": at most every 0.1 s, so a
    /// fast build spends no time redrawing.
    static func progressLine(_ status: @escaping @Sendable (String?) -> Void) -> @Sendable (SiteBuild.Progress) -> Void {
        let last = LastDrawn()
        return { progress in
            let line: String
            switch progress {
            case .checking: line = "[1/3] checking the content"
            case .rendering(let done, let total):
                guard done == 0 || done == total || last.due() else { return }
                line = "[2/3] rendering \(done)/\(total)"
            case .writing: line = "[3/3] writing"
            }
            status(line)
        }
    }

    func execute(output sink: OutputSink) async -> Int32 {
        let start = Date()
        let root = URL(fileURLWithPath: siteDirectory)
        let outputURL = output.map { URL(fileURLWithPath: $0) }
        var build = SiteBuild(root: root, output: outputURL, baseURL: baseURL, strict: strict)
        if let jobs { build.jobs = max(1, jobs) }
        if drafts { build.drafts = .shown }
        build.reusesPreviousOutput = !noCache
        var searchNote: String?
        switch noSearch ? nil : SearchIndex.locate(explicit: pagefind, environment: ProcessInfo.processInfo.environment, siteRoot: root) {
        case .found(let binary)?: build.search = SearchIndex(binary: binary)
        case .missing(let note)?: searchNote = note
        case nil: break
        }
        if !quiet, let status = sink.status { build.progress = Self.progressLine(status) }
        let result = await build.run()
        if build.progress != nil { sink.status?(nil) }
        if verbose { for line in result.plan { sink.err(format.render(note: line)) } }
        if !result.diagnostics.isEmpty { sink.err(format.render(result.diagnostics, siteDirectory: siteDirectory)) }
        guard let summary = result.summary else {
            let errors = result.diagnostics.errorCount, warnings = result.diagnostics.warningCount
            sink.err("build failed: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\(strict && errors == 0 ? " (--strict)" : ""); nothing was written")
            return 1
        }
        if quiet { return 0 }
        for note in result.notes + [searchNote].compactMap({ $0 }) { sink.err(format.render(note: note)) }
        let seconds = Date().timeIntervalSince(start)
        sink.out("built \(summary.pages) pages, \(summary.charts) charts, \(summary.dataFiles) data files, \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s")
        return 0
    }
}

/// When the progress line was last drawn.
private final class LastDrawn: Sendable {
    private let time = Mutex(Date.distantPast)

    /// True when 0.1 s have passed since the last time it said so.
    func due() -> Bool {
        time.withLock { time in
            let now = Date()
            guard now.timeIntervalSince(time) >= 0.1 else { return false }
            time = now
            return true
        }
    }
}
