import ArgumentParser
import Diagnostics
import Foundation
import SiteBuilder

/// `report-site`: builds and checks bilingual environmental-disclosure sites.
public struct ReportSite: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report-site",
        abstract: "Build a bilingual static disclosure site from city data and Markdown narratives.",
        discussion: """
        Start a site with `report-site new DIR`, check it while writing, build it to publish.
        Shell completions: `report-site --generate-completion-script bash|zsh|fish`.
        """,
        version: ReportSite.version,
        subcommands: [Build.self, Check.self, New.self, NewCity.self, NewReport.self, Theme.self, Synth.self, Serve.self, BenchIncremental.self]
    )

    /// The version `--version` prints.
    public static let version = "0.2.0"

    public init() {}

    /// Runs the command line and returns the process exit code: 0 success, 1 content errors,
    /// 2 usage errors. Output goes to the given streams, so tests can call it in-process.
    public static func main(arguments: [String], output: OutputSink = .standard) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if let command = command as? PrintingCommand { return await command.execute(output: output) }
            // The root command alone: print its help.
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                output.out(fullMessage(for: error))
                return 0
            }
            output.err(fullMessage(for: error))
            return 2
        }
    }
}

/// A command that prints through an `OutputSink` and returns its exit code, so that tests
/// run it in-process.
protocol PrintingCommand {
    func execute(output: OutputSink) async -> Int32
}

extension Build: PrintingCommand {}
extension Check: PrintingCommand {}
extension New: PrintingCommand {}
extension NewCity: PrintingCommand {}
extension NewReport: PrintingCommand {}
extension ThemeExport: PrintingCommand {}

/// Where the commands print: standard output and error, or buffers in tests.
public struct OutputSink: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                status: (@Sendable (String?) -> Void)? = nil) {
        self.out = out
        self.err = err
        self.status = status
    }

    /// A transient status line (a build's progress), or nil where nobody watches: the standard
    /// sink sets it only when standard error is a terminal, so logs and pipes get nothing extra.
    public var status: (@Sendable (String?) -> Void)?

    public static let standard = OutputSink(
        out: { print($0) },
        err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
        status: terminalStatus)

    /// Redraws one line of standard error in place (carriage return, the text, erase to the end
    /// of the line); nil when standard error is not a terminal.
    static let terminalStatus: (@Sendable (String?) -> Void)? = {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { (line: String?) in
            FileHandle.standardError.write(Data(("\r" + (line ?? "") + "\u{1B}[K").utf8))
        }
    }()
}

extension DiagnosticFormat: ExpressibleByArgument {}
