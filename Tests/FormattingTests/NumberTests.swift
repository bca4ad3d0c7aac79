import Testing
import Formatting

let zh = NumberStyle.chinese
let en = NumberStyle.english

/// A written value, its unit and the expected Chinese and English text.
struct Example: Sendable, CustomTestStringConvertible {
    var written: String
    var unit: Unit
    var decimals: Int? = nil
    var zh: String
    var en: String
    var testDescription: String { "\(written) \(unit.builtinID ?? "inline")" }
}

@Suite("Values with units")
struct ValueTests {
    static let contractExamples: [Example] = [
        Example(written: "373万", unit: .tonnesPerDay, zh: "373万吨/日", en: "3.73 million t/day"),
        Example(written: "9650.2亿", unit: .yuan, zh: "9650.2亿元", en: "CNY 965.02 billion"),
        Example(written: "2.98亿", unit: .yuan, zh: "2.98亿元", en: "CNY 298 million"),
        Example(written: "6381", unit: .inline(["zh": "家", "en": "enterprises"]), zh: "6381家", en: "6,381 enterprises"),
        Example(written: "2938", unit: .inline(["zh": "宗", "en": "cases"]), zh: "2938宗", en: "2,938 cases"),
        Example(written: "258.5万", unit: .tonnesPerDay, zh: "258.5万吨/日", en: "2.59 million t/day"),
        Example(written: "1.2万", unit: .km, zh: "1.2万公里", en: "12,000 km"),
        Example(written: "57.49万", unit: .tonnesPerYear, zh: "57.49万吨/年", en: "574,900 t/year"),
        Example(written: "2710", unit: .tonnesPerDay, zh: "2710吨/日", en: "2,710 t/day"),
        Example(written: "91.3", unit: .percent, zh: "91.3%", en: "91.3%"),
        Example(written: "18", unit: .microgramsPerCubicMetre, zh: "18微克/立方米", en: "18 μg/m³"),
        Example(written: "311.52亿", unit: .yuan, zh: "311.52亿元", en: "CNY 31.15 billion"),
        Example(written: "85", unit: .percent, decimals: 1, zh: "85.0%", en: "85.0%"),
    ]

    @Test(arguments: contractExamples)
    func contract(_ example: Example) throws {
        let quantity = try Quantity.parse(example.written)
        #expect(zh.format(quantity, unit: example.unit, decimals: example.decimals) == example.zh)
        #expect(en.format(quantity, unit: example.unit, decimals: example.decimals) == example.en)
    }
}
