import Foundation
import ReportSiteCLI
import Testing

/// A report (and a free page) with three headings or more has a table of contents: its h2
/// headings with their h3 nested, linked to the ids the headings have on the page, in a
/// navigation region named by its heading; with fewer, none (issue 22, item 5).
@Suite struct ReportContentsTests {
    static let site = #"""
-- Content/site.yaml --
title: { zh: 城市环境, en: City Environment }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- { id: air.good, category: air, name: { zh: 优良天数比例, en: Good-air days }, unit: percent, better: higher }
-- Content/cities/dg/city.yaml --
name: { zh: 东莞市, en: Dongguan }
summary: { zh: 好转。, en: Better. }
sources:
  - { id: s, title: { zh: 回顾, en: Review }, url: https://example.org/s }
observations:
  - { indicator: air.good, year: 2020, value: 91.3 }
-- Content/cities/dg/r.zh.md --
---
title: 回顾
date: 2021-05-17
---
## 一、环境质量

### 空气

优良天数比例为[[air.good@2020]]。

### 水 & 河流

## 二、下一步

工作。
-- Content/cities/dg/r.en.md --
---
title: Review
date: 2021-05-17
---
# Quality

## Air

Good days: [[air.good@2020]].

# Next steps

Work.
-- Content/pages/about.zh.md --
---
title: 关于
---
## 一

## 二

文字。
-- Content/pages/about.en.md --
---
title: About
---
## One

## Two

## Three
"""#

    @Test func aReportHasATableOfContentsOfItsHeadings() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let zh = try site.read("_site/zh/cities/dg/r/index.html")
        #expect(zh.contains("""
        <div class="with-contents">
        <nav class="contents report-contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">本页目录</h2>
        <ol>
        <li><a href="#一-环境质量">一、环境质量</a><ol><li><a href="#空气">空气</a></li><li><a href="#水-河流">水 &amp; 河流</a></li></ol></li>
        <li><a href="#二-下一步">二、下一步</a></li>
        </ol>
        </nav>
        <div class="contents-main">
        """))
        // Each entry leads to a heading of the page.
        for id in ["一-环境质量", "空气", "水-河流", "二-下一步"] { #expect(zh.contains("id=\"\(id)\""), "\(id)") }
        // A narrative written from `#` has its top level as the page's h2, as the body does.
        let en = try site.read("_site/en/cities/dg/r/index.html")
        #expect(en.contains("""
        <ol>
        <li><a href="#quality">Quality</a><ol><li><a href="#air">Air</a></li></ol></li>
        <li><a href="#next-steps">Next steps</a></li>
        </ol>
        """))
        #expect(en.contains("<h2 id=\"quality\">Quality</h2>") && en.contains("<h3 id=\"air\">Air</h3>"))
    }

    @Test func underThreeHeadingsThereIsNone() async throws {
        let (site, code, err) = try await Fixture.build(Self.site)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        // The Chinese about page has two headings; the English one three.
        let zh = try site.read("_site/zh/about/index.html")
        #expect(!zh.contains("class=\"contents\"") && !zh.contains("with-contents") && !zh.contains("contents-main"))
        let en = try site.read("_site/en/about/index.html")
        #expect(en.contains("""
        <nav class="contents report-contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">On this page</h2>
        <ol>
        <li><a href="#one">One</a></li>
        <li><a href="#two">Two</a></li>
        <li><a href="#three">Three</a></li>
        </ol>
        </nav>
        """))
    }
}
