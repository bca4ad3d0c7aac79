import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// A reader goes from any figure to the words of its source in one step: the figure links to
/// its quote on the source's own page, where the kept text stands paragraph by paragraph with
/// the quoted words marked.
@Suite struct EvidencePageTests {
    static let site = """
    -- Content/site.yaml --
    title: { zh: 公开, en: Disclosure }
    baseURL: https://example.org/env/
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    requireQuotes: true
    -- Content/indicators.yaml --
    - { id: investment.sewage_works, category: water, name: { zh: 污水投资, en: Sewage investment }, unit: { zh: 元, en: CNY }, better: none }
    - { id: water.sewage_capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: { zh: 吨/日, en: t/day }, better: higher }
    -- Content/cities/dongguan/city.yaml --
    name: { zh: 东莞市, en: Dongguan }
    summary: { zh: 治水。, en: Water work. }
    sources:
      - id: dg
        title: { zh: 东莞治水, en: Dongguan water }
        credit: { zh: 东莞市生态环境局, en: Dongguan Bureau }
        url: https://example.org/dg
        document: 000_internal.txt
        date: 2021-05-17
        dateBasis: page
        lang: zh-Hans
        text: sources/dg.txt
    observations:
      - { indicator: investment.sewage_works, year: 2020, value: 712亿, bound: about, period: unstated, quote: 累计投入约712亿元 }
      - { indicator: water.sewage_capacity, year: 2015, value: 258.5万, quote: 由2015年的258.5万吨/日 }
      - { indicator: water.sewage_capacity, year: 2020, value: 373万, quote: 提高到2020年的373万吨/日 }
    changes:
      - { indicator: water.sewage_capacity, from: 2015, to: 2020, relative: 44.3, quote: "由2015年的258.5万吨/日…增长44.3%" }
    -- Content/cities/dongguan/sources/dg.txt --
    东莞　精准科学依法

    治水方面，累计投入约712亿元，污水处理能力由2015年的258.5万吨/日提高到2020年的373万吨/日，增长44.3%。
    -- Content/cities/dongguan/review.zh.md --
    ---
    title: 回顾
    date: 2021-05-17
    ---
    污水处理能力达到[[water.sewage_capacity@2020]]，累计投入[[investment.sewage_works]]。
    -- Content/cities/dongguan/review.en.md --
    ---
    title: Review
    date: 2021-05-17
    ---
    Capacity reached [[water.sewage_capacity@2020]], with [[investment.sewage_works]] invested.
    """

    private func built() async throws -> Fixture {
        let fixture = try Fixture(Self.site)
        let (code, captured) = await runCLI(["build", fixture.root.path, "--strict", "--quiet"])
        #expect(code == 0, "\(captured.err)")
        return fixture
    }

    @Test func theSourcePageKeepsTheTextWithEachQuoteMarkedAndAnchored() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let page = try fixture.read("_site/en/cities/dongguan/sources/dg/index.html")
        #expect(page.contains(#"<div class="source-text" lang="zh-Hans">"#))
        #expect(page.contains(##"<p id="p1"><a class="paragraph-number" href="#p1">¶1</a> 东莞　精准科学依法</p>"##))
        #expect(page.contains(##"<p id="p2"><a class="paragraph-number" href="#p2">¶2</a> 治水方面，<span class="quote-anchor" id="q-investment.sewage_works-2020"></span><mark>累计投入约712亿元</mark>，污水处理能力<span class="quote-anchor" id="q-water.sewage_capacity-2015"></span><span class="quote-anchor" id="q-water.sewage_capacity-2015-2020-change"></span><mark>由2015年的258.5万吨/日</mark><span class="quote-anchor" id="q-water.sewage_capacity-2020"></span><mark>提高到2020年的373万吨/日</mark>，<mark>增长44.3%</mark>。</p>"##))
        #expect(page.contains(#"data credited to Dongguan Bureau (<time datetime="2021-05-17">2021-05-17</time>, as given on the web page the text was taken from)."#))
        // The zh page exists too, and neither names the internal file.
        let zh = try fixture.read("_site/zh/cities/dongguan/sources/dg/index.html")
        #expect(zh.contains("数据来源：东莞市生态环境局"))
        #expect(!page.contains("000_internal") && !zh.contains("000_internal"))
        // Search engines find it in both languages.
        let sitemap = try fixture.read("_site/sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/env/en/cities/dongguan/sources/dg/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/env/zh/cities/dongguan/sources/dg/</loc>"))
    }

    @Test func everyFigureLinksToItsQuote() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let report = try fixture.read("_site/en/cities/dongguan/review/index.html")
        #expect(report.contains(#"<a class="figure-source" href="../../../../en/cities/dongguan/sources/dg/index.html#q-water.sewage_capacity-2020"><data value="3730000""#))
        #expect(report.contains(#"<a class="figure-source" href="../../../../en/cities/dongguan/sources/dg/index.html#q-investment.sewage_works-2020"><data value="71200000000""#))
        // A figure the source gives without years says so, not a year or a period.
        #expect(report.contains("(period not stated)"))
        let city = try fixture.read("_site/zh/cities/dongguan/index.html")
        #expect(city.contains(#"<a class="figure-source" href="../../../zh/cities/dongguan/sources/dg/index.html#q-water.sewage_capacity-2020">"#))
        // The city page's source list links to the kept text.
        #expect(city.contains(#"<a href="../../../zh/cities/dongguan/sources/dg/index.html">原文（标出各数据所引文字）</a>"#))
        // Every anchor a figure links to exists on the source page.
        let source = try fixture.read("_site/zh/cities/dongguan/sources/dg/index.html")
        for match in city.matches(of: #/sources/dg/index\.html#(q-[^"]+)"/#) {
            #expect(source.contains("id=\"\(match.output.1)\""), "no anchor \(match.output.1)")
        }
    }
}
