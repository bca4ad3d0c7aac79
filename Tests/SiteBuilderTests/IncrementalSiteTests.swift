import Diagnostics
import Foundation
import SiteBuilder
import Testing

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
