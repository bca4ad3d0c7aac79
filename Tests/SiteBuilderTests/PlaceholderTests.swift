import Diagnostics
import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// `placeholder: true` on what `report-site new` writes as an example, and `draft: true` on
/// what `new-report` writes: plain `check` and `build` pass, `check --strict` lists each one
/// at its line, so a new site's author sees exactly what is left to replace.
@Suite struct PlaceholderTests {
    /// The lines printed, in file-then-line order: which file's problems come first is the
    /// printer's choice (data before narratives), not what these tests are about.
    private func lines(_ text: String) -> [String] {
        text.components(separatedBy: "\n").sorted { a, b in
            func key(_ line: String) -> (String, Int, Int) {
                let parts = line.split(separator: ":", maxSplits: 3)
                return parts.count > 2 ? (String(parts[0]), Int(parts[1]) ?? 0, Int(parts[2]) ?? 0) : (line, 0, 0)
            }
            return key(a) < key(b)
        }
    }

    /// What `check` says about a fresh `new --city zhuhai` site: each example, at its `placeholder:` key.
    static let newSiteWarnings = """
        Content/cities/zhuhai/city.yaml:13:5: warning: placeholder: an example source, not a real document; replace it with the document your figures come from and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:16:64: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:17:64: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:18:64: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:19:51: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:20:51: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:21:51: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:22:69: warning: placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:25:67: warning: placeholder: an example change, not taken from a source; replace it with one your source reports and remove `placeholder: true`
        Content/cities/zhuhai/city.yaml:26:74: warning: placeholder: an example change, not taken from a source; replace it with one your source reports and remove `placeholder: true`
        Content/cities/zhuhai/2023-environment.en.md:6:1: warning: placeholder: example text; write your own and remove `placeholder: true`
        Content/cities/zhuhai/2023-environment.zh.md:6:1: warning: placeholder: example text; write your own and remove `placeholder: true`
        """

    @Test func aNewSitePassesTheCheckAndStrictListsEveryPlaceholder() async throws {
        let folder = Fixture.temporaryFolder("report-site-placeholder")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path, "--city", "zhuhai", "--name-zh", "珠海市", "--name-en", "Zhuhai"]).0 == 0)

        var (code, output) = await runCLI(["check", folder.path])
        #expect(code == 0)
        #expect(lines(inSite(output.err, folder)) == lines(Self.newSiteWarnings))
        #expect(output.out == "check passed: 0 errors, 12 warnings")

        (code, output) = await runCLI(["check", folder.path, "--strict"])
        #expect(code == 1)
        #expect(lines(inSite(output.err, folder)) == lines(Self.newSiteWarnings + "\ncheck failed: 0 errors, 12 warnings (--strict)"))
        #expect(output.err.hasSuffix("\ncheck failed: 0 errors, 12 warnings (--strict)"))

        // A placeholder is built like anything else: the example report and its figures.
        (code, output) = await runCLI(["build", folder.path])
        #expect(code == 0)
        #expect(lines(inSite(output.err, folder)) == lines(Self.newSiteWarnings))
        let report = folder.appendingPathComponent("_site/en/cities/zhuhai/2023-environment/index.html")
        #expect(try String(contentsOf: report, encoding: .utf8).contains("93.0%"))
    }

    /// Replacing an example and removing its marker takes it off the list, one by one.
    @Test func aReplacedExampleIsNoLongerListed() async throws {
        let folder = Fixture.temporaryFolder("report-site-placeholder")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path, "--city", "zhuhai", "--name-zh", "珠海市", "--name-en", "Zhuhai"]).0 == 0)
        let path = folder.appendingPathComponent("Content/cities/zhuhai/city.yaml")
        let yaml = try String(contentsOf: path, encoding: .utf8)
        try Data(yaml.replacingOccurrences(of: "value: 120, placeholder: true", with: "value: 192").utf8).write(to: path)
        let (code, output) = await runCLI(["check", folder.path, "--strict"])
        #expect(code == 1)
        let expected = Self.newSiteWarnings.components(separatedBy: "\n").filter { !$0.hasPrefix("Content/cities/zhuhai/city.yaml:22:") }
        #expect(expected.count == 11)
        #expect(lines(inSite(output.err, folder)) == lines((expected + ["check failed: 0 errors, 11 warnings (--strict)"]).joined(separator: "\n")))
    }

    /// `new-city` marks its example source; `new-report` writes drafts, which `build` leaves out.
    @Test func newCityAndNewReportAreListedToo() async throws {
        let folder = Fixture.temporaryFolder("report-site-placeholder")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path, "--city", "zhuhai", "--name-zh", "珠海市", "--name-en", "Zhuhai"]).0 == 0)
        #expect(await runCLI(["new-city", "shenzhen", "--site", folder.path]).0 == 0)
        let (added, addOutput) = await runCLI(["new-report", "shenzhen", "2024-summary", "--date", "2025-01-15", "--site", folder.path])
        #expect(added == 0)
        #expect(addOutput.out.contains("as a draft (remove `draft: true` to publish it)"))

        let (code, output) = await runCLI(["check", folder.path, "--strict"])
        #expect(code == 1)
        #expect(lines(inSite(output.err, folder)) == lines(Self.newSiteWarnings + """

            Content/cities/shenzhen/2024-summary.en.md:6:1: warning: draft: left out of build; remove `draft: true` to publish
            Content/cities/shenzhen/2024-summary.zh.md:6:1: warning: draft: left out of build; remove `draft: true` to publish
            Content/cities/shenzhen/city.yaml:13:5: warning: placeholder: an example source, not a real document; replace it with the document your figures come from and remove `placeholder: true`
            check failed: 0 errors, 15 warnings (--strict)
            """))
        let (built, _) = await runCLI(["build", folder.path])
        #expect(built == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/zh/cities/shenzhen/2024-summary").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/zh/cities/shenzhen/index.html").path))
    }

    /// `placeholder` takes an unquoted true or false, and only where it means something.
    @Test func placeholderIsRejectedWhereItIsMisused() throws {
        let fixture = try Fixture(DraftTests.site)
        defer { fixture.remove() }
        let city = try fixture.read("Content/cities/alpha/city.yaml")
        try fixture.write("Content/cities/alpha/city.yaml", city
            .replacingOccurrences(of: "year: 2019, value: 89.6 }", with: "year: 2019, value: 89.6, placeholder: 1 }")
            .replacingOccurrences(of: "year: 2020, value: 91.3 }", with: "year: 2020, value: 91.3, placeholder: false }")
            .replacingOccurrences(of: "name: { zh: 甲市, en: Alpha }", with: "name: { zh: 甲市, en: Alpha }\nplaceholder: true"))
        let indicators = try fixture.read("Content/indicators.yaml")
        try fixture.write("Content/indicators.yaml", indicators.replacingOccurrences(of: "  decimals: 1\n", with: "  decimals: 1\n  placeholder: true\n"))
        try fixture.write("Content/pages/about.en.md", "---\ntitle: About\nplaceholder: \"yes\"\n---\nThis site publishes the data of one city.\n")
        try fixture.write("Content/cities/alpha/observations.csv", "indicator,year,value,placeholder\nair.good_days_ratio,2018,88.0,true\n")
        var errors = SiteCheck(root: fixture.root).run().diagnostics.filter { $0.severity == .error }.map(\.description)
        // The CSV's own error lists the columns it knows, which other fields add to.
        let csv = "Content/cities/alpha/observations.csv:1:22: error: unknown column 'placeholder' (expected columns: indicator,year,value,source,"
        #expect(errors.filter { $0.hasPrefix(csv) }.count == 1)
        errors.removeAll { $0.hasPrefix(csv) }
        #expect(lines(errors.joined(separator: "\n")) == lines([
            "Content/indicators.yaml:7:3: error: unknown key 'placeholder' in an indicator ('placeholder: true' marks an example source, observation or change in city.yaml, or an example report or page in its front matter; it does not apply here)",
            "Content/cities/alpha/city.yaml:2:1: error: unknown key 'placeholder' in a city ('placeholder: true' marks an example source, observation or change in city.yaml, or an example report or page in its front matter; it does not apply here)",
            "Content/cities/alpha/city.yaml:8:77: error: 'placeholder' must be true or false, not '1' (write placeholder: true)",
            "Content/pages/about.en.md:3:14: error: 'placeholder' must be true or false, not 'yes' (write placeholder: true)",
        ].joined(separator: "\n")))
        // `placeholder: false` is no placeholder: nothing to list.
        let warnings = SiteCheck(root: fixture.root).run().diagnostics.filter { $0.message.hasPrefix("placeholder:") }
        #expect(warnings == [])
    }
}
