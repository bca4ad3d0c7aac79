import Testing
@testable import Charts

/// A series with missing years (2015, 2018 and 2020 only, as bureaus publish) is drawn as one
/// line: dotted and thin from each known value to the next, points at the known values only,
/// and its text naming only them; a series of consecutive years stays one solid line.
struct LineGapTests {
    static let irregular = LayoutTests.series("x", [(2015, 10), (2018, 16), (2020, 13)])
    static let consecutive = LayoutTests.series("x", [(2015, 10), (2016, 12), (2017, 16), (2018, 15), (2019, 14), (2020, 13)])

    /// The series' lines of an SVG (`<polyline class="rs-line…`), trimmed, in drawing order.
    static func polylines(_ svg: String) -> [String] {
        svg.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(#"<polyline class="rs-line"#) }
    }

    /// The text of each `<title>` of an SVG (the chart's own and each point's).
    static func titles(_ svg: String) -> [String] {
        svg.matches(of: /<title[^>]*>([^<]*)<\/title>/).map { String($0.1) }
    }

    static func lineSVG(_ series: ChartSeries) -> String {
        ChartRenderer.svg(Chart(content: .line([series]), text: LayoutTests.enText), id: "g", form: .inline)
    }

    @Test func bridgesJoinEachKnownValueToTheNext() {
        let points = Self.irregular.points
        #expect(LineChart.segments(points, step: 1).isEmpty)
        #expect(LineChart.bridges(points, step: 1).map { $0.map(\.year) } == [[2015, 2018], [2018, 2020]])
        #expect(LineChart.bridges(Self.consecutive.points, step: 1).isEmpty)
        // Every five years is the series' own rhythm, not a gap.
        let fiveYearly = LayoutTests.series("x", [(2010, 1), (2015, 2), (2020, 3)]).points
        #expect(LineChart.bridges(fiveYearly, step: YearSteps.step([2010, 2015, 2020])).isEmpty)
        #expect(LineChart.strokes(points, step: 1).map { $0.map(\.year) } == [[2015, 2018], [2018, 2020]])
    }

    @Test func lineChartDrawsDottedBridgesBetweenKnownValues() {
        let svg = Self.lineSVG(Self.irregular)
        #expect(Self.polylines(svg) == [
            #"<polyline class="rs-line rs-bridge" points="55.62,310.28 389.56,40.28" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="0 3.75" stroke-linejoin="round" stroke-linecap="round"/>"#,
            #"<polyline class="rs-line rs-bridge" points="389.56,40.28 612.19,175.28" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="0 3.75" stroke-linejoin="round" stroke-linecap="round"/>"#,
        ])
        // A point at each known value, titled with it; no year in between is named.
        #expect(Self.titles(svg).filter { $0.contains(": ") } == ["2015: 10", "2018: 16", "2020: 13"])
    }

    @Test func consecutiveYearsStayOneSolidLine() {
        let svg = Self.lineSVG(Self.consecutive)
        #expect(Self.polylines(svg) == [
            #"<polyline class="rs-line" points="55.62,310.28 166.93,220.28 278.25,40.28 389.56,85.28 500.88,130.28 612.19,175.28" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>"#,
        ])
    }

    @Test func sparklineBridgesAndMarksEachKnownValue() {
        let svg = Sparkline.svg(Self.irregular.points, label: "2015–2020: 10 → 13")
        #expect(Self.polylines(svg) == [
            #"<polyline class="rs-line rs-bridge" points="3,21 56.4,3" fill="none" stroke="currentColor" stroke-width="1.05" stroke-dasharray="0 2.63" stroke-linejoin="round" stroke-linecap="round"/>"#,
            #"<polyline class="rs-line rs-bridge" points="56.4,3 92,12" fill="none" stroke="currentColor" stroke-width="1.05" stroke-dasharray="0 2.63" stroke-linejoin="round" stroke-linecap="round"/>"#,
        ])
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        let solid = Sparkline.svg(Self.consecutive.points, label: "x")
        #expect(Self.polylines(solid) == [
            #"<polyline class="rs-line" points="3,21 20.8,15 38.6,3 56.4,6 74.2,9 92,12" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linejoin="round" stroke-linecap="round"/>"#,
        ])
        #expect(solid.components(separatedBy: "<circle").count - 1 == 1)
    }

    @Test func smallMultiplePanelBridgesAndMarksEachKnownValue() {
        let grid = SmallMultiples(panels: [
            SmallMultiplePanel(title: "x", unit: "", description: "d", points: Self.irregular.points, formatTick: Fixtures.enTick),
        ], text: LayoutTests.enText)
        let svg = grid.panelSVG(0, id: "p")
        #expect(Self.polylines(svg) == [
            #"<polyline class="rs-line rs-bridge" points="53.62,180 202.76,34" fill="none" stroke="currentColor" stroke-width="1.2" stroke-dasharray="0 3" stroke-linejoin="round" stroke-linecap="round"/>"#,
            #"<polyline class="rs-line rs-bridge" points="202.76,34 302.19,107" fill="none" stroke="currentColor" stroke-width="1.2" stroke-dasharray="0 3" stroke-linejoin="round" stroke-linecap="round"/>"#,
        ])
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        #expect(Self.titles(svg).filter { $0.contains(": ") } == ["2015: 10", "2018: 16", "2020: 13"])
    }
}
