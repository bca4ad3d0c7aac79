import Diagnostics
import Foundation
import PropertyBased
import SiteBuilder
import Testing

/// Feeds thousands of mutated copies of the base site to `SiteCheck`, in-process: whatever
/// the input, the check finishes with a clean list of located diagnostics, or with success.
@Suite struct FuzzTests {
    static let dataFiles = [
        "Content/site.yaml", "Content/indicators.yaml", "Content/cities/zhuhai/city.yaml",
        "Content/cities/dongguan/city.yaml", "Content/cities/dongguan/observations.csv",
    ]
    static let textFiles = [
        "Content/cities/zhuhai/2021-summary.zh.md", "Content/cities/zhuhai/2021-summary.en.md",
        "Content/pages/about.zh.md", "Content/pages/about.en.md",
        "Templates/footer.mustache", "Templates/strings/en.yaml",
    ]

    @Test func mutatedDataFiles() async throws {
        try await fuzz(Self.dataFiles, count: 1200)
    }

    @Test func mutatedNarrativesAndTemplates() async throws {
        try await fuzz(Self.textFiles, count: 900)
    }

    /// Each case edits one to three of the files with random mutations, checks the site, and
    /// puts the files back.
    private func fuzz(_ files: [String], count: Int) async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let originals = try Dictionary(uniqueKeysWithValues: files.map { ($0, try Data(contentsOf: site.appendingPathComponent($0))) })
        let edits = Gen.int(in: 0...Int.max).array(of: 1...3)
        await propertyCheck(count: count, input: edits) { seeds in
            var changed: [String: [UInt8]] = [:]
            for seed in seeds {
                let file = files[seed % files.count]
                changed[file] = Mutation(seed: seed / files.count).apply(to: changed[file] ?? Array(originals[file]!))
            }
            for (file, bytes) in changed { try? Data(bytes).write(to: site.appendingPathComponent(file)) }
            defer { for file in changed.keys { try? originals[file]!.write(to: site.appendingPathComponent(file)) } }

            let diagnostics = SiteCheck(root: site).run().diagnostics
            for diagnostic in diagnostics {
                #expect(!diagnostic.location.file.isEmpty, "a diagnostic without a file: \(diagnostic)")
                #expect(!diagnostic.location.file.hasPrefix("/"), "a diagnostic with an absolute path: \(diagnostic)")
                #expect(diagnostic.location.line >= 0 && diagnostic.location.column >= 0)
                #expect(!diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty, "a diagnostic without a message at \(diagnostic.location)")
                #expect(!diagnostic.description.contains("Swift.") && !diagnostic.description.contains("Error("),
                        "a diagnostic that shows a programmer's error value: \(diagnostic)")
            }
            #expect(diagnostics == diagnostics.sortedForDisplay(), "diagnostics not sorted by file and line")
        }
    }
}
