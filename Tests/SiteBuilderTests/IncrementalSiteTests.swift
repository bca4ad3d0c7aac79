import Diagnostics
import Foundation
import Pages
import SiteBuilder
import Testing
import Theme

/// The in-memory site a preview serves: after each edit its files must be exactly what a
/// fresh build of the same content writes, and only the routes that read the edit re-render.
@Suite struct IncrementalSiteTests {
    /// What a fresh, one-route-at-a-time render of the folder gives now.
    private func fresh(_ fixture: Fixture) -> [String: Data] {
        let (files, _) = SiteBuild(root: fixture.root).render()
        return Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theFirstBuildIsWhatBuildWrites() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        let update = await site.build()
        #expect(!update.failed, "\(update.diagnostics)")
        let files = await site.files
        #expect(files == fresh(fixture))
        #expect(update.changed.count == files.count)
    }

    @Test func anEditedNarrativeRerendersItsPageAndTheListingsOfItsTitle() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()

        // The body only: the report page alone.
        let path = "Content/cities/alpha/plan.zh.md"
        let text = try fixture.read(path)
        try fixture.write(path, text.replacingOccurrences(of: "## 空气", with: "## 空气质量"))
        var update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.routesRendered == 1)
        #expect(Set(update.changed.keys) == ["zh/cities/alpha/plan/index.html"])
        #expect(String(decoding: update.changed["zh/cities/alpha/plan/index.html"]!, as: UTF8.self).contains("空气质量</h2>"))
        #expect(await site.files == fresh(fixture))

        // The title: the page, and every page and feed that lists it.
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "title: 甲市五年成效", with: "title: 甲市五年环境成效"))
        update = await site.update(changed: [path])
        #expect(!update.failed)
        #expect(update.changed.keys.contains("zh/index.html"))
        #expect(update.changed.keys.contains("zh/cities/alpha/index.html"))
        #expect(update.changed.keys.contains("zh/feed.xml"))
        #expect(!update.changed.keys.contains("zh/cities/beta/index.html"))
        #expect(await site.files == fresh(fixture))
    }

    /// A chart block that now draws another chart: the new standalone file appears and the
    /// one no page links any more goes, without a pass over the whole site.
    @Test func aChartNoPageLinksIsRemoved() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        // The report's chart files, those its page links (the indicator page draws its own).
        let reportCharts = { (files: [String: Data]) -> Set<String> in
            let page = String(decoding: files["zh/cities/alpha/plan/index.html"] ?? Data(), as: UTF8.self)
            return Set(files.keys.filter { $0.contains("/charts/column-water.sewage_capacity") && page.contains("/" + $0 + "\"") })
        }
        let before = reportCharts(await site.files)
        #expect(before.filter { $0.hasSuffix(".svg") }.count == 1)

        let path = "Content/cities/alpha/plan.zh.md"
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "years: 2015..2020", with: "years: 2018..2020"))
        let update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.routesRendered == 1)
        #expect(Set(update.removed) == before)
        let after = reportCharts(await site.files)
        #expect(after.count == before.count && after.isDisjoint(with: before))
        #expect(Set(update.changed.keys) == after.union(["zh/cities/alpha/plan/index.html"]))
        #expect(await site.files == fresh(fixture))
    }

    /// A chart block with its own title keeps its file name when retitled: the edit must
    /// redraw it, not reuse the drawing cached under the old title.
    @Test func aRetitledChartIsRedrawn() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let path = "Content/cities/alpha/plan.zh.md"
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "years: 2015..2020", with: "years: 2015..2020\ntitle: 污水处理能力"))
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        #expect(await site.files == fresh(fixture))

        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "title: 污水处理能力", with: "title: 污水处理能力的增长"))
        let update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        let chart = try #require(update.changed.keys.first { $0.contains("/charts/") })
        #expect(String(decoding: update.changed[chart]!, as: UTF8.self).contains("污水处理能力的增长"))
        #expect(await site.files == fresh(fixture))
    }

    @Test func aBrokenEditKeepsTheLastGoodFilesAndSaysWhere() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let before = await site.files

        let path = "Content/cities/alpha/plan.zh.md"
        let good = try fixture.read(path)
        try fixture.write(path, good.replacingOccurrences(of: "[[air.good_days_ratio@2020]]", with: "[[air.good_day_ratio@2020]]"))
        var update = await site.update(changed: [path])
        #expect(update.failed)
        #expect(update.changed.isEmpty)
        #expect(update.diagnostics.contains { $0.location.file == path && $0.location.line == 8 && $0.message.contains("air.good_day_ratio") })
        #expect(await site.files == before)

        try fixture.write(path, good)
        update = await site.update(changed: [path])
        #expect(!update.failed)
        #expect(update.diagnostics.allSatisfy { $0.severity != .error })
        #expect(await site.files == fresh(fixture))
    }

    @Test func aCitysDataRerendersThePagesThatShowThatCity() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/cities/beta/city.yaml"
        let good = try fixture.read(path)

        // A new value of an indicator the city has: only what shows the city.
        try fixture.write(path, good.replacingOccurrences(of: "observations:\n", with: "observations:\n  - { indicator: air.good_days_ratio, year: 2020, value: 95.0 }\n"))
        var update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(!update.full)
        #expect(update.changed.keys.contains("zh/cities/beta/index.html"))
        #expect(update.changed.keys.contains("data/beta.csv"))
        #expect(!update.changed.keys.contains("zh/cities/alpha/plan/index.html"))
        #expect(await site.files == fresh(fixture))

        // A first value of another indicator: indicator pages list the city, so everything is rebuilt.
        try fixture.write(path, good.replacingOccurrences(of: "observations:\n", with: "observations:\n  - { indicator: air.pm25, year: 2021, value: 19 }\n"))
        update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.full)
        #expect(await site.files == fresh(fixture))

        // A city.yaml that is not YAML: an error at its line, the last good files kept.
        let before = await site.files
        try fixture.write(path, good + "  - { indicator: air.pm25, year: 2022\n")
        update = await site.update(changed: [path])
        #expect(update.failed)
        #expect(update.diagnostics.contains { $0.location.file == path && $0.location.line > 0 })
        #expect(await site.files == before)

        try fixture.write(path, good)
        update = await site.update(changed: [path])
        #expect(!update.failed)
        #expect(await site.files == fresh(fixture))
    }

    /// What a fresh `build --drafts` gives now: its files, and its problems.
    private func freshBuild(_ fixture: Fixture) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        var build = SiteBuild(root: fixture.root)
        build.drafts = .shown
        let (files, diagnostics) = build.render()
        return (Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }), diagnostics)
    }

    /// Every page's navigation names the free pages: a retitled one re-renders them all.
    @Test func aRetitledFreePageIsRenamedInEveryPagesNavigation() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/pages/about.zh.md"
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "title: 关于本站", with: "title: 本站说明"))
        let update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(!update.full)
        let page = String(decoding: update.changed["zh/cities/beta/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains(">本站说明</a>"))
        #expect(await site.files == freshBuild(fixture).files)
    }

    /// A page that cites no source dates its data by the latest report: a report's new date
    /// changes its footer.
    @Test func aReportsNewDateChangesTheFooterOfPagesThatCiteNoSource() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/cities/alpha/plan.en.md"
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "date: 2021-01-05", with: "date: 2023-03-04"))
        let update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        let about = String(decoding: update.changed["en/about/index.html"] ?? Data(), as: UTF8.self)
        #expect(about.contains(#"<time datetime="2023-03-04">"#))
        #expect(await site.files == freshBuild(fixture).files)
    }

    /// An edited narrative keeps the problems validation finds about it (a missing language),
    /// and validation reads it again (a city's lede may come from its summary).
    @Test func anEditedNarrativeKeepsItsSiteWideProblems() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/cities/alpha/notes.zh.md"
        try fixture.write(path, try fixture.read(path) + "\n更多。\n")
        let update = await site.update(changed: [path])
        #expect(!update.failed)
        #expect(update.diagnostics.contains { $0.location.file == path && $0.message.contains("has no 'en' version") })
        #expect(update.diagnostics == freshBuild(fixture).diagnostics)
    }

    /// An edit that fails is not forgotten: while one narrative is broken, fixing another
    /// leaves the site failed, with both problems, and no file changes.
    @Test func aBrokenEditStaysBrokenUntilItIsFixed() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let before = await site.files
        let (zh, en) = ("Content/cities/alpha/plan.zh.md", "Content/cities/alpha/plan.en.md")
        let good = try fixture.read(en)
        try fixture.write(en, good + "\n[[air.no_such_indicator]]\n")
        _ = await site.update(changed: [en])
        try fixture.write(zh, try fixture.read(zh) + "\n[[air.no_such_indicator]]\n")
        var update = await site.update(changed: [zh])
        #expect(update.failed)
        #expect(Set(update.diagnostics.filter { $0.severity == .error }.map(\.location.file)) == [zh, en])

        // The Chinese one fixed, the English one still broken.
        try fixture.write(zh, try fixture.read(zh).replacingOccurrences(of: "\n[[air.no_such_indicator]]\n", with: ""))
        update = await site.update(changed: [zh])
        #expect(update.failed)
        #expect(update.diagnostics.filter { $0.severity == .error }.map(\.location.file) == [en])
        #expect(update.diagnostics == freshBuild(fixture).diagnostics)
        #expect(await site.files == before)

        try fixture.write(en, good)
        update = await site.update(changed: [en])
        #expect(!update.failed)
        #expect(await site.files == freshBuild(fixture).files)
    }

    /// A city.yaml that cannot be read: the problems are a fresh build's, which has no such
    /// city (so none of its reports' problems) and renders nothing (so no narrative's).
    @Test func aBrokenCityReportsWhatAFreshBuildReports() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/cities/alpha/city.yaml"
        try fixture.write(path, try fixture.read(path) + "extra: [unclosed\n")
        let update = await site.update(changed: [path])
        #expect(update.failed)
        #expect(!update.diagnostics.contains { $0.location.file == "Content/cities/alpha/notes.zh.md" })
        #expect(update.diagnostics == freshBuild(fixture).diagnostics)
    }

    /// A city whose folder is deleted is a city removed, not a broken one (the watcher reports
    /// its files gone): the site builds without it.
    @Test func aRemovedCityIsGoneFromEveryPage() async throws {
        let fixture = try Fixture(SampleSite.text + """

            -- Content/cities/gamma/city.yaml --
            name: { zh: 丙市, en: Gamma }
            sources:
              - { id: g, title: { zh: 公报, en: Bulletin }, url: https://example.org/g, date: 2021-06-01 }
            observations:
              - { indicator: air.pm25, year: 2020, value: 28 }
            """)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        #expect(await !site.build().failed)
        #expect(await site.files.keys.contains("zh/cities/gamma/index.html"))
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("Content/cities/gamma"))
        let update = await site.update(changed: ["Content/cities/gamma/city.yaml"])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.removed.contains("zh/cities/gamma/index.html"))
        #expect(await site.files == freshBuild(fixture).files)
    }

    /// The feed names each report's publisher, its city's first source's: city data.
    @Test func aNewPublisherChangesTheFeed() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let path = "Content/cities/alpha/city.yaml"
        try fixture.write(path, try fixture.read(path).replacingOccurrences(of: "en: Alpha Bureau", with: "en: Alpha Ecology Bureau"))
        let update = await site.update(changed: [path])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(String(decoding: update.changed["en/feed.xml"] ?? Data(), as: UTF8.self).contains("Alpha Ecology Bureau"))
        #expect(await site.files == freshBuild(fixture).files)
    }

    /// A Public/ file that would overwrite a page fails the build, and the site stays failed
    /// through other edits until it goes.
    @Test func aPublicFileInTheWayKeepsTheSiteFailed() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        let before = await site.files
        try fixture.write("Public/robots.txt", "User-agent: *\n")
        var update = await site.update(changed: ["Public/robots.txt"])
        #expect(update.failed)
        let path = "Content/cities/alpha/plan.en.md"
        try fixture.write(path, try fixture.read(path) + "\nMore.\n")
        update = await site.update(changed: [path])
        #expect(update.failed)
        #expect(update.diagnostics.contains { $0.location.file == "Public/robots.txt" && $0.severity == .error })
        #expect(await site.files == before)
    }

    @Test func aTemplateEditRebuildsEverything() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root)
        _ = await site.build()
        // An override of the built-in footer, written while the preview runs.
        let builtIn = Fixture.repository.appendingPathComponent("Templates/footer.mustache")
        let footer = String(decoding: try Data(contentsOf: builtIn), as: UTF8.self)
        try fixture.write("Templates/footer.mustache", footer + "<!-- edited -->\n")
        let update = await site.update(changed: ["Templates/footer.mustache"])
        #expect(update.full)
        #expect(update.changed.keys.contains("zh/index.html"))
        #expect(await site.files == fresh(fixture))
    }
}
