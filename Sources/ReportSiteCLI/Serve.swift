import ArgumentParser
import Diagnostics
import Foundation
import PreviewServer

/// `report-site serve`: a live preview that rebuilds in memory as the sources change.
struct Serve: AsyncParsableCommand, PrintingCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site: build it in memory, serve it, and reload open pages as the sources change.",
        discussion: """
        Nothing is written to disk (_site/ is left alone). Pages are exactly what `build --drafts` writes \
        (drafts shown with a banner), plus a small live-reload script. When the content is broken, every page shows the errors \
        over the last version that built; fixing the file clears them. The preview makes no search index \
        (its search box says search is not available); `build` does.
        """)

    @Argument(help: "The site folder holding Content/, Templates/ and Public/.")
    var siteDirectory: String = "."

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(help: "The address to listen on. Anything but loopback lets other machines read the preview.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the site in the default browser once it is ready.")
    var open = false

    @Flag(help: "Treat warnings as errors, as `build --strict` does.")
    var strict = false

    @Flag(help: "Watch the sources by polling instead of inotify (network or container file systems).")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    mutating func run() async throws {
        let code = await execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) async -> Int32 {
        let root = URL(fileURLWithPath: siteDirectory).standardizedFileURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Content").path) else {
            sink.err("error: \(siteDirectory) has no Content/ folder; run serve in a site folder or name one")
            return 1
        }
        if !PreviewServer.isLoopback(host) {
            sink.err("""
            warning: listening on \(host), not on this machine only: anyone who can reach it on the \
            network can read this preview, drafts included. Leave out --host to stay on 127.0.0.1.
            """)
        }
        let printer = BuildPrinter(sink: sink, openBrowser: open)
        let configuration = PreviewServer.Configuration(
            root: root, host: host, port: port, watch: poll ? .polling(.milliseconds(250)) : .automatic)
        let server = PreviewServer(
            configuration: configuration,
            source: IncrementalSource(root: root, strict: strict),
            report: { printer.print($0) })
        do {
            try await server.run()
        } catch {
            sink.err("error: \(PreviewServer.listenFailure(error, host: host, port: port) ?? "cannot serve on \(host):\(port): \(error)")")
            return 1
        }
        sink.out("stopped")
        return 0
    }
}

/// Prints what the preview does, in the words and format of `check` for problems.
private final class BuildPrinter: Sendable {
    let sink: OutputSink
    let openBrowser: Bool
    private let firstBuild = LockedValue<String>("")
    private let lastDiagnostics = LockedValue<[Diagnostic]>([])

    init(sink: OutputSink, openBrowser: Bool) {
        self.sink = sink
        self.openBrowser = openBrowser
    }

    func print(_ event: PreviewServer.Event) {
        // A long-running server's lines must reach a pipe or log file as they happen.
        defer { fflush(nil) }
        switch event {
        case .watching(let how):
            sink.out("Watching Content/, Templates/ and Public/ (\(how))")
        case .built(let build, let sources, let duration, let changedPaths):
            let seconds = String(format: "%.2f s", duration / .seconds(1))
            let diagnostics = build.diagnostics.sortedForDisplay()
            let previous = lastDiagnostics.swap(diagnostics)
            let errors = build.diagnostics.errorCount, warnings = build.diagnostics.warningCount
            let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if sources == nil || diagnostics != previous, !diagnostics.isEmpty {
                sink.err(DiagnosticFormat.text.render(diagnostics))
            }
            guard let sources else {
                firstBuild.set(build.failed
                    ? "the first build failed (\(counts)) in \(seconds); pages show the errors until they are fixed"
                    : "built \(build.files.count) files in \(seconds)\(warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")")
                return
            }
            let what = sources.count == 1 ? sources[0] : "\(sources.count) files"
            if build.failed {
                sink.err("\(what) changed: the site does not build (\(counts)); serving the last good version under the errors")
            } else {
                sink.out("\(what) changed: rebuilt in \(String(format: "%.0f ms", duration / .milliseconds(1))), \(changedPaths) file\(changedPaths == 1 ? "" : "s") changed")
            }
        case .listening(let url, _):
            sink.out("Serving at \(url) — \(firstBuild.get()). Press Ctrl-C to stop.")
            if openBrowser { Browser.open(url, sink: sink) }
        }
    }
}

/// Opens a URL in the desktop's browser.
private enum Browser {
    static func open(_ url: String, sink: OutputSink) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { sink.err("warning: could not open a browser (\(error)); open \(url) yourself") }
    }
}

/// A value shared between the server's tasks, behind a lock.
private final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func swap(_ newValue: Value) -> Value {
        lock.withLock {
            let old = value
            value = newValue
            return old
        }
    }
}
