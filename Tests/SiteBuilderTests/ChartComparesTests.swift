import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportSiteCLI
import Testing

/// A chart compares (issue 22, items 1, 3 and 5): no page draws a chart of one value (a
/// single value is a figure, and an author's chart block of one says so at its line); the
/// change charts of a page share one scale and are sorted by size; every chart links to the
/// page of each indicator it draws.
@Suite struct ChartComparesTests {
    /// Counts the marks that stand for values in a chart: its bar rows (bar and change charts),
    /// and the bars and points of its series (column and line charts, sparklines); legends and
    /// end labels, whose swatches are not values, are left out.
    final class ValueMarks: NSObject, XMLParserDelegate {
        var count = 0
        private var stack: [(row: Bool, series: Bool)] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let classes = Set((attributes["class"] ?? "").split(separator: " ").map(String.init))
            let inRow = stack.last?.row ?? false, inSeries = stack.last?.series ?? false
            if name == "g", classes.contains("rs-row"), !inRow { count += 1 }
            if inSeries, !inRow, name != "g", !classes.isDisjoint(with: ["rs-bar", "rs-point"]) { count += 1 }
            stack.append((inRow || (name == "g" && classes.contains("rs-row")), inSeries || (name == "g" && classes.contains("rs-series"))))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }

    static func valueCount(_ svg: String) -> Int {
        let parser = XMLParser(data: Data(svg.utf8))
        let marks = ValueMarks()
        parser.delegate = marks
        #expect(parser.parse(), "an inline SVG parses")
        return marks.count
    }

    /// Every `<figure class="chart…">` of a page.
    static func figures(_ html: String) -> [String] {
        html.components(separatedBy: "<figure class=\"chart").dropFirst().map { $0.components(separatedBy: "</figure>")[0] }
    }

    /// The inline SVGs of a figure (the compact and the wide layout).
    static func svgs(_ figure: String) -> [String] {
        figure.components(separatedBy: "<svg ").dropFirst().map { "<svg " + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
    }

    /// Every page of a built site, by path under the output folder.
    static func pages(_ output: URL) -> [(path: String, html: String)] {
        (FileManager.default.subpaths(atPath: output.path) ?? []).filter { $0.hasSuffix(".html") }.sorted().map {
            ($0, String(decoding: (try? Data(contentsOf: output.appendingPathComponent($0))) ?? Data(), as: UTF8.self))
        }
    }

    static func build(_ root: URL, output: URL) async -> (code: Int32, err: String) {
        let (code, captured) = await runCLI(["build", root.path, "--output", output.path])
        return (code, captured.err)
    }

    /// The site's charts, each with its page and values drawn; every figure's indicator links resolved.
    static func charts(in output: URL) throws -> [(page: String, title: String, values: Int)] {
        var charts: [(page: String, title: String, values: Int)] = []
        for (path, html) in pages(output) {
            for figure in figures(html) {
                let title = figure.firstMatch(of: #/chart-caption-title">([^<]*)</#).map { String($0.output.1) } ?? "?"
                for svg in svgs(figure) { charts.append((path, title, valueCount(svg))) }
                // Every figure links to its indicators' pages, which exist.
                let links = figure.firstMatch(of: #/<p class="chart-indicators">(.*?)</p>/#).map { String($0.output.1) }
                var hrefs = (links ?? "").matches(of: #/<a href="([^"]+)">/#).map { String($0.output.1) }
                // Small multiples link from each panel's heading instead, every panel.
                let panels = figure.matches(of: #/<h3 class="rs-multiple-title"><a href="([^"]+)">/#).map { String($0.output.1) }
                #expect(panels.count == figure.components(separatedBy: "<div class=\"rs-multiple\"").count - 1,
                        "\(path): '\(title)' has a panel without its indicator's link")
                hrefs += panels
                #expect(!hrefs.isEmpty, "\(path): '\(title)' links to no indicator page")
                for href in hrefs {
                    let target = output.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL
                    #expect(href.contains("/indicators/") && FileManager.default.fileExists(atPath: target.path),
                            "\(path): '\(title)' links to \(href), which is no indicator page")
                }
            }
        }
        return charts
    }

    @Test func theDemoSiteDrawsNoChartOfOneValue() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("report-site-compares-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let built = await Self.build(Fixture.repository, output: output)
        #expect(built.code == 0, "\(built.err)")
        let charts = try Self.charts(in: output)
        #expect(charts.count >= 40, "the demo's charts are found (\(charts.count))")
        let single = charts.filter { $0.values < 2 }
        #expect(single.isEmpty, "charts of one value: \(single.map { "\($0.page): \($0.title)" })")

        // Dongguan's report: its two change charts (−30.3% COD in one, −31% energy in the next)
        // on one scale in each layout, their bars sorted by size.
        let report = String(decoding: try Data(contentsOf: output.appendingPathComponent("en/cities/dongguan/2016-2020-pollution-control/index.html")),
                            as: UTF8.self)
        for layout in ["rs-compact", "rs-wide"] {
            let changeCharts = Self.figures(report).flatMap(Self.svgs).filter { $0.contains("rs-chart-change \(layout)") }
            #expect(changeCharts.count == 2)
            let bars = changeCharts.map(Self.bars)
            for chart in bars { #expect(chart.map(\.value) == chart.map(\.value).sorted(), "sorted: \(chart.map(\.value))") }
            let all = bars.flatMap { $0 }
            let perUnit = try #require(all.first).width / abs(try #require(all.first).value)
            for bar in all { #expect(abs(bar.width - abs(bar.value) * perUnit) < 0.02, "\(layout): \(bar.value)% is \(bar.width) long") }
            #expect(all.contains { $0.value == -30.3 } && all.contains { $0.value == -31 })
        }
        // Bars comparing categories are sorted, the largest first.
        for svg in Self.figures(report).flatMap(Self.svgs) where svg.contains("rs-chart-bar rs-wide") {
            let values = Self.bars(svg).map(\.value)
            #expect(values == values.sorted(by: >), "bars sorted by size: \(values)")
        }
    }

    /// A chart's bars in order: the value its row's title states, and its drawn length.
    static func bars(_ svg: String) -> [(value: Double, width: Double)] {
        svg.matches(of: #/<g class="rs-row">\s*<title>[^<]*: ([+−-]?[\d.,]+)[^<]*</title>.*?<rect class="rs-bar[^"]*" x="[-\d.]+" y="[-\d.]+" width="([\d.]+)"/#
            .dotMatchesNewlines()).map {
            (Double($0.output.1.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: ""))!, Double($0.output.2)!)
        }
    }

    /// A site written for this test, with one value where a chart would go: a city with one
    /// reported change beside its levels, an indicator one city reports for one year, and an
    /// author's chart block that finds one value.
    static let oneValueSite = SampleSite.text + #"""

-- Content/cities/gamma/city.yaml --
name: { zh: 丙市, en: Gamma }
sources:
  - id: g-2022
    title: { zh: 丙市公报, en: Gamma bulletin }
observations:
  - { indicator: air.pm25, year: 2020, value: 30 }
  - { indicator: air.pm25, year: 2021, value: 28 }
  - { indicator: air.pm25, year: 2022, value: 25 }
  - { indicator: water.sewage_capacity, year: 2022, value: 120万 }
changes:
  - { indicator: air.pm25, from: 2020, to: 2022, relative: -16.7 }
  - { indicator: air.good_days_ratio, from: 2021, to: 2022, points: 2.1 }
-- Content/cities/gamma/one.en.md --
---
title: Gamma in 2022
date: 2023-02-01
---
Sewage.

```chart
type: bar
indicator: water.sewage_capacity
years: 2022
```

Good-air days.

```chart
type: change
indicator: air.good_days_ratio
```
"""#

    @Test func aSiteOfOwnWithSingleValuesDrawsNoChartOfOneValue() async throws {
        let fixture = try Fixture(Self.oneValueSite)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("_site")
        let built = await Self.build(fixture.root, output: output)
        #expect(built.code == 0, "\(built.err)")
        let charts = try Self.charts(in: output)
        #expect(charts.count >= 8)
        let single = charts.filter { $0.values < 2 }
        #expect(single.isEmpty, "charts of one value: \(single.map { "\($0.page): \($0.title)" })")
        // The author's two blocks of one value are figures: the value written out, linked to its
        // evidence where it has one, with its city and year; no chart.
        let report = try fixture.read("_site/en/cities/gamma/one/index.html")
        let figures = Self.figures(report)
        #expect(figures.count == 2)
        for figure in figures {
            #expect(Self.svgs(figure).isEmpty && figure.contains("<p class=\"kpi-figure\">"))
        }
        #expect(figures[0].contains("<span class=\"kpi-value\">1.2 million t/day</span> <span class=\"kpi-caption\">Gamma · 2022</span>"))
        #expect(figures[1].contains("<span class=\"kpi-value\">+2.1 pp</span> <span class=\"kpi-caption\">Gamma · 2021–2022</span>"))
    }

    @Test func anAuthorsChartOfOneValueWarnsAtItsLine() async throws {
        let fixture = try Fixture(Self.oneValueSite)
        defer { fixture.remove() }
        let (_, captured) = await runCLI(["check", fixture.root.path])
        let text = captured.out + "\n" + captured.err
        let warnings = text.split(separator: "\n").filter { $0.contains("draws one value") }
        #expect(warnings.count == 2, "\(text)")
        #expect(warnings.first?.contains("Content/cities/gamma/one.en.md:8:1: warning: this bar chart draws one value") == true, "\(warnings)")
        #expect(warnings.last?.contains("Content/cities/gamma/one.en.md:16:1: warning: this change chart draws one value") == true, "\(warnings)")
        #expect(text.contains("write the value in the text as [[water.sewage_capacity@2022]]"))
        #expect(text.contains("write the value in the text as [[air.good_days_ratio@2021..2022]]"))
    }
}
