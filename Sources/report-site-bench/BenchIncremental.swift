import ArgumentParser
import Foundation
import SiteBuilder

/// `report-site-bench bench-incremental SITE`: times, in process, what a preview does after an
/// author saves one narrative: `IncrementalSite.update(changed:)` after editing a report's text.
/// Restores every file it edits.
struct BenchIncremental: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-incremental",
        abstract: "Time the in-process rebuild after editing one narrative (for benchmarks).")

    @Argument(help: "The site folder.")
    var siteDirectory: String

    @Option(help: "How many edits to time (each of a different report narrative).")
    var edits = 9

    func validate() throws {
        guard edits > 0 else { throw ValidationError("--edits must be at least 1") }
    }

    mutating func run() async throws {
        if !(await measure()) { throw ExitCode(1) }
    }

    /// Times the edits and prints the figures; false (having said why) when the site cannot be timed.
    func measure() async -> Bool {
        let root = URL(fileURLWithPath: siteDirectory).standardizedFileURL
        let narratives = Self.reportNarratives(in: root)
        guard !narratives.isEmpty else {
            printError("error: \(root.path) has no report narratives (Content/cities/*/*.md)")
            return false
        }
        let site = IncrementalSite(root: root)
        let start = ContinuousClock.now
        let first = await site.build()
        let full = ContinuousClock.now - start
        guard !first.failed else {
            printError("error: the site does not build: \(first.diagnostics.prefix(3).map(\.description).joined(separator: "; "))")
            return false
        }
        // Edits spread over the site, each a sentence added to the body (not the front matter,
        // so listings stay as they are: the common case while writing).
        let step = max(1, narratives.count / edits)
        var times: [Duration] = []
        var routes: [Int] = []
        for index in stride(from: 0, to: narratives.count, by: step).prefix(edits) {
            let path = narratives[index], url = root.appendingPathComponent(path)
            guard let original = try? Data(contentsOf: url) else { continue }
            do {
                try (original + Data("\nOne more sentence, edit \(index).\n".utf8)).write(to: url)
                let begin = ContinuousClock.now
                let update = await site.update(changed: [path])
                times.append(ContinuousClock.now - begin)
                routes.append(update.routesRendered)
                if update.failed || update.full {
                    printError("error: editing \(path) \(update.failed ? "failed the build" : "rebuilt the whole site")")
                    try original.write(to: url)
                    return false
                }
                try original.write(to: url)
                _ = await site.update(changed: [path])
            } catch {
                try? original.write(to: url)
                printError("error: cannot edit \(path): \(error)")
                return false
            }
        }
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2]
        func ms(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f ms", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        print("full in-process build: \(ms(full)) (\(first.changed.count) files)")
        print("median \(ms(median)) (min \(ms(sorted.first!)), max \(ms(sorted.last!)); \(times.count) edits, \(routes.sorted()[routes.count / 2]) routes re-rendered each)")
        return true
    }

    /// `Content/cities/<city>/<report>.<lang>.md`, sorted.
    static func reportNarratives(in root: URL) -> [String] {
        let cities = root.appendingPathComponent("Content/cities")
        let fileManager = FileManager.default
        var paths: [String] = []
        for city in ((try? fileManager.contentsOfDirectory(atPath: cities.path)) ?? []).sorted() {
            for file in ((try? fileManager.contentsOfDirectory(atPath: cities.appendingPathComponent(city).path)) ?? []).sorted()
            where file.hasSuffix(".md") {
                paths.append("Content/cities/\(city)/\(file)")
            }
        }
        return paths
    }
}
