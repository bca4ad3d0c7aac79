import Foundation
import ReportSiteCLI
import Testing

/// robots.txt at the root of a host, and under a sub-folder where crawlers never read it.
@Suite struct RobotsTests {
    /// A site without a warning, so that `--strict` passes and anything printed is about robots.txt.
    private static let site = """
    -- Content/site.yaml --
    title: { zh: 测试, en: Test }
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    defaultLanguage: zh
    -- Content/indicators.yaml --
    - id: air.pm25
      category: air
      name: { zh: 细颗粒物年均浓度, en: Annual mean PM2.5 }
      unit: ug_per_m3
      better: lower
    -- Content/cities/alpha/city.yaml --
    name: { zh: 甲市, en: Alpha }
    sources:
      - id: a-2020
        title: { zh: 甲市报告, en: Alpha report }
        url: https://example.org/a-2020
    observations:
      - { indicator: air.pm25, year: 2020, value: 30 }
    """

    private func build(_ fixture: Fixture, _ extra: [String]) async -> (Int32, Captured) {
        await runCLI(["build", fixture.root.path] + extra)
    }

    @Test func atTheRootOfAHostItIsPlainAndNothingIsSaid() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, output) = await build(fixture, ["--base-url", "https://example.org/", "--strict"])
        #expect(code == 0)
        #expect(output.err == "")
        #expect(try fixture.read("_site/robots.txt") == """
        User-agent: *
        Allow: /
        Sitemap: https://example.org/sitemap.xml

        """)
    }

    /// Under a sub-folder the file is written, with a comment saying where it must be and the
    /// line to add there; the build says so in a note, which does not fail `--strict`.
    @Test func underASubFolderItSaysWhereItMustBe() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, output) = await build(fixture, ["--base-url", "https://example.org/env/", "--strict"])
        #expect(code == 0)
        #expect(output.err == "note: robots.txt is not read under https://example.org/env/: crawlers read it only at the root of the host, https://example.org/robots.txt; add 'Sitemap: https://example.org/env/sitemap.xml' to that file (the built robots.txt says so too)")
        #expect(output.out.hasPrefix("built "))
        #expect(output.out.contains(" 0 warnings in "))
        #expect(try fixture.read("_site/robots.txt") == """
        # This site is published under https://example.org/env/, but crawlers read robots.txt
        # only at the root of the host, https://example.org/robots.txt: this copy is not read.
        # For crawlers to find the sitemap, add this line to the host's robots.txt:
        # Sitemap: https://example.org/env/sitemap.xml
        User-agent: *
        Allow: /
        Sitemap: https://example.org/env/sitemap.xml

        """)
    }

    /// A port is kept in the host's address; GitHub Actions get a notice; --quiet leaves the note out.
    @Test func theNoteKeepsThePortAndFollowsTheFormat() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, output) = await build(fixture, ["--base-url", "http://localhost:8080/a/b", "--format", "github"])
        #expect(code == 0)
        #expect(output.err == "::notice::robots.txt is not read under http://localhost:8080/a/b/: crawlers read it only at the root of the host, http://localhost:8080/robots.txt; add 'Sitemap: http://localhost:8080/a/b/sitemap.xml' to that file (the built robots.txt says so too)")
        #expect(try fixture.read("_site/robots.txt").hasPrefix("# This site is published under http://localhost:8080/a/b/, but crawlers read robots.txt\n# only at the root of the host, http://localhost:8080/robots.txt: this copy is not read.\n"))
        let (quiet, quietOutput) = await build(fixture, ["--base-url", "https://example.org/env/", "--quiet"])
        #expect(quiet == 0)
        #expect(quietOutput.err == "")
        #expect(quietOutput.out == "")
    }
}
