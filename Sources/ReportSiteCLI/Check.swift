import ArgumentParser
import Diagnostics
import Foundation
import SiteBuilder

/// `report-site check`: load and validate without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the site for errors without writing anything.")

    @Argument(help: "The site folder: Content/, and optionally Templates/ and Public/ overriding the built-in theme.")
    var siteDirectory: String = "."

    @Option(name: .customLong("base-url"), help: "The public URL of the site, e.g. https://example.org/env/ (overrides site.yaml).")
    var baseURL: String?

    @Flag(help: "Treat warnings as errors (for CI).")
    var strict = false

    @Option(help: "How to print problems: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(name: .shortAndLong, help: "Print only problems: no summary line when the check passes.")
    var quiet = false

    func validate() throws {
        if let baseURL, URL(string: baseURL)?.host == nil || !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://example.org/env/")
        }
    }

    mutating func run() throws {
        let code = execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) -> Int32 {
        let outcome = SiteCheck(root: URL(fileURLWithPath: siteDirectory), baseURL: baseURL).run()
        let diagnostics = outcome.diagnostics
        if format == .json {
            sink.out(format.render(diagnostics, siteDirectory: siteDirectory))
        } else if !diagnostics.isEmpty {
            sink.err(format.render(diagnostics, siteDirectory: siteDirectory))
        }
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        let failed = diagnostics.fails(strict: strict)
        if format != .json {
            let summary = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            if failed { sink.err("check failed: \(summary)\(strict && errors == 0 ? " (--strict)" : "")") }
            else if !quiet { sink.out("check passed: \(summary)") }
        }
        return failed ? 1 : 0
    }
}
