import Foundation
import ReportSiteCLI
import Testing

/// Bounds (达90%以上, 超过600个, 约712亿元) and periods (2016—2020年累计) shown with their
/// qualifier in every place a figure appears, in both languages: text, headline cards,
/// tables, chart labels, chart descriptions and data files; changes in words in text.
@Suite struct QualifiedFiguresTests {
    static let site = #"""
-- Content/site.yaml --
title: { zh: 城市环境, en: City Environment }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- { id: land.safe_use, category: land, name: { zh: 受污染耕地安全利用率, en: Safe use of contaminated farmland }, unit: percent, better: higher, range: [0, 100] }
- { id: water.projects, category: water, name: { zh: 治水项目, en: Water projects }, unit: { zh: 个, en: projects }, better: higher }
- { id: water.investment, category: investment, name: { zh: 污水工程投入, en: Sewage works spending }, unit: yuan, better: higher }
- { id: air.scattered, category: air, name: { zh: 散乱污整治, en: Scattered polluters cleaned up }, unit: { zh: 家, en: sites }, better: higher }
- { id: air.pm25, category: air, name: { zh: PM2.5年均浓度, en: Annual mean PM2.5 }, unit: ug_per_m3, better: lower }
- { id: air.good_days, category: air, name: { zh: 优良天数比例, en: Share of good days }, unit: percent, better: higher, decimals: 1 }
- { id: economy.growth, category: economy, name: { zh: 生产总值增速, en: GDP growth }, unit: percent, better: higher }
- { id: safety.incidents, category: safety, name: { zh: 突发环境事件, en: Environmental emergencies }, unit: { zh: 起, en: incidents }, better: lower }
-- Content/cities/gamma/city.yaml --
name: { zh: 丙市, en: Gamma }
sources:
  - { id: g, title: { zh: 丙市报告, en: Gamma report }, document: g.txt }
observations:
  - { indicator: land.safe_use, year: 2020, value: 90, bound: atLeast }
  - { indicator: water.projects, year: 2020, value: 600, bound: moreThan }
  - { indicator: water.investment, year: 2020, value: 712亿, bound: about }
  - { indicator: air.scattered, period: 2016..2020, aggregate: total, value: 5.6万, bound: moreThan }
  - { indicator: air.scattered, year: 2019, value: 9000 }
  - { indicator: air.scattered, year: 2020, value: 8000 }
  - { indicator: air.pm25, year: 2017, value: 45 }
  - { indicator: air.pm25, year: 2020, value: 32 }
  - { indicator: air.good_days, year: 2019, value: 89.6 }
  - { indicator: air.good_days, year: 2020, value: 91.3 }
  - { indicator: economy.growth, period: 2016..2020, aggregate: average, value: 7.1 }
  - { indicator: safety.incidents, year: 2020, value: 0 }
  - { indicator: safety.incidents, year: 2021, value: 0 }
changes:
  - { indicator: air.pm25, from: 2015, to: 2020, relative: 40, bound: moreThan }
  - { indicator: water.projects, from: 2019, to: 2020, relative: 0 }
-- Content/cities/gamma/r.zh.md --
---
title: 丙市报告
date: 2021-01-01
---
安全利用率[[land.safe_use@2020]]，项目[[water.projects@2020]]，投入[[water.investment@2020]]，整治[[air.scattered@2016..2020]]，增速[[economy.growth]]。

PM2.5浓度[[air.pm25@2017..2020]]，下降了[[air.pm25@2017..2020 size]]，即[[air.pm25@2017..2020 signed]]；较2015年[[air.pm25@2015..2020]]。优良天数比例[[air.good_days@2019..2020]]。项目数[[water.projects@2019..2020]]。

```chart
type: kpi
indicator: economy.growth
```
-- Content/cities/gamma/r.en.md --
---
title: Gamma report
date: 2021-01-01
---
Safe use [[land.safe_use@2020]], projects [[water.projects@2020]], spending [[water.investment@2020]], cleaned up [[air.scattered@2016..2020]], growth [[economy.growth]].

PM2.5 [[air.pm25@2017..2020]], a fall of [[air.pm25@2017..2020 size]], or [[air.pm25@2017..2020 signed]]; since 2015 [[air.pm25@2015..2020]]. Good days [[air.good_days@2019..2020]]. Projects [[water.projects@2019..2020]].

```chart
type: kpi
indicator: economy.growth
```
"""#

    private func build() async throws -> Fixture {
        let fixture = try Fixture(Self.site)
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        return fixture
    }

    @Test func textFiguresCarryBoundsPeriodsAndChangesInWords() async throws {
        let site = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/gamma/r/index.html")
        #expect(zh.contains(#"<data value="90" title="受污染耕地安全利用率，2020年">90%以上</data>"#))
        #expect(zh.contains(#"<data value="600" title="治水项目，2020年">超过600个</data>"#))
        #expect(zh.contains(#"<data value="71200000000" title="污水工程投入，2020年">约712亿元</data>"#))
        #expect(zh.contains(#"<data value="56000" title="散乱污整治，2016—2020年累计">超过5.6万家</data>（2016—2020年累计）"#))
        #expect(zh.contains(#"<data value="7.1" title="生产总值增速，2016—2020年年均">7.1%</data>（2016—2020年年均）"#))
        #expect(zh.contains(#"PM2.5浓度<data value="-28.9" title="PM2.5年均浓度，2017—2020年">下降28.9%</data>"#))
        #expect(zh.contains(#"下降了<data value="-28.9" title="PM2.5年均浓度，2017—2020年">28.9%</data>"#))
        #expect(zh.contains(#"即<data value="-28.9" title="PM2.5年均浓度，2017—2020年">\#u{2212}28.9%</data>"#))
        #expect(zh.contains(#">增长超过40%</data>"#))
        #expect(zh.contains(#">提高1.7个百分点</data>"#))
        #expect(zh.contains(#"项目数<data value="0" title="治水项目，2019—2020年">持平</data>"#))

        let en = try site.read("_site/en/cities/gamma/r/index.html")
        #expect(en.contains(#"<data value="90" title="Safe use of contaminated farmland, 2020">at least 90%</data>"#))
        #expect(en.contains(#">more than 600 projects</data>"#))
        #expect(en.contains(#">about CNY 71.2 billion</data>"#))
        #expect(en.contains(#"<data value="56000" title="Scattered polluters cleaned up, 2016–2020 total">more than 56,000 sites</data> (2016–2020 total)"#))
        #expect(en.contains(#">7.1%</data> (2016–2020 average)"#))
        #expect(en.contains(#"PM2.5 <data value="-28.9" title="Annual mean PM2.5, 2017–2020">down 28.9%</data>"#))
        #expect(en.contains(#"a fall of <data value="-28.9" title="Annual mean PM2.5, 2017–2020">28.9%</data>"#))
        #expect(en.contains(#">\#u{2212}28.9%</data>"#))
        #expect(en.contains(#">up more than 40%</data>"#))
        #expect(en.contains(#">up 1.7 percentage points</data>"#))
        #expect(en.contains(#">unchanged</data>"#))
        // No signed number in running text: the only sign is the one the author asked for.
        for page in [zh, en] {
            let paragraphs = page.components(separatedBy: "<p>").dropFirst().map { $0.components(separatedBy: "</p>")[0] }
            let signs = paragraphs.joined().components(separatedBy: ">+").count - 1 + paragraphs.joined().components(separatedBy: ">\u{2212}").count - 1
            #expect(signs == 1)
            #expect(!paragraphs.joined().contains(">-"))
        }
    }

    @Test func cardsTablesChartsAndDescriptionsCarryThem() async throws {
        let site = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/gamma/index.html")
        // Headline cards.
        #expect(zh.contains(#"<span class="headline-value"><data value="90">90%以上</data></span> <span class="muted">2020年</span>"#))
        #expect(zh.contains(#"<span class="headline-value"><data value="7.1">7.1%</data></span> <span class="muted">2016—2020年年均</span>"#))
        // Indicator tables (issue 10: one row per indicator, value with its bound and when it
        // holds, change with its bound and period).
        #expect(zh.contains(#"<data value="90">90%以上</data> <span class="year">2020年</span>"#))
        #expect(zh.contains(#"<data value="56000">超过5.6万家</data> <span class="year">2016—2020年累计</span>"#))
        #expect(zh.contains(#"<span aria-hidden="true">▲</span> <data value="40">超过+40%</data> <span class="period">2015—2020年</span>"#))
        #expect(zh.contains(#"<data value="71200000000">约712亿元</data> <span class="year">2020年</span>"#))
        #expect(zh.contains(#"<data value="7.1">7.1%</data> <span class="year">2016—2020年年均</span>"#))
        // Descriptions: the 2016–2020 total never stands on the year axis beside 2019 and 2020.
        #expect(zh.contains(#">丙市散乱污整治由2019年的9000家降至2020年的8000家。</desc>"#))
        let zhIncidents = try site.read("_site/zh/indicators/safety.incidents/index.html")
        // The indicator page draws Gamma's years as Gamma's series, and says whose they are.
        #expect(zhIncidents.contains(#">丙市突发环境事件2020年至2021年均为零。</desc>"#))

        let en = try site.read("_site/en/cities/gamma/index.html")
        #expect(en.contains(#"<span class="headline-value"><data value="90">at least 90%</data></span> <span class="muted">2020</span>"#))
        #expect(en.contains(#"<span class="headline-value"><data value="7.1">7.1%</data></span> <span class="muted">2016–2020 average</span>"#))
        #expect(en.contains(#"<data value="56000">more than 56,000 sites</data> <span class="year">2016–2020 total</span>"#))
        #expect(en.contains(#"<data value="40">more than +40%</data> <span class="period">2015–2020</span>"#))
        #expect(en.contains(#"<data value="600">more than 600 projects</data> <span class="year">2020</span>"#))
        #expect(en.contains(#"<data value="7.1">7.1%</data> <span class="year">2016–2020 average</span>"#))
        let enIncidents = try site.read("_site/en/indicators/safety.incidents/index.html")
        #expect(enIncidents.contains(#">Gamma · Environmental emergencies: none from 2020 to 2021.</desc>"#))
    }

    @Test func dataFilesCarryBoundPeriodAndAggregate() async throws {
        let site = try await build()
        defer { site.remove() }
        let csv = String(decoding: try site.bytes("_site/data/gamma.csv").dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(csv.contains("air.scattered,散乱污整治,Scattered polluters cleaned up,2020,8000,,,,inline,家,sites,g,no,,,,,,,,observation,,,"))
        #expect(csv.contains("air.scattered,散乱污整治,Scattered polluters cleaned up,2020,56000,moreThan,2016..2020,total,inline,家,sites,g,no,,,,,,,,observation,,,"))
        #expect(csv.contains("land.safe_use,受污染耕地安全利用率,Safe use of contaminated farmland,2020,90,atLeast,,,percent,%,%,g,no,,,,,,,,observation,,,"))
        // The single-year 2020 value comes before the 2016–2020 total, whatever the sort.
        #expect(csv.firstIndex { $0.contains(",2020,8000,") }! < csv.firstIndex { $0.contains(",2020,56000,") }!)
        let json = try #require(try JSONSerialization.jsonObject(with: site.bytes("_site/data/gamma.json")) as? [String: Any])
        let observations = try #require(json["observations"] as? [[String: Any]])
        let total = try #require(observations.first { $0["indicator"] as? String == "air.scattered" && $0["period"] != nil })
        #expect(total["bound"] as? String == "moreThan")
        #expect(total["aggregate"] as? String == "total")
        #expect((total["period"] as? [String: Int]) == ["first": 2016, "last": 2020])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.first { $0["indicator"] as? String == "air.pm25" }?["bound"] as? String == "moreThan")
    }

    /// The sample with notes, a derived level and a free page whose key figure's table shows
    /// a derived value that no text mentions.
    static let notedSite = site
        .replacingOccurrences(of: "{ indicator: land.safe_use, year: 2020, value: 90, bound: atLeast }",
                              with: #"{ indicator: land.safe_use, year: 2020, value: 90, bound: atLeast, note: { zh: 原文为“达90%以上”。, en: "Reported as \"above 90%\"." } }"#)
        .replacingOccurrences(of: "{ indicator: air.pm25, from: 2015, to: 2020, relative: 40, bound: moreThan }",
                              with: "{ indicator: air.pm25, from: 2015, to: 2020, relative: 40, bound: moreThan, note: { zh: 原文为增长四成以上。, en: Reported as over 40% up. } }")
        .replacingOccurrences(of: "{ indicator: air.good_days, year: 2019, value: 89.6 }",
                              with: "{ indicator: air.good_days, year: 2018, value: 88.0, derived: { zh: 由2020年数值推算。, en: Derived from the 2020 value. } }\n  - { indicator: air.good_days, year: 2019, value: 89.6 }")
        + "\n-- Content/pages/kpi.zh.md --\n---\ntitle: 关键数据\n---\n```chart\ntype: kpi\nindicator: air.good_days\ncities: [gamma]\n```\n\n```chart\ntype: change\ncities: [gamma]\n```\n"
        + "-- Content/pages/kpi.en.md --\n---\ntitle: Key figure\n---\n```chart\ntype: kpi\nindicator: air.good_days\ncities: [gamma]\n```\n"

    private func buildNoted() async throws -> Fixture {
        let fixture = try Fixture(Self.notedSite)
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        return fixture
    }

    @Test func notesAreShownWhereTheirFigureIs() async throws {
        let site = try await buildNoted()
        defer { site.remove() }
        // Text: a footnote to the sentence, listed at the foot of the page.
        let report = try site.read("_site/zh/cities/gamma/r/index.html")
        #expect(report.contains(##">90%以上</data><sup class="note-ref"><a href="#note-1" aria-label="注 1">1</a></sup>，"##))
        #expect(report.contains(##">增长超过40%</data><sup class="note-ref"><a href="#note-2" aria-label="注 2">2</a></sup>"##))
        #expect(report.contains(#"<li id="note-1">丙市 · 受污染耕地安全利用率 · 2020年：原文为“达90%以上”。</li>"#))
        #expect(report.contains(#"<li id="note-2">丙市 · PM2.5年均浓度 · 2015—2020年：原文为增长四成以上。</li>"#))
        // Cards and the city page's indicator tables (issue 10): footnotes listed at the foot of the page.
        let city = try site.read("_site/zh/cities/gamma/index.html")
        #expect(city.contains("丙市 · 受污染耕地安全利用率 · 2020年：原文为“达90%以上”。</li>"))
        #expect(city.contains("丙市 · PM2.5年均浓度 · 2015—2020年：原文为增长四成以上。</li>"))
        #expect(city.contains(##"<span class="headline-value"><data value="90">90%以上</data><sup class="note-ref"><a href="#note-1" aria-label="注 1">1</a></sup></span>"##))
        let home = try site.read("_site/en/index.html")
        #expect(home.contains(#"<li id="note-1">Gamma · Safe use of contaminated farmland · 2020: Reported as &quot;above 90%&quot;.</li>"#))
    }

    @Test func everyDerivedMarkIsExplainedOnItsPageAndNoneElsewhere() async throws {
        let site = try await buildNoted()
        defer { site.remove() }
        // Chinese labels take full-width brackets.
        #expect(try site.read("_site/zh/kpi/index.html").contains("<tr><th scope=\"row\">PM2.5年均浓度（2015—2020年）</th>"))
        // The key figure's table shows 2018 (derived) although the figure is 2020's.
        let page = try site.read("_site/en/kpi/index.html")
        #expect(page.contains(#"<data value="88.0">88.0%</data><a class="derived-marker""#))
        #expect(page.contains("Gamma · Share of good days · 2018 (88.0%): Derived from the 2020 value."))
        // Every page: each level shown with † is in that page's list; a page without † has no list.
        let pages = site.snapshot("_site").filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            let marked = html.components(separatedBy: "</data><a class=\"derived-marker\"").dropLast().map { $0.components(separatedBy: ">").last! }
            #expect(marked.isEmpty == !html.contains("id=\"derived-notes\""), "\(path)")
            #expect(html.contains("class=\"chart-derived\"") == false || !marked.isEmpty, "\(path): a chart's † note with nothing derived")
            let changeWords = ["+", "\u{2212}", "下降", "增长", "提高", "增加", "持平", "up ", "down ", "unchanged"]
            for text in marked where !changeWords.contains(where: { text.hasPrefix($0) }) && !text.isEmpty {
                // A computed change shown by its size alone (`28.9%`) is listed in words (`（下降28.9%）`).
                let listedInWords = changeWords.contains { html.contains("（\($0)\(text)）：") || html.contains("(\($0)\(text)): ") }
                #expect(html.contains("（\(text)）：") || html.contains("(\(text)): ") || listedInWords, "\(path): † \(text) is not in the derived-values list")
            }
        }
    }
}
