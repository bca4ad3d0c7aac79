import Foundation
import Testing
@testable import Charts

/// Hard cases: no two text boxes may overlap, and none may leave the viewBox.
struct LayoutTests {
    static func series(_ name: String, _ values: [(Int, Double)], derivedYears: Set<Int> = []) -> ChartSeries {
        ChartSeries(name: name, points: values.map {
            ChartPoint(year: $0.0, value: $0.1, label: Fixtures.enTick($0.1), derived: derivedYears.contains($0.0))
        })
    }

    static let zhText = Fixtures.zhText("污水处理能力", "说明。")
    static let enText = Fixtures.enText("Sewage treatment capacity", "A sentence.")
    static let longZh = "广东省东莞市城镇生活污水集中收集处理率（按服务人口计算）"
    static let longEn = "Share of urban domestic sewage collected and treated centrally (by population served)"
    static let manyYears = Array(1990...2023).map { ($0, Double($0 - 1980) * 1234.5) }
    static let tinyToHuge: [(Int, Double)] = [(2016, 0.01), (2017, 3.5), (2018, 4_200), (2019, 7.3e6), (2020, 1e9)]
    static let negatives: [(Int, Double)] = [(2015, -120), (2016, -45.5), (2017, 30), (2018, -300), (2019, 12)]

    static let cases: [(name: String, chart: Chart)] = [
        ("many years line", Chart(content: .line([series("Dongguan", manyYears), series("Shenzhen", manyYears.map { ($0.0, $0.1 * 1.3) })]), text: zhText)),
        ("many years column", Chart(content: .column([series("东莞市", manyYears)]), text: zhText)),
        ("many years column grouped", Chart(content: .column([series("A", manyYears), series("B", manyYears)]), text: enText)),
        ("tiny to huge line", Chart(content: .line([series("x", tinyToHuge)]), text: enText)),
        ("tiny to huge column", Chart(content: .column([series("x", tinyToHuge)]), text: zhText)),
        ("negative line", Chart(content: .line([series("x", negatives), series("y", negatives.map { ($0.0, -$0.1) })]), text: enText)),
        ("negative column", Chart(content: .column([series("x", negatives)]), text: zhText)),
        ("all negative column", Chart(content: .column([series("x", [(2019, -3), (2020, -5)])]), text: enText)),
        ("single point line", Chart(content: .line([series("x", [(2020, 373)])]), text: zhText)),
        ("single point column", Chart(content: .column([series("x", [(2020, 373)])]), text: zhText)),
        ("all equal line", Chart(content: .line([series("x", [(2018, 5), (2019, 5), (2020, 5)])]), text: enText)),
        ("all zero column", Chart(content: .column([series("x", [(2018, 0), (2019, 0), (2020, 0)])]), text: enText)),
        ("all zero line", Chart(content: .line([series("x", [(2018, 0), (2019, 0), (2020, 0)])]), text: enText)),
        ("non-zero line", Chart(content: .line([series("Good days", [(2015, 82.1), (2016, 85.2), (2017, 84.9), (2018, 88.5), (2019, 86.3), (2020, 95.3)])]), text: enText)),
        ("gaps", Chart(content: .line([series("x", [(2010, 1), (2011, 2), (2015, 3), (2016, 2)])]), text: enText)),
        ("empty line", Chart(content: .line([]), text: enText)),
        ("empty series", Chart(content: .column([ChartSeries(name: "x", points: [])]), text: enText)),
        ("six series", Chart(content: .line((0..<6).map { i in series("城市\(i)号", manyYears.map { ($0.0, $0.1 * Double(i + 1)) }) }), text: zhText)),
        ("long series names", Chart(content: .line([series(longEn, tinyToHuge), series(longZh, tinyToHuge.map { ($0.0, $0.1 / 2) })]), text: zhText)),
        ("long bar labels", Chart(content: .bar([
            BarItem(label: longZh, value: 1e9, valueLabel: "10亿吨", note: "2019年"),
            BarItem(label: longEn, value: 0.01, valueLabel: "0.01 t"),
            BarItem(label: "东莞市", value: 373, valueLabel: "373万吨/日", derived: true),
        ]), text: zhText)),
        ("negative bars", Chart(content: .bar([
            BarItem(label: longEn, value: -50, valueLabel: "-50 t", note: "2018"),
            BarItem(label: "B", value: 20, valueLabel: "20 t"),
        ]), text: enText)),
        ("empty bars", Chart(content: .bar([]), text: enText)),
        ("changes", Chart(content: .change([
            ChangeItem(label: longZh, value: -29.4, valueLabel: "-29.4%", assessment: .good),
            ChangeItem(label: longEn, value: 180, valueLabel: "+180.0 percentage points", assessment: .bad),
            ChangeItem(label: "零", value: 0, valueLabel: "0%", assessment: .neutral),
        ]), text: zhText)),
        ("all negative changes", Chart(content: .change([
            ChangeItem(label: "PM2.5", value: -29.4, valueLabel: "-29.4%", assessment: .good),
            ChangeItem(label: "PM10", value: -1, valueLabel: "-1%", assessment: .good),
        ]), text: enText)),
        ("kpi long", Chart(content: .kpi(KPIContent(valueLabel: "1,000,000,000.00 tonnes per year", caption: longEn,
                                                   change: KPIChange(label: longZh, direction: .down, assessment: .bad),
                                                   sparkline: Fixtures.enPoints(Fixtures.sewage))), text: enText)),
        ("kpi bare", Chart(content: .kpi(KPIContent(valueLabel: "98.6%", caption: "")), text: enText)),
        ("kpi two levels", Chart(content: .kpi(KPIContent(valueLabel: "373万吨/日", caption: "2020年",
                                                         change: KPIChange(label: "持平", direction: .flat, assessment: .neutral),
                                                         sparkline: Array(Fixtures.zhPoints(Fixtures.sewage).prefix(2)))), text: zhText)),
    ] + Fixtures.all

    static var names: [String] { cases.map(\.name) }

    /// Text boxes are measured with the widths of the real fonts (`FontMetrics`), so a box
    /// inside the viewBox is text inside the chart in the browser.
    @Test(arguments: names, [TestForm.standalone, .compact, .wide])
    func textsDoNotOverlap(name: String, form: TestForm) {
        var chart = Self.cases.first { $0.name == name }!.chart
        if let layout = form.layout { chart.width = layout.viewBoxWidth }
        let (texts, width, height) = ChartRenderer.texts(chart, form: form == .standalone ? .standalone : .inline)
        for (i, a) in texts.enumerated() {
            for b in texts[(i + 1)...] {
                #expect(!a.box.intersects(b.box), "\(a.lines) \(a.box) overlaps \(b.lines) \(b.box)")
            }
            #expect(a.box.x >= -0.5 && a.box.maxX <= width + 0.5 && a.box.y >= -0.5 && a.box.maxY <= height + 0.5,
                    "\(a.lines) \(a.box) leaves the \(width)×\(height) viewBox")
            #expect(a.fontSize >= 14, "\(a.lines) is too small")
        }
    }

    /// Every text of a page's chart measures 12–16 CSS px at the narrowest and widest its
    /// layout is drawn (font size × rendered width ÷ viewBox width).
    @Test(arguments: names, [ChartLayout.compact, .wide])
    func pageTextIsLegibleAtEveryWidth(name: String, layout: ChartLayout) {
        var chart = Self.cases.first { $0.name == name }!.chart
        chart.width = layout.viewBoxWidth
        let (texts, width, _) = ChartRenderer.texts(chart, form: .inline)
        #expect(width == layout.viewBoxWidth)
        for text in texts {
            for rendered in [layout.minRenderedWidth, layout.maxRenderedWidth] {
                let px = layout.pixels(fontSize: text.fontSize, renderedWidth: rendered)
                #expect(px >= 12 && px <= 16, "\(text.lines) is \(px) px at \(rendered) px wide")
            }
        }
    }

    /// From a 320 px phone's column to a desktop's, the layout shown keeps text in 12–16 px.
    @Test func layoutsCoverEveryColumnWidth() {
        for column in stride(from: 288.0, through: 1440, by: 1) {
            let (layout, rendered) = ChartLayout.shown(inColumn: column)
            let px = layout.pixels(fontSize: ChartLayout.fontSize, renderedWidth: rendered)
            #expect(px >= 12 && px <= 16, "\(column) px column: \(layout) at \(rendered) px gives \(px) px text")
        }
    }

    /// A lone change is drawn on the shared scale, not stretched to the width.
    @Test func sharedDomainKeepsLengthsComparable() {
        func barWidth(_ value: Double) -> Double {
            let chart = Chart(content: .change([ChangeItem(label: "x", value: value, valueLabel: "\(value)%", assessment: .good)]),
                              text: Self.enText, width: 600, sharedDomain: -100...100)
            let scene = ChartRenderer.layout(chart, form: .inline).body
            return scene.marks.compactMap { mark -> Double? in
                guard case .group(_, _, _, let children) = mark else { return nil }
                for child in children {
                    if case .group(_, _, _, let inner) = child, case .rect(let box, _, _)? = inner.first { return box.width }
                }
                return nil
            }.first ?? 0
        }
        let small = barWidth(-9.66), large = barWidth(-40.5)
        #expect(large > small * 4 && large < small * 4.4, "\(small) vs \(large)")
    }

    /// The zero of a column chart is drawn and labelled, not left blank.
    @Test func zeroIsDrawnAndLabelled() {
        var chart = Fixtures.all.first { $0.name == "column-zero-en" }!.chart
        chart.width = ChartLayout.wide.viewBoxWidth
        let wide = ChartRenderer.svg(chart, id: "z", form: .inline)
        #expect(wide.contains(">0 days</text>"))
        #expect(wide.contains(">3 days†</text>"))
        #expect(wide.contains("height=\"3\""))
        // Compact: a label too wide for its column is split at its last space, so every value
        // keeps its label on a phone (English labels were dropped), the zero too.
        chart.width = ChartLayout.compact.viewBoxWidth
        let compact = ChartRenderer.svg(chart, id: "z", form: .inline)
        #expect(compact.contains(#"<tspan x="70.79">12</tspan><tspan x="70.79" dy="16.8">days</tspan></text>"#))
        #expect(compact.contains(">0 days</text>") || compact.contains(">0</tspan>"))
    }

    @Test func manyYearsAreThinnedButKeepWholeYears() {
        let (texts, _, _) = ChartRenderer.texts(Self.cases[0].chart, form: .inline)
        let years = texts.compactMap { Int($0.lines[0].replacingOccurrences(of: "年", with: "")) }
        #expect(years.count >= 4 && years.count < 34)
        #expect(years.allSatisfy { $0 % 5 == 0 })
    }

    /// The solid runs of a line end where a year is missing (a dotted stretch spans the gap).
    @Test func solidRunsEndWhereAYearIsMissing() {
        let points = Self.series("x", [(2010, 1), (2011, 2), (2015, 3), (2016, 2), (2017, 1)]).points
        #expect(LineChart.segments(points, step: 1).map { $0.map(\.year) } == [[2010, 2011], [2015, 2016, 2017]])
        #expect(LineChart.segments(points, step: 5).count == 1)
    }

    @Test func barsStartAtZero() {
        let chart = Chart(content: .column([Self.series("x", [(2019, 80), (2020, 90)])]), text: Self.enText)
        let (texts, _, _) = ChartRenderer.texts(chart, form: .inline)
        #expect(texts.contains { $0.lines == ["0"] })
    }
}

enum TestForm: Sendable, CustomTestStringConvertible {
    case standalone, compact, wide
    var testDescription: String { "\(self)" }
    var layout: ChartLayout? {
        switch self {
        case .standalone: return nil
        case .compact: return .compact
        case .wide: return .wide
        }
    }
}


/// `CHARTS_DUMP=/some/folder swift test --filter dumpForReview` writes every case as a
/// standalone SVG for looking at (e.g. with rsvg-convert); does nothing otherwise.
@Test func dumpForReview() throws {
    guard let folder = ProcessInfo.processInfo.environment["CHARTS_DUMP"] else { return }
    for (name, chart) in LayoutTests.cases {
        let file = name.replacingOccurrences(of: " ", with: "-")
        try ChartRenderer.svg(chart, id: file, form: .standalone)
            .write(toFile: "\(folder)/\(file).svg", atomically: true, encoding: .utf8)
        for layout in ChartLayout.allCases {
            var drawn = chart
            drawn.width = layout.viewBoxWidth
            try ChartRenderer.svg(drawn, id: file, form: .standalone)
                .write(toFile: "\(folder)/\(file)-\(layout.rawValue).svg", atomically: true, encoding: .utf8)
        }
    }
}
