import Foundation
import ReportSiteCLI
import Testing

/// Exports that stand alone (issue 20): the city CSV carries the reported changes, each chart
/// has a CSV of exactly the rows it draws beside its standalone SVG, the standalone SVG names
/// what it shows with its source and credit and scales to any width, and a chart's values on
/// the page lead to the words of their source.
@Suite struct ChartExportTests {
    static let site = """
    -- Content/site.yaml --
    title: { zh: 公开, en: Disclosure }
    baseURL: https://example.org/env/
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    -- Content/indicators.yaml --
    - { id: water.sewage_capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: tonnes_per_day, better: higher }
    - { id: air.pm25, category: air, name: { zh: PM2.5浓度, en: PM2.5 }, unit: ug_per_m3, better: lower }
    -- Content/cities/dongguan/city.yaml --
    name: { zh: 东莞市, en: Dongguan }
    summary: { zh: 治水。, en: Water work. }
    sources:
      - id: dg
        title: { zh: 东莞治水, en: Dongguan water }
        publisher: { zh: 人民日报, en: People's Daily }
        credit: { zh: 东莞市生态环境局, en: Dongguan Bureau }
        url: https://example.org/dg
        date: 2021-05-17
        dateBasis: page
        lang: zh-Hans
        text: sources/dg.txt
    observations:
      - { indicator: water.sewage_capacity, year: 2015, value: 258.5万, quote: 由2015年的258.5万吨/日 }
      - { indicator: water.sewage_capacity, year: 2020, value: 373万, quote: 提高到2020年的373万吨/日 }
      - { indicator: air.pm25, year: 2020, value: 24, quote: PM2.5浓度为24微克/立方米 }
    changes:
      - { indicator: water.sewage_capacity, from: 2015, to: 2020, relative: 44.3, quote: "由2015年的258.5万吨/日…增长44.3%" }
      - { indicator: air.pm25, from: 2017, to: 2020, relative: -29.4, quote: 比2017年下降29.4% }
    -- Content/cities/dongguan/sources/dg.txt --
    治水方面，污水处理能力由2015年的258.5万吨/日提高到2020年的373万吨/日，增长44.3%。

    PM2.5浓度为24微克/立方米，比2017年下降29.4%。
    -- Content/cities/dongguan/review.en.md --
    ---
    title: Review
    date: 2021-05-17
    ---
    Capacity grew.

    ```chart
    type: column
    indicator: water.sewage_capacity
    title: Sewage capacity grew
    ```

    ```chart
    type: change
    indicators: [water.sewage_capacity, air.pm25]
    ```
    -- Content/cities/dongguan/review.zh.md --
    ---
    title: 回顾
    date: 2021-05-17
    ---
    能力提高。
    """

    private func built() async throws -> Fixture {
        let fixture = try Fixture(Self.site)
        let (code, captured) = await runCLI(["build", fixture.root.path, "--strict", "--quiet"])
        #expect(code == 0, "\(captured.err)")
        return fixture
    }

    private func csvLines(_ fixture: Fixture, _ path: String) throws -> [String] {
        let bytes = try fixture.bytes(path)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(path) has its BOM")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
    }

    static let header = "indicator,indicator_zh,indicator_en,year,value,bound,period,aggregate,unit,unit_zh,unit_en,source,derived,"
        + "note_zh,note_en,derived_zh,derived_en,quote,locator,source_url,record,from,to,change_kind"
    static let url = "https://example.org/dg"

    @Test func theCityCSVCarriesTheReportedChangesAfterTheLevels() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let lines = try csvLines(fixture, "_site/data/dongguan.csv")
        #expect(lines == [
            Self.header,
            "air.pm25,PM2.5浓度,PM2.5,2020,24,,,,ug_per_m3,微克/立方米,μg/m³,dg,no,,,,,PM2.5浓度为24微克/立方米,,\(Self.url),observation,,,",
            "water.sewage_capacity,污水处理能力,Sewage capacity,2015,2585000,,,,tonnes_per_day,吨/日,t/day,dg,no,,,,,由2015年的258.5万吨/日,,\(Self.url),observation,,,",
            "water.sewage_capacity,污水处理能力,Sewage capacity,2020,3730000,,,,tonnes_per_day,吨/日,t/day,dg,no,,,,,提高到2020年的373万吨/日,,\(Self.url),observation,,,",
            // A change: no year (its period is from..to), its value in percent, its own quote.
            "air.pm25,PM2.5浓度,PM2.5,,-29.4,,,,percent,%,%,dg,no,,,,,比2017年下降29.4%,,\(Self.url),change,2017,2020,relative",
            "water.sewage_capacity,污水处理能力,Sewage capacity,,44.3,,,,percent,%,%,dg,no,,,,,由2015年的258.5万吨/日…增长44.3%,,\(Self.url),change,2015,2020,relative",
        ])
        // The all-cities file is the same rows with the city first.
        let all = try csvLines(fixture, "_site/data/observations.csv")
        #expect(all.first == "city," + Self.header)
        #expect(all.dropFirst().map { $0.replacingOccurrences(of: "dongguan,", with: "", options: .anchored) } == Array(lines.dropFirst()))
    }

    @Test func downloadDataUnderAChartGivesExactlyItsRows() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let page = try fixture.read("_site/en/cities/dongguan/review/index.html")
        let hrefs = page.matches(of: #/<a href="\.\./\.\./\.\./\.\./(en/charts/[^"]+\.csv)" download>/#).map { String($0.output.1) }
        let svgs = page.matches(of: #/<a href="\.\./\.\./\.\./\.\./(en/charts/[^"]+\.svg)">/#).map { String($0.output.1) }
        #expect(hrefs.count == 2)
        // Beside its standalone SVG, with the same name.
        #expect(hrefs.map { $0.replacingOccurrences(of: ".csv", with: ".svg") } == svgs)
        let column = try csvLines(fixture, "_site/" + hrefs[0])
        #expect(column == [
            "city," + Self.header,
            "dongguan,water.sewage_capacity,污水处理能力,Sewage capacity,2015,2585000,,,,tonnes_per_day,吨/日,t/day,dg,no,,,,,由2015年的258.5万吨/日,,\(Self.url),observation,,,",
            "dongguan,water.sewage_capacity,污水处理能力,Sewage capacity,2020,3730000,,,,tonnes_per_day,吨/日,t/day,dg,no,,,,,提高到2020年的373万吨/日,,\(Self.url),observation,,,",
        ])
        // In the order the chart draws its bars.
        let change = try csvLines(fixture, "_site/" + hrefs[1])
        #expect(change == [
            "city," + Self.header,
            "dongguan,air.pm25,PM2.5浓度,PM2.5,,-29.4,,,,percent,%,%,dg,no,,,,,比2017年下降29.4%,,\(Self.url),change,2017,2020,relative",
            "dongguan,water.sewage_capacity,污水处理能力,Sewage capacity,,44.3,,,,percent,%,%,dg,no,,,,,由2015年的258.5万吨/日…增长44.3%,,\(Self.url),change,2015,2020,relative",
        ])
    }

    @Test func theStandaloneSVGNamesItsSubjectSourceAndCreditAndScales() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let page = try fixture.read("_site/en/cities/dongguan/review/index.html")
        let path = try #require(page.firstMatch(of: #/<a href="\.\./\.\./\.\./\.\./(en/charts/column-[^"]+\.svg)">/#)).output.1
        let svg = try fixture.read("_site/" + path)
        let root = String(svg.prefix { $0 != ">" })
        // No fixed size: it scales to the width it is shown at.
        #expect(root.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 "#))
        #expect(!root.contains(" width=") && !root.contains(" height="))
        // The title names the indicator; the city is added, in <title> and under the heading.
        #expect(svg.contains("<title id=\"chart-title\">Sewage capacity grew — Dongguan</title>"))
        #expect(svg.contains(">Sewage capacity grew</text>"))
        #expect(svg.contains(#"class="rs-text rs-scope" x="8" y="#) && svg.contains(" fill=\"#1f2937\">Dongguan</text>"))
        #expect(svg.contains(">Source: Dongguan water, People's Daily, data credited to Dongguan Bureau.</text>"))
        #expect(svg.contains(">https://example.org/dg</text>"))
        #expect(svg.contains(">Chart: Disclosure · https://example.org/env/</text>"))
        // Its relative links would lead nowhere once the file travels: it has none.
        #expect(!svg.contains("<a "))
        // A title that names city and indicator already is not followed by them again.
        let indicator = try fixture.read("_site/zh/indicators/water.sewage_capacity/index.html")
        let zhPath = try #require(indicator.firstMatch(of: #/<a href="\.\./\.\./\.\./(zh/charts/column-[^"]+\.svg)">/#)).output.1
        let zh = try fixture.read("_site/" + zhPath)
        #expect(zh.contains("<title id=\"chart-title\">东莞市：污水处理能力</title>"))
        #expect(!zh.contains("rs-scope"))
        #expect(zh.contains(">来源：《东莞治水》，人民日报，数据来源：东莞市生态环境局。</text>"))
        #expect(zh.contains(">图表：公开 · https://example.org/env/</text>"))
    }

    @Test func aChartsValuesLeadToTheWordsOfTheirSource() async throws {
        let fixture = try await built()
        defer { fixture.remove() }
        let page = try fixture.read("_site/en/cities/dongguan/review/index.html")
        let source = "../../../../en/cities/dongguan/sources/dg/index.html"
        // The change chart: bar and value in one link, named for a screen reader.
        #expect(page.contains("<a href=\"\(source)#q-air.pm25-2017-2020-change\" aria-label=\"−29.4%, PM2.5 (2017–2020): the source's words\">"))
        // The column chart: each value label.
        #expect(page.contains("<a href=\"\(source)#q-water.sewage_capacity-2020\" aria-label=\"3.73 million t/day, Sewage capacity, 2020: the source's words\">"))
        // A chart holding links is not an image (whose content is hidden, links and all); the
        // compact column chart now labels (and links) its values too, split over two lines.
        let roots = page.matches(of: #/<svg [^>]*role="([a-z-]+)"/#).map { String($0.output.1) }
        #expect(roots == ["graphics-document", "graphics-document", "graphics-document", "graphics-document"])
        // Every anchor a chart links to exists on the source page.
        let text = try fixture.read("_site/en/cities/dongguan/sources/dg/index.html")
        for match in page.matches(of: #/sources/dg/index\.html#(q-[^"]+)" aria-label/#) {
            #expect(text.contains("id=\"\(match.output.1)\""), "no anchor \(match.output.1)")
        }
    }
}
