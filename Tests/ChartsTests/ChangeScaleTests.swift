@testable import Charts
import Foundation
import Testing

/// Change charts given one shared domain draw one scale: an equal change is an equal length
/// from chart to chart whatever their labels, and a legend appears only where it tells two
/// or more kinds of change apart (issue 22, item 3).
@Suite struct ChangeScaleTests {
    static func chart(_ items: [(String, Double, Assessment)], domain: ClosedRange<Double>?, width: Double) -> Chart {
        let content = ChartContent.change(items.map {
            ChangeItem(label: $0.0, value: $0.1, valueLabel: ($0.1 < 0 ? "−" : "+") + Fixtures.trimmed(abs($0.1)) + "%", assessment: $0.2)
        })
        return Chart(content: content, text: Fixtures.enText("Changes", "Changes.", "Change, 2015–2020"), width: width,
                     sharedDomain: domain)
    }

    /// Each bar's label (the row's `<title>`) and drawn length, in order.
    static func bars(_ svg: String) -> [(title: String, width: Double)] {
        svg.matches(of: #/<g class="rs-row">\s*<title>([^<]*)</title>.*?<rect class="rs-bar[^"]*" x="[-\d.]+" y="[-\d.]+" width="([\d.]+)"/#
            .dotMatchesNewlines()).map { (String($0.output.1), Double($0.output.2)!) }
    }

    @Test(arguments: [ChartLayout.compact, .wide])
    func twoChartsOfAPageShareOneScale(layout: ChartLayout) throws {
        // Dongguan's two change charts: short labels in one, long ones in the other (different
        // label columns and value rooms), one domain: the extent of the city's changes.
        let domain = -40.5...0.0
        let pollutants = Self.chart([("COD", -30.3, .good), ("Ammonia nitrogen", -18.2, .good), ("NOx", -9.66, .good)],
                                    domain: domain, width: layout.viewBoxWidth)
        let intensity = Self.chart([("CO₂ emissions per unit of GDP", -40.5, .good),
                                    ("Energy use per unit of industrial value added (enterprises above designated size)", -31, .good)],
                                   domain: domain, width: layout.viewBoxWidth)
        let first = Self.bars(ChartRenderer.svg(pollutants, id: "a", form: .inline))
        let second = Self.bars(ChartRenderer.svg(intensity, id: "b", form: .inline))
        #expect(first.map(\.title) == ["COD: −30.3% (better)", "Ammonia nitrogen: −18.2% (better)", "NOx: −9.66% (better)"])
        let perUnit = try #require(first.first).width / 30.3
        // One scale: the domain spans the same share of the width in both charts.
        #expect(abs(perUnit - layout.viewBoxWidth * HorizontalBars.sharedShare / 40.5) < 0.01)
        for bar in first + second {
            let value = try #require(Double(bar.title.split(separator: "−").last!.prefix { $0 != "%" }))
            #expect(abs(bar.width - value * perUnit) < 0.02, "\(bar.title) is \(bar.width) long; \(value * perUnit) on the page's scale")
        }
        // −31% is a little longer than −30.3%, never shorter (it was 44 px against 52 px).
        let cod = try #require(first.first?.width), energy = try #require(second.last?.width)
        #expect(energy > cod && energy - cod < 0.03 * cod)
    }

    @Test func withoutASharedDomainABarFillsItsChart() {
        let alone = Self.bars(ChartRenderer.svg(Self.chart([("COD", -30.3, .good)], domain: nil, width: 600), id: "a", form: .inline))
        let shared = Self.bars(ChartRenderer.svg(Self.chart([("COD", -30.3, .good)], domain: -100...100, width: 600), id: "a", form: .inline))
        #expect(alone.count == 1 && shared.count == 1)
        #expect(abs(shared[0].width - 600 * HorizontalBars.sharedShare * 30.3 / 200) < 0.01)
        #expect(alone[0].width > 2 * shared[0].width)
    }

    @Test func aLegendOnlyWhereItTellsKindsApart() {
        let labels = ["better", "worse", "no change"]
        let one = ChartRenderer.svg(Self.chart([("A", -3, .neutral), ("B", 4, .neutral)], domain: nil, width: 600), id: "a", form: .inline)
        for label in labels { #expect(!one.contains(">\(label)</text>"), "a legend of one entry, '\(label)', tells nothing apart") }
        let two = ChartRenderer.svg(Self.chart([("A", -3, .good), ("B", 4, .bad)], domain: nil, width: 600), id: "a", form: .inline)
        #expect(two.contains(">better</text>") && two.contains(">worse</text>") && !two.contains(">no change</text>"))
    }

    @Test func worseIsStripedAndNeutralHollowBesidesTheirColour() {
        let svg = ChartRenderer.svg(Self.chart([("A", -3, .good), ("B", 4, .bad), ("C", 1, .neutral)], domain: nil, width: 600),
                                    id: "a", form: .inline)
        let rows = svg.components(separatedBy: "<g class=\"rs-row\">").dropFirst().map { $0.components(separatedBy: "\n </g>")[0] }
        #expect(rows.count == 3)
        #expect(!rows[0].contains("rs-hatch") && !rows[0].contains("rs-hollow-bar"))
        #expect(rows[1].components(separatedBy: "class=\"rs-hatch\"").count - 1 >= 3, "a worse bar is striped")
        #expect(rows[2].contains("class=\"rs-bar rs-hollow-bar\"") && rows[2].contains("fill-opacity=\"0.25\"") && !rows[2].contains("rs-hatch"))
    }
}
