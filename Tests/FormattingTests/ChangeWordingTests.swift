import Testing
import Formatting

private func q(_ text: String) -> Quantity { (try? Quantity.parse(text)) ?? Quantity(.nan, exponent: 0) }

/// One row of the change wording table: a change in each form, in both languages.
struct WordingCase: Sendable, CustomTestStringConvertible {
    var amount: String
    var kind: ChangeKind
    var unit: Unit
    var bound: Bound? = nil
    var zh: (words: String, size: String, signed: String)
    var en: (words: String, size: String, signed: String)
    var testDescription: String { "\(kind.rawValue) \(amount)\(bound.map { " \($0.rawValue)" } ?? "")" }
}

@Suite("Change wording")
struct ChangeWordingTests {
    static let zhStyle = NumberStyle.chinese
    static let enStyle = NumberStyle.english

    static let cases: [WordingCase] = [
        WordingCase(amount: "-29.4", kind: .relative, unit: .microgramsPerCubicMetre,
                    zh: ("下降29.4%", "29.4%", "\u{2212}29.4%"), en: ("down 29.4%", "29.4%", "\u{2212}29.4%")),
        WordingCase(amount: "44.3", kind: .relative, unit: .tonnesPerDay,
                    zh: ("增长44.3%", "44.3%", "+44.3%"), en: ("up 44.3%", "44.3%", "+44.3%")),
        WordingCase(amount: "0.0", kind: .relative, unit: .tonnesPerDay,
                    zh: ("持平", "0.0%", "0.0%"), en: ("unchanged", "0.0%", "0.0%")),
        WordingCase(amount: "1.7", kind: .points, unit: .percent,
                    zh: ("提高1.7个百分点", "1.7个百分点", "+1.7个百分点"), en: ("up 1.7 percentage points", "1.7 percentage points", "+1.7 pp")),
        WordingCase(amount: "-0.4", kind: .points, unit: .percent,
                    zh: ("下降0.4个百分点", "0.4个百分点", "\u{2212}0.4个百分点"), en: ("down 0.4 percentage points", "0.4 percentage points", "\u{2212}0.4 pp")),
        WordingCase(amount: "1", kind: .points, unit: .percent,
                    zh: ("提高1个百分点", "1个百分点", "+1个百分点"), en: ("up 1 percentage point", "1 percentage point", "+1 pp")),
        WordingCase(amount: "0", kind: .points, unit: .percent,
                    zh: ("持平", "0个百分点", "0个百分点"), en: ("unchanged", "0 percentage points", "0 pp")),
        WordingCase(amount: "1.2万", kind: .absolute, unit: .km,
                    zh: ("增加1.2万公里", "1.2万公里", "+1.2万公里"), en: ("up 12,000 km", "12,000 km", "+12,000 km")),
        WordingCase(amount: "-16", kind: .absolute, unit: .microgramsPerCubicMetre,
                    zh: ("下降16微克/立方米", "16微克/立方米", "\u{2212}16微克/立方米"), en: ("down 16 μg/m³", "16 μg/m³", "\u{2212}16 μg/m³")),
        WordingCase(amount: "0", kind: .absolute, unit: .days,
                    zh: ("持平", "0天", "0天"), en: ("unchanged", "0 days", "0 days")),
        WordingCase(amount: "40", kind: .relative, unit: .count, bound: .moreThan,
                    zh: ("增长超过40%", "超过40%", "超过+40%"), en: ("up more than 40%", "more than 40%", "more than +40%")),
        WordingCase(amount: "-30", kind: .relative, unit: .count, bound: .about,
                    zh: ("下降约30%", "约30%", "约\u{2212}30%"), en: ("down about 30%", "about 30%", "about \u{2212}30%")),
        WordingCase(amount: "40", kind: .relative, unit: .count, bound: .atLeast,
                    zh: ("增长40%以上", "40%以上", "+40%以上"), en: ("up at least 40%", "at least 40%", "at least +40%")),
        WordingCase(amount: "0", kind: .relative, unit: .count, bound: .about,
                    zh: ("基本持平", "约0%", "约0%"), en: ("roughly unchanged", "about 0%", "about 0%")),
    ]

    @Test(arguments: cases)
    func wording(_ example: WordingCase) {
        let amount = q(example.amount)
        for (style, expected) in [(Self.zhStyle, example.zh), (Self.enStyle, example.en)] {
            #expect(style.change(amount, kind: example.kind, unit: example.unit, bound: example.bound, form: .words) == expected.words)
            #expect(style.change(amount, kind: example.kind, unit: example.unit, bound: example.bound, form: .size) == expected.size)
            #expect(style.change(amount, kind: example.kind, unit: example.unit, bound: example.bound, form: .signed) == expected.signed)
        }
    }

    /// No ASCII hyphen-minus in any shown negative number: values, changes, ticks.
    @Test func negativesUseTheMinusSign() {
        for style in [Self.zhStyle, Self.enStyle] {
            #expect(!style.number(q("-3")).contains("-"))
            #expect(!style.format(q("-258.5万"), unit: .tonnesPerDay).contains("-"))
            #expect(!style.change(q("-1.5"), kind: .points, unit: .percent).contains("-"))
            #expect(!style.axisTickLabel(-20, step: 10).contains("-"))
        }
    }

    @Test(arguments: Bound.allCases)
    func qualifiers(_ bound: Bound) {
        let zh: [Bound: String] = [.atLeast: "90%以上", .moreThan: "超过90%", .about: "约90%", .atMost: "不超过90%", .lessThan: "低于90%"]
        let en: [Bound: String] = [.atLeast: "at least 90%", .moreThan: "more than 90%", .about: "about 90%", .atMost: "at most 90%", .lessThan: "less than 90%"]
        #expect(Self.zhStyle.format(q("90"), unit: .percent, bound: bound) == zh[bound])
        #expect(Self.enStyle.format(q("90"), unit: .percent, bound: bound) == en[bound])
    }

    @Test func periods() {
        #expect(Self.zhStyle.period(Period(first: 2016, last: 2020, aggregate: .total)) == "2016—2020年累计")
        #expect(Self.zhStyle.period(Period(first: 2016, last: 2020, aggregate: .average)) == "2016—2020年年均")
        #expect(Self.enStyle.period(Period(first: 2016, last: 2020, aggregate: .total)) == "2016–2020 total")
        #expect(Self.enStyle.period(Period(first: 2016, last: 2020, aggregate: .average)) == "2016–2020 average")
        #expect(Self.zhStyle.when(year: 2020, period: nil) == "2020年")
    }
}
