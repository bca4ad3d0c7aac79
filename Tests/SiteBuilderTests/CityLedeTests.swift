import Foundation
import ReportSiteCLI
import Testing

/// A city page opens with its lede — the city's `summary`, else its newest report's, linked —
/// then its headline figures: the author's `headline:` in the author's order, else one rated
/// indicator per category that is no derived value (issue 22, item 4). The home page's city
/// entries take the same figures.
@Suite struct CityLedeTests {
    static let site = #"""
-- Content/site.yaml --
title: { zh: 城市环境, en: City Environment }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- { id: air.good, category: air, name: { zh: 优良天数比例, en: Good-air days }, unit: percent, better: higher }
- { id: air.pm25, category: air, name: { zh: PM2.5浓度, en: PM2.5 }, unit: { zh: 微克/立方米, en: µg/m³ }, better: lower }
- { id: water.capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: tonnes_per_day, better: higher }
- { id: water.sections, category: water, name: { zh: 优良断面比例, en: Good sections }, unit: percent, better: higher }
- { id: economy.gdp, category: economy, name: { zh: 地区生产总值, en: GDP }, unit: { zh: 元, en: yuan }, better: higher }
-- Content/cities/dg/city.yaml --
name: { zh: 东莞市, en: Dongguan }
summary:
  zh: 空气和水质好转。
  en: Air & water improved.
headline: [water.capacity, air.pm25, air.good]
sources:
  - { id: s, title: { zh: 回顾, en: Review }, url: https://example.org/s }
observations:
  - { indicator: air.good, year: 2020, value: 91.3 }
  - { indicator: water.capacity, year: 2020, value: 373万 }
  - { indicator: water.sections, year: 2020, value: 57.1 }
  - { indicator: economy.gdp, year: 2020, value: 9650.2亿, derived: { zh: 推算。, en: Derived. } }
changes:
  - { indicator: air.pm25, from: 2017, to: 2020, relative: -29.4 }
-- Content/cities/dg/old.zh.md --
---
title: 旧报告
date: 2019-01-01
summary: 旧的摘要。
---
正文。
-- Content/cities/dg/old.en.md --
---
title: Old report
date: 2019-01-01
summary: The old summary.
---
Text.
-- Content/cities/dg/new.zh.md --
---
title: 新报告
date: 2021-05-17
summary: 五年来空气变好。
---
正文。
-- Content/cities/dg/new.en.md --
---
title: New report
date: 2021-05-17
summary: The air got better over five years.
---
Text.
"""#

    /// The page's text from the lede's start to the headline figures' end.
    private func opening(_ page: String) -> String {
        guard let start = page.range(of: "<h1>"), let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    private func headlineNames(_ page: String) -> [String] {
        page.components(separatedBy: "<dt>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func theCitysOwnSummaryOpensThePage() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let en = try site.read("_site/en/cities/dg/index.html")
        #expect(opening(en).hasPrefix("""
        <h1>Dongguan</h1>
        <div class="lede">
        <p class="lead">Air &amp; water improved.</p>
        </div>
        <section aria-labelledby="headline-heading">
        <h2 id="headline-heading">Headline figures</h2>
        """))
        let zh = try site.read("_site/zh/cities/dg/index.html")
        #expect(zh.contains("<div class=\"lede\">\n<p class=\"lead\">空气和水质好转。</p>\n</div>\n"))
        // What a reader needs first comes first: the lede and figures before the contents list.
        let lede = try #require(en.range(of: "class=\"lede\"")), contents = try #require(en.range(of: "<nav class=\"contents\""))
        #expect(lede.lowerBound < contents.lowerBound)
        #expect(!en.contains("href=\"#headline-heading\""))
    }

    @Test func withoutItsOwnTheNewestReportsSummaryOpensThePageLinked() async throws {
        let (site, code, err) = try await Fixture.build(Self.site.replacingOccurrences(of: "summary:\n  zh: 空气和水质好转。\n  en: Air & water improved.\n", with: ""))
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        #expect(try site.read("_site/en/cities/dg/index.html").contains("""
        <div class="lede">
        <p class="lead">The air got better over five years.</p>
        <p class="lede-source muted">From the report: <a href="../../../en/cities/dg/new/index.html"><cite>New report</cite></a></p>
        </div>
        """))
        #expect(try site.read("_site/zh/cities/dg/index.html").contains("""
        <div class="lede">
        <p class="lead">五年来空气变好。</p>
        <p class="lede-source muted">摘自报告：<a href="../../../zh/cities/dg/new/index.html"><cite>《新报告》</cite></a></p>
        </div>
        """))
    }

    @Test func theChosenHeadlineFiguresInTheAuthorsOrder() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let en = try site.read("_site/en/cities/dg/index.html")
        let cards = opening(en)
        #expect(headlineNames(cards) == ["Sewage capacity", "PM2.5", "Good-air days"])
        // A change the source reports is the figure of an indicator that has only changes.
        #expect(cards.contains("<dt>PM2.5</dt>\n<dd><span class=\"headline-value\"><span aria-hidden=\"true\">▼</span> <data value=\"-29.4\">−29.4%</data></span> <span class=\"muted\">2017–2020</span></dd>"))
        // The home page's entry for the city takes the same figures, in the same order.
        let home = try site.read("_site/en/index.html")
        #expect(headlineNames(home).prefix(3) == ["Sewage capacity", "PM2.5", "Good-air days"])
    }

    @Test func withoutAChoiceNoDerivedValueIsAHeadline() async throws {
        let (site, code, err) = try await Fixture.build(Self.site.replacingOccurrences(of: "headline: [water.capacity, air.pm25, air.good]\n", with: ""))
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let cards = opening(try site.read("_site/en/cities/dg/index.html"))
        // One rated indicator per category, in catalogue order; GDP is derived and left out.
        #expect(headlineNames(cards) == ["Good-air days", "Sewage capacity"])
        #expect(!cards.contains("GDP"))
    }
}
