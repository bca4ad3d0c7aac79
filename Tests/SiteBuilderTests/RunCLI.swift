import Foundation
import ReportSiteCLI

/// Collects what a command prints.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var outLines: [String] = []
    private var errLines: [String] = []

    var out: String { lock.withLock { outLines.joined(separator: "\n") } }
    var err: String { lock.withLock { errLines.joined(separator: "\n") } }

    func append(out line: String) { lock.withLock { outLines.append(line) } }
    func append(err line: String) { lock.withLock { errLines.append(line) } }

    /// A sink that prints into this, for running several commands into one capture.
    var sink: OutputSink { OutputSink(out: { self.append(out: $0) }, err: { self.append(err: $0) }) }
}

/// Runs the command line in-process, as `report-site ARGUMENTS…` would, and collects what it prints.
func runCLI(_ arguments: [String]) async -> (code: Int32, captured: Captured) {
    let captured = Captured()
    let code = await ReportSite.main(arguments: arguments, output: captured.sink)
    return (code, captured)
}

/// What a command printed, with the site folder it was given taken off the front of the
/// paths (the printer puts it there so the files open from the current directory).
func inSite(_ text: String, _ folder: URL) -> String {
    text.replacingOccurrences(of: folder.path + "/", with: "")
}

extension Fixture {
    /// Writes a site and builds it, in-process (`report-site build ROOT ARGUMENTS…`): the fixture,
    /// the exit code and what the build printed on standard error.
    static func build(_ text: String, _ arguments: [String] = []) async throws -> (fixture: Fixture, code: Int32, err: String) {
        let fixture = try Fixture(text)
        let (code, captured) = await runCLI(["build", fixture.root.path] + arguments)
        return (fixture, code, captured.err)
    }
}
