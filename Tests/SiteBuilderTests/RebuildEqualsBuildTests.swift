import Diagnostics
import Foundation
@testable import Pages
import PropertyBased
@testable import SiteBuilder
import Testing
@testable import Theme

/// A rebuild over the previous output cannot miss an edit (issue 23): after random sequences
/// of edits of every kind of input (the preview's `SiteEdit`s), each followed by a `build`
/// into the same folder, the folder is byte for byte what a build into an empty folder
/// writes, and the problems are the same; a build that fails leaves the previous output and
/// its manifest as they were. Some sequences also damage the cache (a truncated or foreign
/// manifest, a page of the output changed or removed by hand).
@Suite struct RebuildEqualsBuildTests {
    /// Sequences per run (each step is two builds); REBUILD_EDIT_CASES for a long run.
    static let count = ProcessInfo.processInfo.environment["REBUILD_EDIT_CASES"].flatMap(Int.init) ?? 5

    @Test func randomEditsKeepARebuildEqualToAFreshBuild() async throws {
        await propertyCheck(count: Self.count, input: SiteEdit.sequences(of: 3...6), Gen.int(in: 0...3)) { edits, damage in
            try await RebuildCheck.run(edits, damage: damage)
        }
    }

    /// Every kind of edit at least once, whatever the random runs drew.
    @Test(arguments: PreviewEqualsBuildTests.groups)
    func everyKindOfEditInTurn(_ kinds: [SiteEdit.Kind]) async throws {
        try await RebuildCheck.run(kinds.map { SiteEdit(kind: $0, seed: 1) }, damage: 0)
    }
}

enum RebuildCheck {
    /// Applies the edits one by one, rebuilding into `_site` after each; before the edit
    /// numbered `damage` (when there is one) the cache is damaged in the way that number names.
    static func run(_ edits: [SiteEdit], damage: Int) async throws {
        let site = try EditedSite()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("_site")
        var lastGood: [String: Data]? = nil
        var done: [String] = []
        var pending = edits
        var step = 0
        func check() async {
            var build = SiteBuild(root: site.root, output: output)
            build.jobs = 2
            let rebuilt = await build.run()
            let freshFolder = site.root.appendingPathComponent("_fresh")
            var fresh = SiteBuild(root: site.root, output: freshFolder)
            fresh.reusesPreviousOutput = false
            fresh.jobs = 2
            let expected = await fresh.run()
            defer { try? FileManager.default.removeItem(at: freshFolder) }
            let story = done.isEmpty ? "the first build" : done.joined(separator: " → ")
            #expect((rebuilt.summary == nil) == (expected.summary == nil), "rebuild failed: \(rebuilt.summary == nil), fresh: \(expected.summary == nil), after \(story)")
            #expect(rebuilt.diagnostics == expected.diagnostics, "problems differ after \(story):\nrebuild: \(rebuilt.diagnostics.map(\.description))\nfresh:   \(expected.diagnostics.map(\.description))")
            let files = Fixture.snapshot(output)
            let wanted = expected.summary == nil ? (lastGood ?? [:]) : Fixture.snapshot(freshFolder)
            if expected.summary != nil { lastGood = wanted }
            let differing = Set(files.keys).union(wanted.keys).filter { files[$0] != wanted[$0] }.sorted()
            #expect(differing.isEmpty, "\(differing.count) files differ from a fresh build (\(differing.prefix(8))) after \(story)")
        }
        await check()
        while !pending.isEmpty || !site.broken.isEmpty {
            let edit = pending.isEmpty ? SiteEdit(kind: .repair, seed: 0) : pending.removeFirst()
            if step == damage {
                done.append(try Self.damage(damage, output: output))
                // A build that fails leaves the output as it is now, damage included.
                lastGood = Fixture.snapshot(output)
            }
            step += 1
            let paths = try edit.apply(to: site)
            guard !paths.isEmpty else { continue }
            done.append("\(edit) \(paths)")
            await check()
        }
    }

    /// Damages the cache one of four ways; says how.
    static func damage(_ kind: Int, output: URL) throws -> String {
        let manifest = BuildManifest.location(of: output)
        switch kind {
        case 0:
            guard let data = FileManager.default.contents(atPath: manifest.path) else { return "no manifest to truncate" }
            try data.prefix(data.count / 3).write(to: manifest)
            return "manifest truncated"
        case 1:
            let page = output.appendingPathComponent("en/index.html")
            let handle = try FileHandle(forWritingTo: page)
            try handle.write(contentsOf: Data("changed by hand".utf8))
            try handle.close()
            return "en/index.html changed in place"
        case 2:
            try? FileManager.default.removeItem(at: output.appendingPathComponent("zh/index.html"))
            return "zh/index.html removed"
        default:
            guard let data = FileManager.default.contents(atPath: manifest.path) else { return "no manifest to move" }
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: output.path, with: output.path + "-elsewhere")
            try Data(text.utf8).write(to: manifest)
            return "manifest of another folder"
        }
    }
}
