import Foundation
import SiteBuilder
import SiteModel
import SyntheticSite
import Testing

/// The synthetic site generator: deterministic, and what it writes passes the strict check.
@Suite struct GeneratedSiteTests {
    /// A fresh folder with a generated site in it (built with the built-in theme).
    static func generate(_ site: SyntheticSite) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-site-\(UUID().uuidString)")
        try site.write(to: root)
        return root
    }

    static func files(under folder: URL) -> Set<String> {
        var files = Set<String>()
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { files.insert(path) }
        }
        return files
    }

    @Test(arguments: SyntheticSite.Flavor.allCases)
    func generationIsDeterministicAndSeeded(flavor: SyntheticSite.Flavor) {
        let first = SyntheticSite(cities: 5, seed: 1, flavor: flavor).contentFiles()
        let again = SyntheticSite(cities: 5, seed: 1, flavor: flavor).contentFiles()
        let other = SyntheticSite(cities: 5, seed: 2, flavor: flavor).contentFiles()
        #expect(first.map(\.path) == again.map(\.path))
        #expect(first.map(\.text) == again.map(\.text))
        #expect(first.map(\.text) != other.map(\.text))
        // Fixed digests: the same seed writes the same bytes in every process and on every
        // machine (no Set/Dictionary order, no standard-library random algorithms).
        let digest = Self.fnv1a(first.map { $0.path + "\n" + $0.text }.joined(separator: "\u{0}"))
        #expect(digest == Self.digests[flavor], "digest \(String(digest, radix: 16))")
    }

    static let digests: [SyntheticSite.Flavor: UInt64] = [.standard: 0x5bdb_249f_9f5b_1243, .foreign: 0xbb60_851d_aa2c_5bbd]

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// What the generator writes is a valid site under `--strict`, in both flavors; the foreign
    /// one really is foreign: English first, its own categories.
    @Test(arguments: SyntheticSite.Flavor.allCases)
    func bothFlavorsPassTheStrictCheck(flavor: SyntheticSite.Flavor) throws {
        let root = try Self.generate(SyntheticSite(cities: 4, seed: 3, flavor: flavor))
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = SiteCheck(root: root).run()
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description).prefix(5))")
        let site = try #require(SiteLoader(root: root).load().site)
        #expect(site.cities.count == 4)
        #expect(site.indicators.count == 20)
        for city in site.cities {
            #expect(city.reports.count == 2)
            #expect(city.reports.allSatisfy { Set($0.narratives.keys) == ["zh", "en"] })
            #expect(Set(city.observations.map(\.year)).count == 15)
        }
        switch flavor {
        case .standard:
            #expect(site.config.languageCodes == ["zh", "en"])
        case .foreign:
            #expect(site.config.languageCodes == ["en", "zh"])
            #expect(Set(site.indicators.map(\.category)) == ["climate", "energy", "mobility", "housing", "health", "greenspace", "water", "waste"])
        }
    }
}
