import Foundation
import Testing

/// Two builds of the same site by two separate runs of the `report-site` binary give the same
/// files, byte for byte. Separate processes matter: Swift seeds `Set` and `Dictionary` hashing
/// per process, so an output that follows their order differs between runs but never between
/// two renders in one process. The first run renders up to eight pages at once, the second one
/// at a time; the second also has another time zone and locale. None of it may reach the output.
@Suite struct DeterminismTests {
    /// The `report-site` binary `swift test` built beside the test bundle.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("report-site")
    }

    @Test func twoProcessesConcurrentAndSerialBuildTheSameBytes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no report-site binary at \(Self.binary.path)")
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let first = site.appendingPathComponent("_first"), second = site.appendingPathComponent("_second")
        try run(["build", site.path, "-o", first.path, "--base-url", "https://example.org/r/", "--jobs", "8"],
                environment: ["TZ": "UTC", "LANG": "C.UTF-8"])
        try run(["build", site.path, "-o", second.path, "--base-url", "https://example.org/r/", "--jobs", "1"],
                environment: ["TZ": "Pacific/Kiritimati", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        let a = Corpus.snapshot(first), b = Corpus.snapshot(second)
        #expect(a.count > 30, "too few files built: \(a.count)")
        #expect(a.keys.sorted() == b.keys.sorted())
        for path in a.keys.sorted() where a[path] != b[path] {
            Issue.record("\(path) differs between two runs")
        }
    }

    private func run(_ arguments: [String], environment: [String: String]) throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_DETERMINISTIC_HASHING"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "report-site \(arguments.joined(separator: " ")) failed: \(message)")
    }

}
