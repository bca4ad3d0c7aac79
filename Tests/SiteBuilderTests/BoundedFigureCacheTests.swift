import Foundation
import Pages
import SiteBuilder
import Testing
import Theme

/// A build keeps only so many drawn figures in memory; one it has let go is drawn again
/// when another page shows it. That must not change a byte, nor write a chart file twice.
@Suite struct BoundedFigureCacheTests {
    @Test func keepingNoFigureWritesTheSameSite() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        // The about page's comparison shown in a report too: one figure on two pages.
        let path = "Content/cities/alpha/plan.zh.md"
        try fixture.write(path, try fixture.read(path) + "\n```chart\ntype: bar\nindicator: air.good_days_ratio\ncities: [alpha, beta]\n```\n")
        var keepAll = SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent("all"))
        keepAll.figureCacheLimit = nil
        var keepNone = SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent("none"))
        keepNone.figureCacheLimit = 0
        keepNone.jobs = 4
        let all = await keepAll.run(), none = await keepNone.run()
        let summary = try #require(all.summary)
        #expect(summary.charts > 0)
        #expect(none.summary == summary)
        #expect(fixture.snapshot("none") == fixture.snapshot("all"))
        let shared = try fixture.read("all/zh/about/index.html").firstMatch(of: /charts\/bar-air\.good_days_ratio-[0-9a-f]+\.svg/)
        let chart = String(try #require(shared).output)
        #expect(try fixture.read("all/zh/cities/alpha/plan/index.html").contains(chart))
    }
}
