import Foundation
import ReportSiteCLI
import Testing

/// Indicator pages compare only values of one year and show a single value as a figure, an
/// index per language lists every indicator by category, and the home page links to it
/// instead of listing every indicator (issues 20 and 22).
@Suite struct IndicatorPageTests {
    /// Good days: Alpha 2020, Beta 2020 and 2021, Gamma 2019 only (latest years all differ,
    /// 2020 is the latest that two share). PM2.5: Alpha 2020 and Gamma 2021, no year shared.
    /// Sewage capacity: Alpha alone, once. `water.unreported`: no city, so no page.
    static let text = #"""
-- Content/site.yaml --
title: { zh: 城市环境, en: City Environment }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- id: air.good_days_ratio
  category: air
  name: { zh: 空气质量优良天数比例, en: Share of days with good air quality }
  unit: percent
  better: higher
  decimals: 1
- id: water.sewage_capacity
  category: water
  name: { zh: 污水处理能力, en: Sewage treatment capacity }
  unit: tonnes_per_day
  better: higher
- id: air.pm25
  category: air
  name: { zh: PM2.5平均浓度, en: Average PM2.5 concentration }
  unit: ug_per_m3
  better: lower
- id: water.unreported
  category: water
  name: { zh: 无人公开的指标, en: An indicator no city reports }
  unit: count
  better: none
-- Content/cities/alpha/city.yaml --
name: { zh: 甲市, en: Alpha }
sources:
  - { id: a, title: { zh: 甲市公报, en: Alpha bulletin }, url: "https://example.org/alpha" }
observations:
  - { indicator: air.good_days_ratio, year: 2020, value: 91.3, quote: 优良天数比例为91.3% }
  - { indicator: air.pm25, year: 2020, value: 24 }
  - { indicator: water.sewage_capacity, year: 2020, value: 373万, quote: 污水处理能力373万吨/日 }
-- Content/cities/beta/city.yaml --
name: { zh: 乙市, en: Beta }
sources:
  - { id: b, title: { zh: 乙市总结, en: Beta summary }, url: "https://example.org/beta" }
observations:
  - { indicator: air.good_days_ratio, year: 2020, value: 88.0 }
  - { indicator: air.good_days_ratio, year: 2021, value: 92.5 }
-- Content/cities/gamma/city.yaml --
name: { zh: 丙市, en: Gamma }
sources:
  - { id: c, title: { zh: 丙市年报, en: Gamma yearbook }, url: "https://example.org/gamma" }
observations:
  - { indicator: air.good_days_ratio, year: 2019, value: 80.1 }
  - { indicator: air.pm25, year: 2021, value: 30 }
"""#

    static func build() async throws -> Fixture {
        let fixture = try Fixture(text)
        let code = await runCLI(["build", fixture.root.path, "--base-url", "https://example.org/env/"]).code
        #expect(code == 0)
        return fixture
    }

    /// The part of a page from `start` to the next `end` after it, or "" when absent.
    static func slice(_ html: String, from start: String, to end: String) -> String {
        guard let head = html.range(of: start), let tail = html.range(of: end, range: head.upperBound..<html.endIndex) else { return "" }
        return String(html[head.lowerBound..<tail.upperBound])
    }

    /// Latest years differ (Alpha 2020, Beta 2021, Gamma 2019): the cities of 2020, the latest
    /// year two share, are the bars; Gamma is listed as having no value for 2020, with its own
    /// 2019 value as a figure; Beta's two years are a series of their own.
    @Test func citiesAreComparedInTheLatestYearTheyShare() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        let en = try fixture.read("_site/en/indicators/air.good_days_ratio/index.html")
        let comparison = Self.slice(en, from: "<section aria-labelledby=\"comparison-heading\">", to: "</section>")
        #expect(comparison.contains("<h2 id=\"comparison-heading\">Cities compared, 2020</h2>"))
        // Two bars (a compact and a wide layout of each), Alpha's and Beta's of 2020; never Beta's 2021 or Gamma's 2019.
        #expect(comparison.components(separatedBy: "<g class=\"rs-row\"").count - 1 == 2 * 2)
        #expect(comparison.contains("<title>Alpha: 91.3%</title>") && comparison.contains("<title>Beta: 88.0%</title>"))
        #expect(!comparison.contains("92.5%") && !comparison.contains("Gamma"))
        let missing = Self.slice(en, from: "<section aria-labelledby=\"figures-heading\">", to: "</section>")
        #expect(missing == """
            <section aria-labelledby="figures-heading">
            <h2 id="figures-heading">No value for 2020</h2>
            <dl class="headlines indicator-figures">
            <div class="headline" id="figure-gamma">
            <dt><a href="../../../en/cities/gamma/index.html#indicator-air.good_days_ratio">Gamma</a></dt>
            <dd><span class="headline-value"><data value="80.1">80.1%</data></span> <span class="muted">2019</span><br><span class="figure-cite">Source: <a href="https://example.org/gamma"><cite>Gamma yearbook</cite></a></span></dd>
            </div>
            </dl>
            </section>
            """)
        let series = Self.slice(en, from: "<section aria-labelledby=\"series-heading\">", to: "</section>")
        #expect(series.contains("<h2 id=\"series-heading\">Over time</h2>"))
        #expect(series.contains("<span class=\"chart-caption-title\">Beta: Share of days with good air quality</span>"))
        #expect(series.contains("<figure class=\"chart chart-column\""))
        // The table keeps every city, the compared ones first in the chart's order.
        let rows = en.components(separatedBy: "<tr id=\"city-").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(rows == ["alpha", "beta", "gamma"])

        let zh = try fixture.read("_site/zh/indicators/air.good_days_ratio/index.html")
        #expect(zh.contains("<h2 id=\"comparison-heading\">2020年各城市比较</h2>"))
        #expect(zh.contains("<h2 id=\"figures-heading\">2020年无数值</h2>"))
        #expect(zh.contains("<span class=\"figure-cite\">来源：<a href=\"https://example.org/gamma\"><cite>《丙市年报》</cite></a></span>"))
    }

    /// No year reported by two cities: no chart at all, each value a figure with its own year,
    /// and a sentence saying why they are not compared.
    @Test func withoutASharedYearValuesAreFiguresNotBars() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        let en = try fixture.read("_site/en/indicators/air.pm25/index.html")
        #expect(!en.contains("<figure class=\"chart"))
        #expect(!en.contains("<svg"))
        #expect(en.contains("""
            <h2 id="figures-heading">Latest values</h2>
            <p class="chart-note muted">No year is reported by two cities, so the values are not compared: each is shown with its own year.</p>
            """))
        #expect(en.contains("<dd><span class=\"headline-value\"><data value=\"24\">24 μg/m³</data></span> <span class=\"muted\">2020</span>"))
        #expect(en.contains("<dd><span class=\"headline-value\"><data value=\"30\">30 μg/m³</data></span> <span class=\"muted\">2021</span>"))
    }

    /// One city, one value: a figure (value linked to the source's words, year, source), never a
    /// one-bar chart; the table of cities stays.
    @Test func aSingleValueIsAFigureNotAChart() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        for code in ["zh", "en"] {
            let html = try fixture.read("_site/\(code)/indicators/water.sewage_capacity/index.html")
            #expect(!html.contains("<figure class=\"chart"), "\(code)")
            #expect(!html.contains("<svg"), "\(code)")
            #expect(!html.contains("comparison-heading"), "\(code)")
            #expect(html.contains("<tr id=\"city-alpha\">"), "\(code)")
        }
        let zh = try fixture.read("_site/zh/indicators/water.sewage_capacity/index.html")
        let evidence = "https://example.org/alpha#:~:text=%E6%B1%A1%E6%B0%B4%E5%A4%84%E7%90%86%E8%83%BD%E5%8A%9B373%E4%B8%87%E5%90%A8%2F%E6%97%A5"
        #expect(zh.contains("""
            <h2 id="figures-heading">最新数值</h2>
            <dl class="headlines indicator-figures">
            <div class="headline" id="figure-alpha">
            <dt><a href="../../../zh/cities/alpha/index.html#indicator-water.sewage_capacity">甲市</a></dt>
            <dd><span class="headline-value"><a class="figure-source" href="\(evidence)"><data value="3730000">373万吨/日</data></a></span> <span class="muted">2020年</span><br><span class="figure-cite">来源：<a href="https://example.org/alpha"><cite>《甲市公报》</cite></a></span></dd>
            """))
    }

    /// The index lists every indicator that has a page exactly once, under its category, in
    /// both languages; the breadcrumb of an indicator page leads to its category there; the
    /// index is in the sitemap with its language alternates.
    @Test func theIndexListsEachIndicatorOnceByCategory() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        let expected = ["air": ["air.good_days_ratio", "air.pm25"], "water": ["water.sewage_capacity"]]
        for (code, names) in [("en", ["air": "Air", "water": "Water"]), ("zh", ["air": "大气环境", "water": "水环境"])] {
            let html = try fixture.read("_site/\(code)/indicators/index.html")
            for (category, ids) in expected {
                let section = Self.slice(html, from: "<section class=\"category\" aria-labelledby=\"category-\(category)\">", to: "</section>")
                #expect(section.contains("<h2 id=\"category-\(category)\">\(names[category]!)</h2>"), "\(code) \(category)")
                let listed = section.components(separatedBy: "<li><a href=\"../../\(code)/indicators/").dropFirst()
                    .map { String($0.prefix { $0 != "/" }) }
                #expect(listed == ids, "\(code) \(category)")
            }
            for id in ["air.good_days_ratio", "air.pm25", "water.sewage_capacity"] {
                #expect(html.components(separatedBy: "indicators/\(id)/index.html").count - 1 == 1, "\(code) \(id)")
            }
            #expect(!html.contains("water.unreported"))
        }
        let en = try fixture.read("_site/en/indicators/index.html")
        #expect(en.contains("<li><a href=\"../../en/indicators/air.good_days_ratio/index.html\">Share of days with good air quality</a> <span class=\"indicator-cities\">Alpha, Beta, Gamma</span></li>"))
        let zh = try fixture.read("_site/zh/indicators/index.html")
        #expect(zh.contains("<span class=\"indicator-cities\">甲市、丙市</span>"))
        let page = try fixture.read("_site/en/indicators/air.pm25/index.html")
        #expect(page.contains("<li><a href=\"../../../en/indicators/index.html#category-air\">Indicators</a></li>"))
        let sitemap = try fixture.read("_site/sitemap.xml")
        #expect(sitemap.contains("""
            <url>
            <loc>https://example.org/env/en/indicators/</loc>
            <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/env/zh/indicators/"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/env/en/indicators/"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/env/zh/indicators/"/>
            </url>
            """))
    }

    /// The home page names the categories and links to the index, never to each indicator.
    @Test func theHomePageDoesNotListEveryIndicator() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        for code in ["zh", "en"] {
            let page = try fixture.read("_site/\(code)/index.html")
            // Its one chart links to the indicator it draws, as every chart does (issue 22); no other link does.
            let chartLinks = page.matches(of: #/<p class="chart-indicators">.*?</p>/#).map { String($0.output) }
            #expect(chartLinks.count == 1 && chartLinks[0].contains("indicators/air.good_days_ratio/index.html"), "\(code): \(chartLinks)")
            let html = chartLinks.reduce(page) { $0.replacingOccurrences(of: $1, with: "") }
            for id in ["air.good_days_ratio", "air.pm25", "water.sewage_capacity"] {
                #expect(!html.contains("indicators/\(id)/"), "\(code) \(id)")
            }
            #expect(!html.contains("class=\"indicator-list\""), "\(code)")
            #expect(html.contains("<li><a href=\"../\(code)/indicators/index.html#category-water\">"), "\(code)")
        }
        let en = try fixture.read("_site/en/index.html")
        #expect(en.contains("<p>3 indicators in 2 categories. <a href=\"../en/indicators/index.html\">All indicators</a></p>"))
    }
}
