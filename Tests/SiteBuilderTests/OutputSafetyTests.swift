import Diagnostics
import Foundation
import Pages
import SiteBuilder
import Testing
import Theme

/// What a build leaves on disk when writing goes wrong or `Public/` is at fault, seen only
/// through `SiteBuild(...).run()` and the files: the previous site stays byte for byte, nothing
/// half-written or staged is left beside it, and the problem is reported where it lies.
@Suite struct OutputSafetyTests {
    private func built() async throws -> (Fixture, URL, [String: Data]) {
        let site = try Fixture(SampleSite.text)
        let output = site.root.appendingPathComponent("_site")
        let result = await SiteBuild(root: site.root, output: output).run()
        try #require(result.summary != nil, "\(result.diagnostics)")
        return (site, output, site.snapshot("_site"))
    }

    /// Names in the output's parent other than the site's own files: staging leftovers.
    /// Hidden files beside the output other than its build manifest and the output a build
    /// replaced (which a build leaves there on purpose, for the next one: `._site.manifest.json`,
    /// `._site.previous`; `RebuildTests` shows that nothing in the latter reaches the site).
    private func leftovers(_ site: Fixture) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: site.root.path)) ?? [])
            .filter { $0.hasPrefix(".") && $0 != "._site.manifest.json" && $0 != "._site.previous" }.sorted()
    }

    @Test func aPublicFileThatWouldOverwriteAGeneratedOneStopsTheBuild() async throws {
        let (site, output, before) = try await built()
        defer { site.remove() }
        try site.write("Public/robots.txt", "User-agent: *\nDisallow: /\n")
        let result = await SiteBuild(root: site.root, output: output).run()
        #expect(result.summary == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file == "Public/robots.txt" }, "\(result.diagnostics)")
        #expect(site.snapshot("_site") == before)
        #expect(leftovers(site) == [])
    }

    @Test func aPublicLinkOutsidePublicStopsTheBuild() async throws {
        let (site, output, before) = try await built()
        defer { site.remove() }
        try site.write("secret.txt", "not for the web")
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Public"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Public/leak.txt").path,
                                                   withDestinationPath: site.root.appendingPathComponent("secret.txt").path)
        let result = await SiteBuild(root: site.root, output: output).run()
        #expect(result.summary == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file == "Public/leak.txt" }, "\(result.diagnostics)")
        #expect(site.snapshot("_site") == before)
        #expect(!site.exists("_site/leak.txt"))
    }

    @Test func aPublicFileIsCopiedAndAGoneOneDisappears() async throws {
        let (site, output, _) = try await built()
        defer { site.remove() }
        try site.write("Public/files/report.pdf", "%PDF-1.4")
        #expect(await SiteBuild(root: site.root, output: output).run().summary != nil)
        #expect(try site.read("_site/files/report.pdf") == "%PDF-1.4")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Public/files/report.pdf"))
        #expect(await SiteBuild(root: site.root, output: output).run().summary != nil)
        #expect(!site.exists("_site/files/report.pdf"), "a stale file survived a rebuild")
        #expect(leftovers(site) == [])
    }

    /// The write fails (the staging folder's name is too long for the file system): the folder
    /// already at the output path stays as it was, and the failure is reported.
    @Test func aFailedWriteLeavesThePreviousOutputAsItWas() async throws {
        let site = try Fixture(SampleSite.text)
        defer { site.remove() }
        let name = String(repeating: "o", count: 250)
        let output = site.root.appendingPathComponent(name)
        try site.write("\(name)/index.html", "previous site")
        let result = await SiteBuild(root: site.root, output: output).run()
        #expect(result.summary == nil)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("cannot write the site") }, "\(result.diagnostics)")
        #expect(site.snapshot(name) == ["index.html": Data("previous site".utf8)])
        #expect(leftovers(site) == [])
    }

    /// A build killed mid-way leaves its staging folders; the next build clears them and
    /// none of their files reach the site.
    @Test func leftoversOfAKilledBuildAreCleared() async throws {
        let (site, output, before) = try await built()
        defer { site.remove() }
        try site.write("._site.tmp-build/stale.html", "half written")
        try site.write("._site.tmp-old/old.html", "old")
        #expect(await SiteBuild(root: site.root, output: output).run().summary != nil)
        #expect(site.snapshot("_site") == before)
        #expect(leftovers(site) == [])
    }
}
