import Testing
import Formatting

@Suite("Units")
struct UnitTests {
    static let builtins: [Example] = [
        Example(written: "91.3", unit: .percent, zh: "91.3%", en: "91.3%"),
        Example(written: "77", unit: .count, zh: "77", en: "77"),
        Example(written: "12345", unit: .count, zh: "1.2345万", en: "12,345"),
        Example(written: "3.2", unit: .index, zh: "3.2", en: "3.2"),
        Example(written: "5000", unit: .yuan, zh: "5000元", en: "CNY 5,000"),
        Example(written: "298万", unit: .yuan, zh: "298万元", en: "CNY 2.98 million"),
        Example(written: "1.5万亿", unit: .yuan, zh: "1.5万亿元", en: "CNY 1.5 trillion"),
        Example(written: "57.49万", unit: .tonnes, zh: "57.49万吨", en: "574,900 t"),
        Example(written: "2710", unit: .tonnesPerDay, zh: "2710吨/日", en: "2,710 t/day"),
        Example(written: "120", unit: .tonnesPerYear, zh: "120吨/年", en: "120 t/year"),
        Example(written: "1.2万", unit: .km, zh: "1.2万公里", en: "12,000 km"),
        Example(written: "18", unit: .microgramsPerCubicMetre, zh: "18微克/立方米", en: "18 \u{03BC}g/m³"),
        Example(written: "292", unit: .days, zh: "292天", en: "292 days"),
        Example(written: "1", unit: .days, zh: "1天", en: "1 day"),
        Example(written: "1.0", unit: .days, zh: "1.0天", en: "1.0 days"),
        Example(written: "0", unit: .days, zh: "0天", en: "0 days"),
        Example(written: "−3", unit: .yuan, zh: "−3元", en: "−CNY 3"),
        Example(written: "6381", unit: .inline(["zh": "家", "en": "enterprises"]), zh: "6381家", en: "6,381 enterprises"),
        Example(written: "2.5万", unit: .inline(["zh": "家", "en": "enterprises"]), zh: "2.5万家", en: "25,000 enterprises"),
        // Fallbacks: English, then the first code in order.
        Example(written: "12", unit: .inline(["en": "sites"]), zh: "12 sites", en: "12 sites"),
        Example(written: "12", unit: .inline(["zh": "处"]), zh: "12处", en: "12 处"),
        Example(written: "12", unit: .inline(["ja": "箇所", "ko": "곳"]), zh: "12箇所", en: "12 箇所"),
        Example(written: "12", unit: .inline([:]), zh: "12", en: "12"),
    ]

    @Test("Built-in and inline units", arguments: builtins)
    func units(_ example: Example) throws {
        let quantity = try Quantity.parse(example.written)
        #expect(zh.format(quantity, unit: example.unit, decimals: example.decimals) == example.zh)
        #expect(en.format(quantity, unit: example.unit, decimals: example.decimals) == example.en)
    }

    @Test func inlineUnitForOtherLanguages() {
        let unit = Unit.inline(["zh": "家", "en": "enterprises", "zh-hant": "家企業"])
        #expect(NumberStyle(conventions: conventions(zh, [:], language: "zh-Hant")).format(Quantity(6381, exponent: 0), unit: unit) == "6381家企業")
        #expect(NumberStyle(conventions: conventions(zh, [:], language: "zh-hans")).format(Quantity(6381, exponent: 0), unit: unit) == "6381家")
        #expect(NumberStyle(conventions: conventions(en, [:], language: "fr")).format(Quantity(12, exponent: 0), unit: unit) == "12 enterprises")
    }

    static let labels: [(unit: Unit, scale: Scale, zh: String, en: String)] = [
        (.tonnesPerDay, .units, "吨/日", "t/day"),
        (.tonnesPerDay, .wan, "万吨/日", "t/day"),
        (.tonnesPerDay, .million, "吨/日", "million t/day"),
        (.yuan, .yi, "亿元", "CNY"),
        (.yuan, .billion, "元", "CNY billion"),
        (.yuan, .units, "元", "CNY"),
        (.percent, .units, "%", "%"),
        (.count, .units, "", ""),
        (.count, .wan, "万", ""),
        (.index, .million, "", "million"),
        (.microgramsPerCubicMetre, .units, "微克/立方米", "\u{03BC}g/m³"),
        (.days, .units, "天", "days"),
        (.km, .units, "公里", "km"),
        (.tonnes, .units, "吨", "t"),
        (.tonnesPerYear, .wan, "万吨/年", "t/year"),
        (.inline(["zh": "家", "en": "enterprises"]), .units, "家", "enterprises"),
    ]

    @Test("Unit labels for axis titles and table headers", arguments: labels)
    func unitLabel(_ example: (unit: Unit, scale: Scale, zh: String, en: String)) {
        #expect(zh.unitLabel(example.unit, scale: example.scale) == example.zh)
        #expect(en.unitLabel(example.unit, scale: example.scale) == example.en)
    }

    @Test func scales() {
        #expect(zh.scales == [.units, .wan, .yi, .wanYi])
        #expect(en.scales == [.units, .million, .billion, .trillion])
        #expect(zh.scale(for: 9999) == .units)
        #expect(zh.scale(for: 10_000) == .wan)
        #expect(zh.scale(for: -2_585_000) == .wan)
        #expect(zh.scale(for: 1e8) == .yi)
        #expect(en.scale(for: 999_999) == .units)
        #expect(en.scale(for: 1e6) == .million)
        #expect(en.scale(for: 9.6502e11) == .billion)
        #expect(en.scale(for: .nan) == .units)
        #expect(zh.scaleWord(.yi) == "亿")
        #expect(en.scaleWord(.billion) == "billion")
        #expect(en.scaleWord(.wan) == "")
    }
}

@Suite("Years")
struct YearTests {
    @Test func years() {
        #expect(zh.year(2020) == "2020年")
        #expect(en.year(2020) == "2020")
        #expect(NumberStyle(conventions: conventions(en, ["numbers.group": "."])).year(2020) == "2020")
        #expect(zh.yearRange(2017, 2020) == "2017—2020年")
        #expect(en.yearRange(2017, 2020) == "2017–2020")
        #expect(zh.yearRange(2020, 2020) == "2020年")
        #expect(en.yearRange(2020, 2020) == "2020")
    }
}
