import Foundation
import ReportSiteCLI
import Testing

@Suite struct CorpusTests {
    @Test func theBaseSiteIsClean() async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path, "--strict"], output: output.sink)
        #expect(code == 0)
        #expect(output.diagnosticLines == [])
    }

    @Test func thereAreEnoughCases() {
        #expect(Corpus.cases.count >= 40)
        for name in Corpus.cases { #expect(!Corpus.expected(name).isEmpty, "\(name) has no expected.txt") }
    }

    /// Each broken site fails `check` with exactly the diagnostics its `expected.txt` lists.
    @Test(arguments: Corpus.cases)
    func brokenSite(_ name: String) async throws {
        let site = try Corpus.site(for: name)
        defer { try? FileManager.default.removeItem(at: site) }
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path] + Corpus.arguments(name), output: output.sink)
        #expect(code == 1)
        #expect(output.diagnosticLines == Corpus.expected(name, in: site))
    }

    /// `build` finds exactly what `check` finds, though it binds each narrative only when it
    /// renders its page (`check` binds them all first): it fails with the same diagnostics and
    /// writes nothing.
    @Test(arguments: Corpus.cases)
    func brokenSiteFailsToBuildWithTheSameDiagnostics(_ name: String) async throws {
        let site = try Corpus.site(for: name)
        defer { try? FileManager.default.removeItem(at: site) }
        let out = site.appendingPathComponent("out")
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["build", site.path, "-o", out.path] + Corpus.arguments(name), output: output.sink)
        #expect(code == 1)
        #expect(output.diagnosticLines == Corpus.expected(name, in: site))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try Corpus.files(under: site).allSatisfy { !$0.contains(".out.tmp-") }, "a staging folder was left behind")
    }
}
