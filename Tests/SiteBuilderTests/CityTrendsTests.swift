import Foundation
import ReportSiteCLI
import Testing

/// A city page's trends as small multiples (issue 22, item 4): per category, one figure with a
/// panel per indicator of three yearly levels or more, sharing the years, each linking to its
/// indicator, its end values linked to their quotes, one table and one download for the grid,
/// text 12–16 px at every width, and the page bounded whatever the series.
@Suite struct CityTrendsTests {
    static let site = """
    -- Content/site.yaml --
    title: { zh: 公开, en: Disclosure }
    baseURL: https://example.org/env/
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    -- Content/indicators.yaml --
    - { id: water.sewage_capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: { zh: 吨/日, en: t/day }, better: higher }
    - { id: water.good_sections, category: water, name: { zh: 优良水体比例, en: Share of good water }, unit: percent, better: higher, decimals: 1 }
    - { id: water.black_bodies, category: water, name: { zh: 黑臭水体, en: Black water bodies }, unit: { zh: 个, en: bodies }, better: lower }
    -- Content/cities/dongguan/city.yaml --
    name: { zh: 东莞市, en: Dongguan }
    summary: { zh: 治水。, en: Water work. }
    sources:
      - id: dg
        title: { zh: 东莞治水, en: Dongguan water }
        url: https://example.org/dg
        date: 2021-05-17
        lang: zh-Hans
        text: sources/dg.txt
    observations:
      - { indicator: water.sewage_capacity, year: 2015, value: 258.5万, source: dg, quote: 由2015年的258.5万吨/日 }
      - { indicator: water.sewage_capacity, year: 2018, value: 300万, source: dg, quote: 2018年为300万吨/日 }
      - { indicator: water.sewage_capacity, year: 2020, value: 373万, source: dg, quote: 提高到2020年的373万吨/日 }
      - { indicator: water.good_sections, year: 2017, value: 50, source: dg, quote: 2017年优良比例50% }
      - { indicator: water.good_sections, year: 2019, value: 60, source: dg, quote: 2019年为60% }
      - { indicator: water.good_sections, year: 2020, value: 70, derived: { zh: 由分项推算。, en: Worked out from its parts. } }
      - { indicator: water.black_bodies, year: 2019, value: 20, source: dg, quote: 2019年黑臭水体20个 }
      - { indicator: water.black_bodies, year: 2020, value: 0, source: dg, quote: 2020年消除0个 }
    -- Content/cities/dongguan/sources/dg.txt --
    治水方面，污水处理能力由2015年的258.5万吨/日，2018年为300万吨/日，提高到2020年的373万吨/日。

    水质方面，2017年优良比例50%，2019年为60%。2019年黑臭水体20个，2020年消除0个。
    """

    static func build(_ text: String = site) async throws -> Fixture {
        let fixture = try Fixture(text)
        let (code, captured) = await runCLI(["build", fixture.root.path, "--strict", "--quiet", "--no-search"])
        #expect(code == 0, "\(captured.err)")
        return fixture
    }

    /// The water category's two long series are panels of one figure, in catalogue order; the
    /// series of two levels stays a row. Each panel links to its indicator and is the anchor its
    /// row links to; its end values link to their quotes, the derived one is marked instead.
    @Test func aCategoryDrawsItsLongSeriesAsSmallMultiples() async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        let html = try fixture.read("_site/en/cities/dongguan/index.html")
        #expect(html.components(separatedBy: "<figure class=\"chart chart-multiples\"").count - 1 == 1)
        #expect(html.contains("<span class=\"chart-caption-title\">Trends, 2015–2020</span>"))
        let panels = html.components(separatedBy: "<div class=\"rs-multiple\" id=\"chart-").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(panels == ["water.sewage_capacity", "water.good_sections"])
        #expect(html.contains("""
            <h3 class="rs-multiple-title"><a href="../../../en/indicators/water.sewage_capacity/index.html">Sewage capacity</a></h3>
            """))
        #expect(html.contains("<tr id=\"indicator-water.sewage_capacity\">"))
        #expect(html.contains("<td class=\"trend\"><a href=\"#chart-water.sewage_capacity\">"))
        // Its first and last values, labelled with their years, lead to their quotes.
        let sewage = try #require(html.components(separatedBy: "id=\"chart-water.sewage_capacity\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        #expect(sewage.contains(#"role="graphics-document""#))
        #expect(sewage.contains(#"<title id="chart-1-1-title">Sewage capacity</title>"#))
        #expect(sewage.contains(#"<a href="../../../en/cities/dongguan/sources/dg/index.html#"#))
        #expect(sewage.contains(">2.585 million t/day</text>") && sewage.contains(">2015</text>"))
        #expect(sewage.contains(">3.73 million t/day</text>") && sewage.contains(">2020</text>"))
        #expect(sewage.contains(">t/day</text>"), "its unit is stated on the panel")
        let share = try #require(html.components(separatedBy: "id=\"chart-water.good_sections\"").dropFirst().first?
            .components(separatedBy: "</svg>").first)
        #expect(share.contains(">70.0%†</text>"), "the derived last value is marked")
        #expect(share.contains("rs-point rs-hollow"))
        // Both panels span the grid's years: 2015 stands at the same place in both.
        let tick = { (svg: String) in svg.components(separatedBy: "class=\"rs-x-axis\"").dropFirst().first?.prefix(400) }
        #expect(tick(sewage) != nil && tick(sewage) == tick(share))
        #expect(!html.contains("id=\"chart-water.black_bodies\""))
        // One table and one download for the grid: a row per year, a column per indicator.
        #expect(html.contains("<thead><tr><td></td><th scope=\"col\">Year</th>") == false)
        #expect(html.contains("<thead><tr><td></td><th scope=\"col\">Sewage capacity</th><th scope=\"col\">Share of good water</th></tr></thead>"))
        let csvLink = try #require(html.components(separatedBy: "<a href=\"").first { $0.contains("/charts/trends-water.sewage_capacity-") }?
            .prefix { $0 != "\"" })
        let csv = try fixture.read("_site/" + csvLink.replacingOccurrences(of: "../../../", with: ""))
        #expect(csv.split(whereSeparator: \.isNewline).count == 1 + 6, "a header and the six values drawn:\n\(csv)")
        let svgFile = try fixture.read("_site/" + csvLink.replacingOccurrences(of: "../../../", with: "").replacingOccurrences(of: ".csv", with: ".svg"))
        #expect(svgFile.contains("<title id=\"chart-title\">Water: Trends, 2015–2020 — Dongguan · Sewage capacity, Share of good water</title>"))
        #expect(!svgFile.contains("<a "))
        // The Chinese page: its own words and years.
        let zh = try fixture.read("_site/zh/cities/dongguan/index.html")
        #expect(zh.contains("<span class=\"chart-caption-title\">2015—2020年变化趋势</span>"))
        #expect(zh.contains(">2015年</text>"))
    }

    /// At every viewport, a panel is shown between the narrowest and widest widths that keep
    /// its text 12–16 px (read from the built style sheet: the grid's column minimum, the
    /// panel's maximum width, the page's gutter and figure width), and two panels a row fit
    /// at 1280 px, one at 390.
    @Test(arguments: [320.0, 360, 390, 480, 600, 768, 1280, 1440])
    func panelTextIsTwelveToSixteenPixels(viewport: Double) async throws {
        let fixture = try await Self.build()
        defer { fixture.remove() }
        let style = try fixture.read("_site/style.css")
        func rem(_ pattern: String) throws -> Double {
            let regex = try NSRegularExpression(pattern: pattern)
            let match = try #require(regex.firstMatch(in: style, range: NSRange(style.startIndex..., in: style)), "\(pattern)")
            return Double(style[Range(match.range(at: 1), in: style)!])! * 16
        }
        let gutter = min(max(try rem(#"--gutter: clamp\(([\d.]+)rem"#), viewport * 0.04), try rem(#"--gutter: clamp\([\d.]+rem, [\d.]+vw, ([\d.]+)rem"#))
        let figure = min(min(viewport, try rem(#"--wide: ([\d.]+)rem"#)) - 2 * gutter, try rem(#"--chart-width: ([\d.]+)rem"#))
        let column = try rem(#"\.rs-multiples \{[^}]*minmax\(min\(([\d.]+)rem"#)
        let gap = try rem(#"\.rs-multiples \{[^}]*gap: ([\d.]+)rem"#)
        let maxWidth = try rem(#"figure\.chart \.rs-multiple svg \{[^}]*max-width: ([\d.]+)rem"#)
        let columns = max(1, Int(((figure + gap) / (min(column, figure) + gap)).rounded(.down)))
        let cell = (figure - Double(columns - 1) * gap) / Double(columns)
        let rendered = min(cell, maxWidth)
        let html = try fixture.read("_site/en/cities/dongguan/index.html")
        let panel = try #require(html.components(separatedBy: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").dropFirst()
            .first { $0.contains("rs-panel") })
        let viewBox = try #require(Double(panel.prefix { $0 != " " }))
        let sizes = Set(panel.components(separatedBy: "font-size=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) })
        #expect(!sizes.isEmpty)
        for size in sizes {
            let px = size * rendered / viewBox
            #expect(px >= 12 && px <= 16, "\(size) units in \(viewBox) drawn \(rendered) px wide at \(viewport) px: \(px) px")
        }
        if viewport == 1280 { #expect(columns == 2) }
        if viewport == 390 { #expect(columns == 1) }
    }

    /// A city of many long series (twelve indicators of forty years in one category): the page
    /// stays under 150 KB, showing the panels that fit and linking every other one's chart
    /// from its row.
    @Test func manyLongSeriesStayWithinThePageLimit() async throws {
        var indicators = ""
        var observations = ""
        for i in 0..<12 {
            indicators += "- { id: water.i\(i), category: water, name: { zh: 指标\(i)号, en: Indicator number \(i) }, unit: { zh: 吨, en: t }, better: higher }\n"
            for year in 1985...2024 {
                observations += "  - { indicator: water.i\(i), year: \(year), value: \(1000 + (year * 37 + i * 91) % 500), source: dg, quote: \"\(year)年为\(1000 + (year * 37 + i * 91) % 500)吨\" }\n"
            }
        }
        let text = """
        -- Content/site.yaml --
        title: { zh: 公开, en: Disclosure }
        baseURL: https://example.org/env/
        languages:
          - { code: zh, locale: zh-CN, name: 中文 }
          - { code: en, locale: en, name: English }
        -- Content/indicators.yaml --
        \(indicators)-- Content/cities/big/city.yaml --
        name: { zh: 大市, en: Big }
        summary: { zh: 长序列。, en: Long series. }
        sources:
          - { id: dg, title: { zh: 年鉴, en: Yearbook }, url: "https://example.org/y" }
        observations:
        \(observations)
        """
        let fixture = try await Self.build(text)
        defer { fixture.remove() }
        for code in ["zh", "en"] {
            let data = try fixture.bytes("_site/\(code)/cities/big/index.html")
            let html = String(decoding: data, as: UTF8.self)
            #expect(data.count < 150_000, "\(code): \(data.count) bytes")
            let panels = html.components(separatedBy: "<div class=\"rs-multiple\" id=\"chart-").count - 1
            let linked = html.components(separatedBy: "<td class=\"trend\"><a href=\"../../../\(code)/charts/line-water.i").count - 1
            #expect(panels >= 3 && panels < 12, "\(code): \(panels) panels")
            #expect(panels + linked == 12, "\(code): \(panels) panels, \(linked) linked")
        }
    }
}
