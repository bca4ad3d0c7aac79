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
        subcommands: [Build.self, Check.self, New.self, NewCity.self, NewReport.self, Theme.self, Serve.self]
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
            if let message = unknownCommand(in: arguments) {
                output.err(message)
                return 2
            }
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

extension ReportSite {
    /// What to say when parsing failed because the word where a command belongs names none:
    /// `error: unknown command 'bulid' (did you mean 'build'?)` and the usage, or nil when the
    /// arguments failed for another reason. The argument parser itself says only "Unexpected
    /// argument 'bulid'". Commands with a default subcommand take any word as its argument,
    /// so they are left to the parser.
    static func unknownCommand(in arguments: [String]) -> String? {
        var stack: [ParsableCommand.Type] = [ReportSite.self]
        for word in arguments {
            let command = stack[stack.count - 1]
            let subcommands = command.configuration.subcommands
            // An option, or `help` (the parser's own command), is the parser's to judge.
            guard !subcommands.isEmpty, command.configuration.defaultSubcommand == nil,
                  !word.hasPrefix("-"), word != "help" else { return nil }
            if let next = subcommands.first(where: { $0._commandName == word || $0.configuration.aliases.contains(word) }) {
                stack.append(next)
                continue
            }
            let shown = subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
            let list = shown.count == 1 ? "the only command is \(shown[0])"
                : "the commands are \(shown.dropLast().joined(separator: ", ")) and \(shown.last ?? "")"
            let hint = Suggestion.didYouMean(word, among: shown).map { " (\($0))" } ?? ": \(list)"
            let names = stack.map { $0._commandName }.joined(separator: " ")
            return """
            error: unknown command '\(word)'\(hint)
            Usage: \(ReportSite.usageString(for: command))
              See '\(names) --help' for more information.
            """
        }
        return nil
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
extension ThemeReference: PrintingCommand {}

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
