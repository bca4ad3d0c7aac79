import ArgumentParser
import Foundation
import SyntheticSite

/// `report-site-bench synth N DIR`: writes a synthetic site of N cities.
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic site of N cities into DIR (for benchmarks).")

    @Argument(help: "How many cities.")
    var cities: Int

    @Argument(help: "The folder to write the site into; it must not hold Content/ or Templates/ yet.")
    var directory: String

    @Option(help: "standard (like this project's content) or foreign (a site nobody here wrote).")
    var flavor: SyntheticSite.Flavor = .standard

    @Option(help: "The seed: the same seed writes the same bytes.")
    var seed: UInt64 = 1

    @Option(help: "Also write the same narratives as a minimal Hugo site into this folder.")
    var hugo: String?

    func validate() throws {
        guard cities > 0 else { throw ValidationError("N must be at least 1") }
    }

    mutating func run() throws {
        let site = SyntheticSite(cities: cities, seed: seed, flavor: flavor)
        do {
            let summary = try site.write(to: URL(fileURLWithPath: directory))
            print("wrote \(summary.cities) cities, \(summary.narratives) report narratives, \(summary.freePages) free pages, \(summary.chartBlocks) chart blocks, \(summary.figureReferences) figure references (\(summary.files) files, \(summary.bytes / 1024) KiB) to \(directory)")
            if let hugo {
                let copy = try site.writeHugo(to: URL(fileURLWithPath: hugo))
                print("wrote the Hugo copy (\(copy.files) files, \(copy.bytes / 1024) KiB) to \(hugo)")
            }
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension SyntheticSite.Flavor: ExpressibleByArgument {}
