import ArgumentParser
import Foundation

/// `report-site-bench`: the tools `make bench` runs, kept out of `report-site` so that the binary
/// people download holds only what authors use (issue 21).
@main
struct ReportSiteBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-site-bench",
        abstract: "Benchmark tools for report-site: synthetic sites and in-process rebuild timings.",
        subcommands: [Synth.self, BenchIncremental.self]
    )
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
