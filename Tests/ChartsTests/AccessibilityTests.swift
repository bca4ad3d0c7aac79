import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Charts

/// Every chart: identical bytes on every render, well-formed XML, and the
/// accessible structure (role, aria-labelledby, title and desc first).
struct AccessibilityTests {
    static var names: [String] { LayoutTests.names }

    static func chart(_ name: String) -> Chart { LayoutTests.cases.first { $0.name == name }!.chart }

    @Test(arguments: names)
    func deterministic(name: String) {
        let chart = Self.chart(name)
        for form in [SVGForm.inline, .standalone] {
            #expect(ChartRenderer.svg(chart, id: "c1", form: form) == ChartRenderer.svg(chart, id: "c1", form: form))
        }
    }

    @Test(arguments: names)
    func wellFormedAndLabelled(name: String) throws {
        for form in [SVGForm.inline, .standalone] {
            let svg = ChartRenderer.svg(Self.chart(name), id: "fig-3", form: form)
            let document = try XMLDocument(xmlString: svg, options: [])
            let root = try #require(document.rootElement())
            #expect(root.name == "svg")
            #expect(attribute(root, "role")?.stringValue == "img")
            #expect(attribute(root, "aria-labelledby")?.stringValue == "fig-3-title fig-3-desc")
            #expect(attribute(root, "viewBox")?.stringValue?.hasPrefix("0 0 ") == true)
            let children = root.children?.compactMap { $0 as? XMLElement } ?? []
            #expect(children.count >= 2)
            #expect(children[0].name == "title" && attribute(children[0], "id")?.stringValue == "fig-3-title")
            #expect(children[1].name == "desc" && attribute(children[1], "id")?.stringValue == "fig-3-desc")
            // No fixed size in either form: the page's chart scales to its column, the file to
            // the width it is shown at (a fixed one cropped it on a phone).
            let hasSize = attribute(root, "width") != nil || attribute(root, "height") != nil
            #expect(!hasSize)
            #expect((svg.contains("<style>")) == (form == .standalone))
            #expect(!svg.contains("-0 ") && !svg.contains("\"-0\"") && !svg.contains("NaN") && !svg.contains("inf"))
        }
    }

    /// `XMLElement.attribute(forName:)` misses attributes of namespaced elements in swift-corelibs-foundation.
    func attribute(_ element: XMLElement, _ name: String) -> XMLNode? {
        element.attributes?.first { $0.name == name }
    }

    @Test func tooltipsAndTextAreEscaped() throws {
        let chart = Chart(content: .bar([BarItem(label: "A & <B>", value: 1, valueLabel: "1 \"t\"")]),
                          text: ChartText(title: "T & <t>", description: "D", derivedLabel: "d", formatTick: { "\($0)" }))
        let svg = ChartRenderer.svg(chart, id: "x", form: .inline)
        #expect(svg.contains("<title id=\"x-title\">T &amp; &lt;t&gt;</title>"))
        #expect(svg.contains("<title>A &amp; &lt;B&gt;: 1 \"t\"</title>"))
        _ = try XMLDocument(xmlString: svg, options: [])
    }

    @Test func marksCarryTooltips() {
        let svg = ChartRenderer.svg(Fixtures.all[2].chart, id: "c", form: .inline)
        #expect(svg.contains("<title>2020年: 373万吨/日</title>"))
        #expect(svg.contains("<title>2018年: 318万吨/日 (推算值)</title>"))
    }

    @Test func changesShowDirectionWithoutColour() {
        let svg = ChartRenderer.svg(Fixtures.all[6].chart, id: "c", form: .inline)
        #expect(svg.contains("▼ -29.4%"))
        #expect(svg.contains("▲ +12.5%"))
        #expect(svg.contains("class=\"rs-good\"") && svg.contains("class=\"rs-bad\""))
    }

    @Test func derivedMarksAreDistinct() {
        let line = ChartRenderer.svg(Fixtures.all[0].chart, id: "c", form: .inline)
        #expect(line.contains("rs-point rs-hollow"))
        let bar = ChartRenderer.svg(Fixtures.all[4].chart, id: "c", form: .inline)
        #expect(bar.contains("rs-bar rs-derived") && bar.contains("stroke-dasharray"))
    }

    @Test func stylesheetDefinesEveryClassAndMode() {
        let css = ChartRenderer.stylesheet
        for name in ["--chart-1", "--chart-6", "--chart-axis", "--chart-grid", "--chart-text", "--chart-good",
                     "--chart-bad", "--chart-neutral", "prefers-color-scheme: dark", "@media print", ".rs-series-1",
                     ".rs-axis", ".rs-grid", ".rs-good", ".rs-bad", "Noto Sans CJK SC"] {
            #expect(css.contains(name), "stylesheet lacks \(name)")
        }
        let standalone = ChartRenderer.svg(Fixtures.all[0].chart, id: "c", form: .standalone)
        #expect(standalone.contains("prefers-color-scheme: dark") && !standalone.contains("var(--"))
    }
}
