import Testing
import Formatting

@Suite("Axis tick labels")
struct AxisLabelTests {
    static let single: [(value: Double, step: Double, zh: String, en: String)] = [
        (0, 500_000, "0", "0"),
        (2_500_000, 500_000, "250万", "2.5M"),
        (3_000_000, 500_000, "300万", "3M"),
        (100_000_000, 50_000_000, "1亿", "100M"),
        (150_000_000, 50_000_000, "1.5亿", "150M"),
        (5000, 5000, "5000", "5,000"),
        (15000, 5000, "1.5万", "15,000"),
        (1_500_000_000, 500_000_000, "15亿", "1.5B"),
        (0.3, 0.1, "0.3", "0.3"),
        (0.30000000000000004, 0.1, "0.3", "0.3"),
        (0.25, 0.25, "0.25", "0.25"),
        (-20, 10, "\u{2212}20", "\u{2212}20"),
        (12_500, 2_500, "1.25万", "12,500"),
        (1e12, 1e12, "1万亿", "1T"),
    ]

    @Test("One tick in its own scale", arguments: single)
    func tick(_ example: (value: Double, step: Double, zh: String, en: String)) {
        #expect(zh.axisTickLabel(example.value, step: example.step) == example.zh)
        #expect(en.axisTickLabel(example.value, step: example.step) == example.en)
    }

    @Test func percentTicks() {
        #expect(zh.axisTickLabel(20, step: 10, unit: .percent) == "20%")
        #expect(en.axisTickLabel(0, step: 10, unit: .percent) == "0%")
        #expect(en.axisTickLabel(2.5, step: 2.5, unit: .percent) == "2.5%")
        #expect(en.axisTickLabel(20, step: 10, unit: .tonnes) == "20")
    }

    @Test func commonScale() {
        let ticks: [Double] = [0, 50_000_000, 100_000_000, 150_000_000]
        #expect(zh.axisTickLabels(ticks) == ["0", "0.5亿", "1亿", "1.5亿"])
        #expect(en.axisTickLabels(ticks) == ["0", "50M", "100M", "150M"])
        let capacity: [Double] = [2_000_000, 2_500_000, 3_000_000, 3_500_000, 4_000_000]
        #expect(zh.axisTickLabels(capacity) == ["200万", "250万", "300万", "350万", "400万"])
        #expect(en.axisTickLabels(capacity) == ["2M", "2.5M", "3M", "3.5M", "4M"])
        #expect(zh.axisTickLabels([0, 20, 40, 60, 80, 100], unit: .percent) == ["0%", "20%", "40%", "60%", "80%", "100%"])
        #expect(en.axisTickLabels([0, 5000, 10000, 15000]) == ["0", "5,000", "10,000", "15,000"])
        #expect(zh.axisTickLabels([0, 5000, 10000, 15000]) == ["0", "0.5万", "1万", "1.5万"])
        #expect(en.axisTickLabels([-10, 0, 10]) == ["\u{2212}10", "0", "10"])
        #expect(en.axisTickLabels([0, 0.1, 0.2, 0.30000000000000004]) == ["0", "0.1", "0.2", "0.3"])
        #expect(en.axisTickLabels([]) == [])
        #expect(NumberStyle(conventions: conventions(en, ["numbers.group": "\u{202F}", "numbers.decimal": ","])).axisTickLabels([0, 2_500_000]) == ["0", "2,5M"])
    }
}
