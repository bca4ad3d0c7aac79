import ArgumentParser
import Foundation
import SyntheticSite

/// `report-site synth N DIR`: writes a synthetic site of N cities (hidden: a tool for
/// benchmarks and tests, not for authors).
struct Synth: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic site of N cities into DIR/Content (for benchmarks).",
        shouldDisplay: false)

    @Argument(help: "How many cities.")
    var cities: Int

    @Argument(help: "The folder to write Content/ into; it must not hold Content/ yet.")
    var directory: String

    @Option(help: "standard (like this project's content) or foreign (a site nobody here wrote).")
    var flavor: SyntheticSite.Flavor = .standard

    @Option(help: "The seed: the same seed writes the same bytes.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Copy Templates/ and Public/ from this site folder (e.g. the repository), with names for the synthetic categories.", valueName: "site"))
    var theme: String?

    @Option(help: "Also write the same narratives as a minimal Hugo site into this folder.")
    var hugo: String?

    func validate() throws {
        guard cities > 0 else { throw ValidationError("N must be at least 1") }
    }

    func run() throws {
        let site = SyntheticSite(cities: cities, seed: seed, flavor: flavor)
        do {
            let root = URL(fileURLWithPath: directory)
            if let theme { try site.copyTheme(from: URL(fileURLWithPath: theme), to: root) }
            let summary = try site.write(to: root)
            print("wrote \(summary.cities) cities, \(summary.narratives) report narratives, \(summary.freePages) free pages, \(summary.chartBlocks) chart blocks, \(summary.figureReferences) figure references (\(summary.files) files, \(summary.bytes / 1024) KiB) to \(directory)/Content")
            if let hugo {
                let copy = try site.writeHugo(to: URL(fileURLWithPath: hugo))
                print("wrote the Hugo copy (\(copy.files) files, \(copy.bytes / 1024) KiB) to \(hugo)")
            }
        } catch let error as SyntheticSiteError {
            throw ValidationError(error.description)
        }
    }
}

extension SyntheticSite.Flavor: ExpressibleByArgument {}
