import Foundation
import ReportSiteCLI
import Testing

/// `licence:` in site.yaml: named in every page's footer and in the datasets' JSON-LD.
@Suite struct LicenceTests {
    private func site(licence: String) -> String {
        SampleSite.text.replacingOccurrences(of: "defaultLanguage: zh\n", with: "defaultLanguage: zh\n" + licence)
    }

    @Test func theLicenceIsNamedInEveryFooterAndTheDatasets() async throws {
        let fixture = try Fixture(site(licence: """
        licence:
          name: { zh: 知识共享署名 4.0, en: CC BY 4.0 }
          url: https://creativecommons.org/licenses/by/4.0/

        """))
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path, "--base-url", "https://example.org/"])
        #expect(code == 0, "\(captured.err)")
        #expect(try fixture.read("_site/en/index.html").contains(
            #"<p class="footer-licence">Licence: <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a></p>"#))
        #expect(try fixture.read("_site/zh/cities/alpha/index.html").contains(
            #"<p class="footer-licence">许可协议：<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">知识共享署名 4.0</a></p>"#))
        #expect(try fixture.read("_site/en/cities/alpha/index.html").contains(#""license":"https://creativecommons.org/licenses/by/4.0/""#))
        // Each standalone chart carries it at its foot, in its language.
        let charts = try FileManager.default.contentsOfDirectory(atPath: fixture.root.appendingPathComponent("_site/zh/charts").path)
            .filter { $0.hasSuffix(".svg") }
        #expect(!charts.isEmpty)
        for chart in charts {
            #expect(try fixture.read("_site/zh/charts/\(chart)").contains(">许可协议：知识共享署名 4.0 · https://creativecommons.org/licenses/by/4.0/<"), "\(chart)")
        }
    }

    @Test func withoutALicenceNoneIsClaimed() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        #expect(!(try fixture.read("_site/en/index.html").contains("footer-licence")))
    }

    @Test func aLicenceWithoutANameOrWithABadAddressIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture(site(licence: """
        licence:
          url: creativecommons.org/licenses/by/4.0

        """))
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["check", fixture.root.path])
        #expect(code == 1)
        #expect(captured.err.contains("Content/site.yaml:8:3: error:"), "\(captured.err)")
        #expect(captured.err.contains("'name'"), "\(captured.err)")

        let bad = try Fixture(site(licence: """
        licence:
          name: CC BY 4.0
          url: creativecommons.org/licenses/by/4.0

        """))
        defer { bad.remove() }
        let (badCode, badOutput) = await runCLI(["check", bad.root.path])
        #expect(badCode == 1)
        #expect(badOutput.err.contains("Content/site.yaml:9:8: error: 'licence.url' must be an absolute http(s) URL, such as https://creativecommons.org/licenses/by/4.0/, not 'creativecommons.org/licenses/by/4.0'"),
                "\(badOutput.err)")
    }
}
