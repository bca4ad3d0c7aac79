import Foundation
@testable import Pages
import ReportSiteCLI
import ScriptConversion
@testable import SiteBuilder
import Testing
@testable import Theme

/// A language made from another by OpenCC (`from: zh, convert: s2hk`): names, notes and
/// narratives converted where it has none of its own, quotes never.
@Suite struct ConvertedEditionTests {
    static let site = #"""
    -- Content/site.yaml --
    title: { zh: 城市环境信息公开, en: City Environment Disclosure }
    baseURL: https://example.org/
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: zh-Hant, locale: zh-Hant-HK, name: 繁體中文, from: zh, convert: s2hk }
      - { code: en, locale: en, name: English }
    -- Content/indicators.yaml --
    - id: water.sewage_capacity
      category: water
      name: { zh: 污水处理能力, en: Sewage treatment capacity }
      unit: tonnes_per_day
      better: higher
    -- Content/cities/dongguan/city.yaml --
    name: { zh: 东莞市, zh-Hant: 東莞, en: Dongguan }
    province: { zh: 广东省, en: Guangdong }
    summary: { zh: 污水处理能力五年间提升。, en: Sewage treatment capacity grew over five years. }
    sources:
      - id: dg
        title: { zh: 东莞生态环境报告, en: Dongguan environment report }
        publisher: { zh: 东莞市生态环境局, en: Dongguan Ecology and Environment Bureau }
        url: https://example.org/dg
        text: sources/dg.txt
    observations:
      - { indicator: water.sewage_capacity, year: 2015, value: 258.5万, source: dg, quote: 污水处理能力由258.5万吨/日 }
      - { indicator: water.sewage_capacity, year: 2020, value: 373万, source: dg, quote: 提升至373万吨/日 }
    -- Content/cities/dongguan/sources/dg.txt --
    全市污水处理能力由258.5万吨/日提升至373万吨/日。
    -- Content/cities/dongguan/review.zh.md --
    ---
    title: 东莞治污回顾
    date: 2021-05-17
    summary: 污水处理能力显著提升。
    ---
    污水处理能力达到[[water.sewage_capacity@2020]]。
    -- Content/cities/dongguan/review.en.md --
    ---
    title: Dongguan's pollution control in review
    date: 2021-05-17
    ---
    Capacity reached [[water.sewage_capacity@2020]].
    -- Content/pages/about.zh.md --
    ---
    title: 关于本站
    ---
    本站发布城市生态环境数据。
    -- Content/pages/about.zh-Hant.md --
    ---
    title: 關於本網站
    ---
    本網站的香港版本。
    -- Content/pages/about.en.md --
    ---
    title: About
    ---
    About this site.
    """#

    @Test func aConvertedEditionBuildsStrictInTraditionalCharacters() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path, "--strict"])
        #expect(code == 0, "\(captured.err)")
        // The code is lower-cased for its folder; the locale keeps its case.
        let report = try fixture.read("_site/zh-hant/cities/dongguan/review/index.html")
        #expect(report.contains(#"<html lang="zh-Hant-HK""#))
        // The narrative, converted: title, summary, body; the city's own zh-Hant name wins.
        #expect(report.contains("<h1>東莞治污回顧</h1>"), "\(report)")
        #expect(report.contains("污水處理能力顯著提升。"))
        #expect(report.contains("污水處理能力達到"))
        #expect(report.contains("東莞") && !report.contains("东莞"))
        // Indicator names converted; the source's own words (its quote) never.
        #expect(report.contains("污水處理能力"))
        let source = try fixture.read("_site/zh-hant/cities/dongguan/sources/dg/index.html")
        #expect(source.contains(">污水处理能力由258.5万吨/日</mark>"), "\(source)")
        #expect(source.contains("東莞生態環境報告"))
        // A narrative of its own wins over the conversion.
        #expect(try fixture.read("_site/zh-hant/about/index.html").contains("本網站的香港版本。"))
        // The other languages are untouched.
        #expect(try fixture.read("_site/zh/cities/dongguan/review/index.html").contains("<h1>东莞治污回顾</h1>"))
    }

    /// A converted language the theme has no files for (`zh-tw`) gets its source's interface
    /// strings and conventions, converted: Taiwan's characters and phrases, 萬 for 万.
    @Test func aConvertedLanguageWithoutFilesOfItsOwnConvertsTheStringsAndConventions() async throws {
        let text = Self.site.replacingOccurrences(of: "{ code: zh-Hant, locale: zh-Hant-HK, name: 繁體中文, from: zh, convert: s2hk }",
                                                  with: "{ code: zh-tw, locale: zh-Hant-TW, name: 臺灣正體, from: zh, convert: s2twp }")
            .replacingOccurrences(of: "zh-Hant: 東莞, ", with: "").replacingOccurrences(of: "about.zh-Hant.md", with: "about.zh-tw.md")
        let fixture = try Fixture(text)
        defer { fixture.remove() }
        #expect(!fixture.exists("Templates"))
        let (code, captured) = await runCLI(["build", fixture.root.path, "--strict"])
        #expect(code == 0, "\(captured.err)")
        let city = try fixture.read("_site/zh-tw/cities/dongguan/index.html")
        #expect(city.contains(#"<nav class="lang-switch" aria-label="語言">"#), "\(city)")
        #expect(city.contains("373萬噸/日"))
        #expect(!city.contains("万"))
    }

    @Test func aConversionThatCannotBeMadeIsAnErrorAtItsLine() async throws {
        let text = Self.site.replacingOccurrences(of: "convert: s2hk", with: "convert: s2kh")
            .replacingOccurrences(of: "  - { code: en, locale: en, name: English }",
                                  with: "  - { code: en, locale: en, name: English }\n  - { code: zh-tw, from: zh-hant, convert: s2twp }")
        let fixture = try Fixture(text)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["check", fixture.root.path])
        #expect(code == 1)
        #expect(captured.err.contains("Content/site.yaml:5:73: error: 'convert: s2kh' is not an OpenCC configuration"), "\(captured.err)")
        #expect(captured.err.contains("did you mean 's2hk'?"))
        #expect(captured.err.contains("Content/site.yaml:7:26: error: 'from: zh-hant' of language 'zh-tw' is itself converted from 'zh': convert from 'zh' directly"),
                "\(captured.err)")
    }

    @Test func theConverterConvertsAndLeavesOtherTextAlone() throws {
        let converter = try ScriptConverter(configuration: "s2hk")
        #expect(converter.convert("污水处理能力258.5万吨/日") == "污水處理能力258.5萬噸/日")
        #expect(converter.convert("Dongguan 2020") == "Dongguan 2020")
        #expect(throws: ScriptConverter.Failure.self) { try ScriptConverter(configuration: "no-such-configuration") }
    }
}
