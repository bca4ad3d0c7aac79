import Foundation
import ReportSiteCLI
import Testing

/// A multiple the source gives (`ratio: 6.5`) is shown as one, and a change the site computes
/// from two levels is marked † with a note saying so, in text, headline cards, indicator rows
/// and key figures, in both languages (issue 20, item 3).
@Suite struct MultiplesAndComputedChangesTests {
    static let site = #"""
-- Content/site.yaml --
title: { zh: 城市环境, en: City Environment }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- { id: economy.high_tech, category: economy, name: { zh: 高新技术企业, en: High-tech enterprises }, unit: { zh: 家, en: enterprises }, better: higher }
- { id: water.capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: tonnes_per_day, better: higher }
-- Content/cities/dg/city.yaml --
name: { zh: 东莞市, en: Dongguan }
sources:
  - { id: s, title: { zh: 回顾, en: Review }, url: https://example.org/s }
observations:
  - { indicator: economy.high_tech, year: 2020, value: 6381, quote: 国家高新技术企业数量总数6381家 }
  - { indicator: water.capacity, year: 2015, value: 258.5万 }
  - { indicator: water.capacity, year: 2020, value: 373万 }
changes:
  - { indicator: economy.high_tech, from: 2015, to: 2020, ratio: 6.5, quote: 国家高新技术企业数量总数6381家，为2015年的6.5倍 }
-- Content/cities/dg/r.zh.md --
---
title: 回顾
date: 2021-05-17
---
企业有[[economy.high_tech@2020]]，[[economy.high_tech@2015..2020]]。能力[[water.capacity@2015..2020]]。

```chart
type: kpi
indicator: water.capacity
```
-- Content/cities/dg/r.en.md --
---
title: Review
date: 2021-05-17
---
There were [[economy.high_tech@2020]], [[economy.high_tech@2015..2020]]. Capacity went [[water.capacity@2015..2020]].

```chart
type: kpi
indicator: water.capacity
```
"""#

    @Test func aMultipleReadsAsOneInTextCardsAndTables() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let zh = try site.read("_site/zh/cities/dg/r/index.html")
        #expect(zh.contains(#"<data value="6.5" title="高新技术企业，2015—2020年">为2015年的6.5倍</data></a>。"#))
        let en = try site.read("_site/en/cities/dg/r/index.html")
        #expect(en.contains(#"<data value="6.5" title="High-tech enterprises, 2015–2020">6.5 times the 2015 level</data></a>."#))
        // No percentage is made from the multiple anywhere.
        for page in [zh, en] { #expect(!page.contains("550") && !page.contains("549")) }

        let city = try site.read("_site/en/cities/dg/index.html")
        // The headline card and the indicator row: the multiple names its year, is not signed, and points up.
        #expect(city.contains(#"<span aria-hidden="true">▲</span> <a class="figure-source" href="https://example.org/s#:~:text="#))
        #expect(city.contains(#"<data value="6.5">6.5 times the 2015 level</data></a> 2015–2020"#))
        #expect(city.contains(#"<data value="6.5">6.5 times the 2015 level</data></a> <span class="period">2015–2020</span>"#))
        let zhCity = try site.read("_site/zh/cities/dg/index.html")
        #expect(zhCity.contains(#"<data value="6.5">2015年的6.5倍</data></a> <span class="period">2015—2020年</span>"#))
    }

    @Test func aComputedChangeIsMarkedAndExplainedWhereverItIsShown() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let marker = ##"<a class="derived-marker" href="#derived-notes" aria-label="推算值">†</a>"##
        let zh = try site.read("_site/zh/cities/dg/r/index.html")
        #expect(zh.contains(#"能力<data value="44.3" title="污水处理能力，2015—2020年">增长44.3%</data>"# + marker))
        #expect(zh.contains("<li><span class=\"derived-marker\" aria-hidden=\"true\">†</span> 东莞市 · 污水处理能力 · 2015—2020年（增长44.3%）："
            + "由本站根据2015年和2020年的数值（258.5万吨/日、373万吨/日）计算得出，原文未报告这一变化。</li>"))
        let en = try site.read("_site/en/cities/dg/r/index.html")
        #expect(en.contains(##"went <data value="44.3" title="Sewage capacity, 2015–2020">up 44.3%</data><a class="derived-marker" href="#derived-notes" aria-label="derived">†</a>."##))
        #expect(en.contains("</span> Dongguan · Sewage capacity · 2015–2020 (up 44.3%): Computed by this site from the 2015 and 2020 values "
            + "(2.585 million t/day and 3.73 million t/day); the source does not report this change.</li>"))
        // The key figure marks it too.
        #expect(en.contains("+44.3%† 2015–2020"))
        // The reported multiple is no derived value: it has no mark and no note.
        #expect(!en.contains("6.5 times the 2015 level</data></a><a class=\"derived-marker\""))
        #expect(!en.contains("High-tech enterprises · 2015–2020"))

        // The city page's indicator row and card: marked, and explained on that page.
        let city = try site.read("_site/zh/cities/dg/index.html")
        #expect(city.contains(#"<data value="44.3">+44.3%</data>"# + marker))
        #expect(city.contains("东莞市 · 污水处理能力 · 2015—2020年（增长44.3%）：由本站根据2015年和2020年的数值"))
    }

    @Test func aChangeChartDoesNotDrawAMultiple() async throws {
        let text = Self.site.replacingOccurrences(of: "```chart\ntype: kpi\nindicator: water.capacity\n```\n-- Content/cities/dg/r.en.md",
                                                  with: "```chart\ntype: change\nindicators: [economy.high_tech]\n```\n-- Content/cities/dg/r.en.md")
        let (site, code, err) = try await Fixture.build(text)
        defer { site.remove() }
        #expect(code != 0)
        #expect(err.contains("Content/cities/dg/r.zh.md:9:13: error: the change of 'economy.high_tech' from 2015 to 2020 is a multiple ('ratio'), which a change chart does not draw"), "\(err)")
    }
}
