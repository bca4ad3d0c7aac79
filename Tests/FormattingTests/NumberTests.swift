import Testing
import Formatting

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
        Example(written: "258.5万", unit: .tonnesPerDay, zh: "258.5万吨/日", en: "2.585 million t/day"),
        Example(written: "1.2万", unit: .km, zh: "1.2万公里", en: "12,000 km"),
        Example(written: "57.49万", unit: .tonnesPerYear, zh: "57.49万吨/年", en: "574,900 t/year"),
        Example(written: "2710", unit: .tonnesPerDay, zh: "2710吨/日", en: "2,710 t/day"),
        Example(written: "91.3", unit: .percent, zh: "91.3%", en: "91.3%"),
        Example(written: "18", unit: .microgramsPerCubicMetre, zh: "18微克/立方米", en: "18 μg/m³"),
        // The contract's own example drops a digit; issue 11 asks for every written digit.
        Example(written: "311.52亿", unit: .yuan, zh: "311.52亿元", en: "CNY 31.152 billion"),
        Example(written: "11.59亿", unit: .yuan, zh: "11.59亿元", en: "CNY 1.159 billion"),
        Example(written: "204.9万", unit: .yuan, zh: "204.9万元", en: "CNY 2.049 million"),
        Example(written: "85", unit: .percent, decimals: 1, zh: "85.0%", en: "85.0%"),
    ]

    @Test(arguments: contractExamples)
    func contract(_ example: Example) throws {
        let quantity = try Quantity.parse(example.written)
        #expect(zh.format(quantity, unit: example.unit, decimals: example.decimals) == example.zh)
        #expect(en.format(quantity, unit: example.unit, decimals: example.decimals) == example.en)
    }
}

/// A written number and its expected Chinese and English text, without unit.
struct NumberCase: Sendable, CustomTestStringConvertible {
    var written: String
    var decimals: Int? = nil
    var zh: String
    var en: String
    var testDescription: String { written + (decimals.map { " decimals \($0)" } ?? "") }
}

@Suite("Numbers")
struct NumberTests {
    static let boundaryCases: [NumberCase] = [
        NumberCase(written: "0", zh: "0", en: "0"),
        NumberCase(written: "0.0", zh: "0.0", en: "0.0"),
        NumberCase(written: "0.05", zh: "0.05", en: "0.05"),
        NumberCase(written: "7", zh: "7", en: "7"),
        NumberCase(written: "999", zh: "999", en: "999"),
        NumberCase(written: "1000", zh: "1000", en: "1,000"),
        NumberCase(written: "9999", zh: "9999", en: "9,999"),
        NumberCase(written: "9999.5", zh: "9999.5", en: "9,999.5"),
        NumberCase(written: "10000", zh: "1万", en: "10,000"),
        NumberCase(written: "12345", zh: "1.2345万", en: "12,345"),
        NumberCase(written: "123456", zh: "12.3456万", en: "123,456"),
        NumberCase(written: "999999", zh: "99.9999万", en: "999,999"),
        NumberCase(written: "1000000", zh: "100万", en: "1 million"),
        NumberCase(written: "2585000", zh: "258.5万", en: "2.585 million"),
        NumberCase(written: "99999999", zh: "9999.9999万", en: "99.999999 million"),
        NumberCase(written: "1亿", zh: "1亿", en: "100 million"),
        NumberCase(written: "100000000", zh: "1亿", en: "100 million"),
        NumberCase(written: "999999999", zh: "9.99999999亿", en: "999.999999 million"),
        NumberCase(written: "10亿", zh: "10亿", en: "1 billion"),
        NumberCase(written: "1.5万亿", zh: "1.5万亿", en: "1.5 trillion"),
        NumberCase(written: "9999.99万", zh: "9999.99万", en: "99.9999 million"),
        NumberCase(written: "−29.4", zh: "−29.4", en: "−29.4"),
        NumberCase(written: "−258.5万", zh: "−258.5万", en: "−2.585 million"),
        NumberCase(written: "−3", zh: "−3", en: "−3"),
        NumberCase(written: "−0.0", zh: "0.0", en: "0.0"),
        NumberCase(written: "+5", zh: "5", en: "5"),
    ]

    @Test("Scaling boundaries, negatives and zero", arguments: boundaryCases)
    func boundaries(_ example: NumberCase) throws {
        let quantity = try Quantity.parse(example.written)
        #expect(zh.number(quantity, decimals: example.decimals) == example.zh)
        #expect(en.number(quantity, decimals: example.decimals) == example.en)
    }

    static let precisionCases: [NumberCase] = [
        // Written precision is kept, trailing zeros included.
        NumberCase(written: "91.30", zh: "91.30", en: "91.30"),
        NumberCase(written: "258.50万", zh: "258.50万", en: "2.5850 million"),
        NumberCase(written: "1.20万", zh: "1.20万", en: "12,000"),
        NumberCase(written: "300万", zh: "300万", en: "3 million"),
        NumberCase(written: "3000000", zh: "300万", en: "3 million"),
        NumberCase(written: "3.00亿", zh: "3.00亿", en: "300 million"),
        // The indicator's decimals win below the first scale…
        NumberCase(written: "85", decimals: 1, zh: "85.0", en: "85.0"),
        NumberCase(written: "91.35", decimals: 1, zh: "91.4", en: "91.4"),
        NumberCase(written: "0.125", decimals: 2, zh: "0.13", en: "0.13"),
        NumberCase(written: "−0.125", decimals: 2, zh: "−0.13", en: "−0.13"),
        NumberCase(written: "−0.004", decimals: 2, zh: "0.00", en: "0.00"),
        NumberCase(written: "12000", decimals: 1, zh: "1.2万", en: "12,000.0"),
        // …and scaled values keep every digit they were written with, adding none.
        NumberCase(written: "373万", decimals: 1, zh: "373万", en: "3.73 million"),
        NumberCase(written: "1234.5678万", zh: "1234.5678万", en: "12.345678 million"),
        NumberCase(written: "11.59亿", zh: "11.59亿", en: "1.159 billion"),
        NumberCase(written: "204.9万", zh: "204.9万", en: "2.049 million"),
        NumberCase(written: "9650.2亿", zh: "9650.2亿", en: "965.02 billion"),
        NumberCase(written: "311.52亿", zh: "311.52亿", en: "31.152 billion"),
        NumberCase(written: "3324.37万", zh: "3324.37万", en: "33.2437 million"),
        NumberCase(written: "57.49万", zh: "57.49万", en: "574,900"),
        NumberCase(written: "2.585", zh: "2.585", en: "2.585"),
        // Half away from zero, in decimal (2.585 is 2.58499… as a Double).
        NumberCase(written: "2.585", decimals: 2, zh: "2.59", en: "2.59"),
        NumberCase(written: "2.5", decimals: 0, zh: "3", en: "3"),
        NumberCase(written: "−2.5", decimals: 0, zh: "−3", en: "−3"),
    ]

    @Test("Precision: decimals, written precision, rounding", arguments: precisionCases)
    func precision(_ example: NumberCase) throws {
        let quantity = try Quantity.parse(example.written)
        #expect(zh.number(quantity, decimals: example.decimals) == example.zh)
        #expect(en.number(quantity, decimals: example.decimals) == example.en)
    }

    @Test func quantityWithoutParsing() {
        #expect(en.number(Quantity(2_585_000, exponent: 0)) == "2.585 million")
        #expect(zh.number(Quantity(2_585_000, exponent: 0)) == "258.5万")
        #expect(zh.number(Quantity(91.25, decimals: 1)) == "91.3")
        #expect(zh.number(Quantity(.nan, exponent: 0)) == "—")
        #expect(en.format(Quantity(.infinity, exponent: 0), unit: .km) == "—")
    }

    /// Marks and grouping come from the conventions, whatever the machine's locale.
    static let marks: [(style: NumberStyle, expected: String)] = [
        (en, "123,456.78"),
        (zh, "12.345678万"),
        (zhHant, "12.345678萬"),
        (NumberStyle(conventions: conventions(en, ["numbers.group": "\u{202F}", "numbers.decimal": ","])), "123\u{202F}456,78"),
        (NumberStyle(conventions: conventions(en, ["numbers.group": ".", "numbers.decimal": ","])), "123.456,78"),
    ]

    @Test("Marks and grouping from the language's conventions", arguments: marks)
    func conventionMarks(_ example: (style: NumberStyle, expected: String)) {
        #expect(example.style.number(Quantity(123_456.78, exponent: -2)) == example.expected)
    }

    @Test func groupedBelowAMillion() {
        let french = NumberStyle(conventions: conventions(en, ["numbers.group": "\u{202F}", "numbers.decimal": ","]))
        #expect(french.format(Quantity(6381, exponent: 0), unit: .inline(["en": "enterprises"])) == "6\u{202F}381 enterprises")
        #expect(french.number(Quantity(2_585_000, exponent: 3)) == "2,585 million")
        #expect(NumberStyle(conventions: conventions(en, ["numbers.group": ".", "numbers.decimal": ","])).number(Quantity(574_900, exponent: 2)) == "574.900")
        #expect(en.number(Quantity(1234.5, exponent: -1)) == "1,234.5")
        #expect(en.number(Quantity(123, exponent: 0)) == "123")
        #expect(NumberStyle(conventions: conventions(en, ["numbers.grouping": "0"])).number(Quantity(1234.5, exponent: -1)) == "1234.5")
    }

    @Test func periodNotStated() {
        #expect(zh.when(year: 2020, period: nil, unstated: true) == "时段未注明")
        #expect(en.when(year: 2020, period: nil, unstated: true) == "period not stated")
        #expect(zhHant.when(year: 2020, period: nil, unstated: true) == "時段未註明")
    }
}

@Suite("Extremes")
struct ExtremeTests {
    static let values: [Quantity] = [
        Quantity(1e300, exponent: 0), Quantity(-1e300, exponent: 290), Quantity(1e-300, exponent: -300),
        Quantity(.greatestFiniteMagnitude, exponent: 0), Quantity(5, exponent: -30), Quantity(5, exponent: 30),
        Quantity(9.2e18, exponent: 0), Quantity(-9.3e18, exponent: -5), Quantity(0, exponent: 400),
        Quantity(.leastNonzeroMagnitude, exponent: -400),
    ]

    @Test("No crash, some text", arguments: values)
    func extremes(_ quantity: Quantity) {
        for style in [zh, en] {
            #expect(!style.format(quantity, unit: .yuan).isEmpty)
            #expect(!style.change(quantity, kind: .absolute, unit: .tonnes).isEmpty)
            #expect(!style.axisTickLabel(quantity.value, step: quantity.value).isEmpty)
        }
    }
}
