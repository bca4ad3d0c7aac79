import Foundation
import ReportSiteCLI
import Testing

/// `check` output formats, and `build` never touching the output when the site is broken.
@Suite struct CommandTests {
    /// The base site with one mistake: a misspelt indicator at line 10, column 18.
    private func misspeltSite() throws -> URL {
        let site = try Corpus.baseSite()
        let city = site.appendingPathComponent("Content/cities/zhuhai/city.yaml")
        let text = try String(contentsOf: city, encoding: .utf8)
        try text.replacingOccurrences(of: "air.good_days_ratio, year: 2021", with: "air.good_day_ratio, year: 2021")
            .write(to: city, atomically: true, encoding: .utf8)
        return site
    }

    @Test func githubFormat() async throws {
        let site = try misspeltSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path, "--format", "github"], output: output.sink)
        #expect(code == 1)
        #expect(output.lines.contains(
            "::error file=\(site.path)/Content/cities/zhuhai/city.yaml,line=10,col=18::unknown indicator 'air.good_day_ratio': it is not defined in Content/indicators.yaml (did you mean 'air.good_days_ratio'?)"))
    }

    @Test func jsonFormat() async throws {
        let site = try misspeltSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path, "--format", "json"], output: output.sink)
        #expect(code == 1)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.count == 1)
        let entry = try #require(list.first)
        #expect(entry["file"] as? String == "\(site.path)/Content/cities/zhuhai/city.yaml")
        #expect(entry["line"] as? Int == 10)
        #expect(entry["column"] as? Int == 18)
        #expect(entry["severity"] as? String == "error")
        #expect(entry["message"] as? String == "unknown indicator 'air.good_day_ratio': it is not defined in Content/indicators.yaml")
        #expect(entry["suggestion"] as? String == "did you mean 'air.good_days_ratio'?")
    }

    /// A missing language is a warning: `check` passes, and fails only with `--strict`.
    @Test func missingLanguageFailsOnlyWhenStrict() async throws {
        let site = try Corpus.site(for: "report-missing-language-strict")
        defer { try? FileManager.default.removeItem(at: site) }
        let lenient = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["check", site.path], output: lenient.sink) == 0)
        #expect(lenient.diagnosticLines == Corpus.expected("report-missing-language-strict", in: site))
        let strict = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["check", site.path, "--strict"], output: strict.sink) == 1)
    }

    @Test func checkWritesNothing() async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try Corpus.files(under: site)
        let code = await ReportSite.main(arguments: ["check", site.path], output: CapturedOutput().sink)
        #expect(code == 0)
        #expect(try Corpus.files(under: site) == before)
    }

    @Test func failedBuildLeavesThePreviousOutput() async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let out = site.appendingPathComponent("out")
        let first = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["build", site.path, "-o", out.path], output: first.sink) == 0)
        let built = Corpus.snapshot(out)
        #expect(built.count > 10)

        let config = site.appendingPathComponent("Content/site.yaml")
        try "title: { zh: 站点, en: Site\nlanguages: [".write(to: config, atomically: true, encoding: .utf8)
        let second = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["build", site.path, "-o", out.path], output: second.sink) == 1)
        #expect(second.lines.contains { $0.hasPrefix("\(site.path)/Content/site.yaml:") && $0.contains(": error: YAML syntax error") })
        let after = Corpus.snapshot(out)
        #expect(after.keys.sorted() == built.keys.sorted())
        for (path, bytes) in built { #expect(after[path] == bytes, "\(path) changed") }
    }
}
