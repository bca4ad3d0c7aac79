import Foundation
import ReportSiteCLI
import Testing

/// City pages a reader can scan and indicator pages bounded in size (issue 10).
@Suite struct PageDesignTests {
    static func build(_ text: String) async throws -> Fixture {
        let fixture = try Fixture(text)
        let code = await runCLI(["build", fixture.root.path]).code
        #expect(code == 0)
        return fixture
    }

    /// One table per category with a row per indicator (latest value and year, change with its
    /// period), a contents list linking every category, and no one-number charts.
    @Test func cityPageIsTablesWithContents() async throws {
        let fixture = try await Self.build(SampleSite.text)
        defer { fixture.remove() }
        let html = try fixture.read("_site/en/cities/alpha/index.html")
        let tables = html.components(separatedBy: "<table class=\"indicator-table").count - 1
        let categories = html.components(separatedBy: "<section class=\"category\"").count - 1
        #expect(tables == categories && tables >= 2)
        for id in ["air", "water"] {
            #expect(html.contains("<li><a href=\"#category-\(id)\">"), "contents lists \(id)")
        }
        // Good-days ratio: 91.3% in 2020, +1.7 pp over 2019–2020, in one row.
        let row = try #require(html.components(separatedBy: "<tr id=\"indicator-air.good_days_ratio\">").dropFirst().first?
            .components(separatedBy: "</tr>").first)
        #expect(row.contains(">91.3%</data> <span class=\"year\">2020</span>"))
        #expect(row.contains("+1.7 pp</data> <span class=\"period\">2019–2020</span>"))
        // A series of two levels is told by its row: no chart, and no key-figure charts at all.
        #expect(!html.contains("chart-kpi"))
        #expect(!html.contains("id=\"chart-water.sewage_capacity\""))
    }

    /// A series of three levels or more gets a sparkline in its row and a chart under the table.
    @Test func longSeriesGetSparklineAndChart() async throws {
        let text = SampleSite.text.replacingOccurrences(
            of: "  - { indicator: water.sewage_capacity, year: 2020, value: 373万 }",
            with: "  - { indicator: water.sewage_capacity, year: 2018, value: 300万 }\n  - { indicator: water.sewage_capacity, year: 2020, value: 373万 }")
        let fixture = try await Self.build(text)
        defer { fixture.remove() }
        let html = try fixture.read("_site/zh/cities/alpha/index.html")
        #expect(html.contains("class=\"rs-chart rs-spark\""))
        #expect(html.contains("id=\"chart-water.sewage_capacity\""))
        #expect(html.contains("aria-label=\"2015—2020年：258.5万吨/日 → 373万吨/日\""))
    }

    /// Many cities (120, past both limits; 300 takes a minute to build, checked by hand): the
    /// indicator page draws at most 20 bars and lists at most 100 cities, says so, and stays
    /// under 150 KB.
    @Test func indicatorPageIsBoundedWithManyCities() async throws {
        var text = SampleSite.text
        for i in 0..<120 {
            text += "\n-- Content/cities/c\(i)/city.yaml --\nname: { zh: 城\(i)市, en: City \(i) }\n"
                + "sources:\n  - { id: s, title: { zh: 报告\(i), en: Report \(i) }, url: \"https://example.org/\(i)\" }\n"
                + "observations:\n  - { indicator: air.good_days_ratio, year: 2020, value: \(50 + Double(i % 97) / 2) }\n"
                + "  - { indicator: air.good_days_ratio, year: 2021, value: \(51 + Double(i % 89) / 2) }\n"
        }
        let fixture = try await Self.build(text)
        defer { fixture.remove() }
        for code in ["zh", "en"] {
            let data = try fixture.bytes("_site/\(code)/indicators/air.good_days_ratio/index.html")
            let html = String(decoding: data, as: UTF8.self)
            #expect(data.count < 150_000, "\(code): \(data.count) bytes")
            let rows = html.components(separatedBy: "<tr id=\"city-").count - 1
            #expect(rows == 100)
            #expect(html.contains(code == "en" ? "The table lists the first 100 of 122 cities" : "表中列出122个城市中的前100个"))
            let bars = html.components(separatedBy: "<g class=\"rs-row\"").count - 1
            #expect(bars == 2 * 20, "compact and wide layouts of 20 bars")
            // The bars are of 2021, the latest year cities share: Alpha has no 2021 value, so 121
            // cities are compared and Alpha is listed with its own latest value (issue 20).
            #expect(html.contains(code == "en" ? "The chart shows the 20 highest of 121 cities" : "图中为121个城市中数值最高的20个"))
            #expect(html.contains(code == "en" ? "<h2 id=\"figures-heading\">No value for 2021</h2>" : "<h2 id=\"figures-heading\">2021年无数值</h2>"))
            #expect(html.contains("<div class=\"headline\" id=\"figure-alpha\">"))
        }
    }
}
