import Testing
import Formatting

/// A change reported as a multiple (`ratio`) is written as the multiple of the earlier year's
/// level it is, in every form and both languages, never as a percentage or with a sign.
@Suite("Multiple wording")
struct MultipleWordingTests {
    static let six = Quantity(6.5, exponent: -1)

    @Test(arguments: [
        // bound, zh words, zh signed, en words/signed
        (nil, "为2015年的6.5倍", "2015年的6.5倍", "6.5 times the 2015 level"),
        (Bound.about, "约为2015年的6.5倍", "约2015年的6.5倍", "about 6.5 times the 2015 level"),
        (Bound.atLeast, "为2015年的6.5倍以上", "2015年的6.5倍以上", "at least 6.5 times the 2015 level"),
        (Bound.moreThan, "超过2015年的6.5倍", "超过2015年的6.5倍", "more than 6.5 times the 2015 level"),
    ] as [(Bound?, String, String, String)])
    func aMultipleNamesTheLevelItIsOf(bound: Bound?, zhWords: String, zhSigned: String, en: String) {
        let zh = NumberStyle.chinese, english = NumberStyle.english
        #expect(zh.change(Self.six, kind: .ratio, unit: .count, bound: bound, form: .words, from: 2015) == zhWords)
        #expect(zh.change(Self.six, kind: .ratio, unit: .count, bound: bound, form: .signed, from: 2015) == zhSigned)
        #expect(zh.change(Self.six, kind: .ratio, unit: .count, bound: bound, form: .size, from: 2015) == zhSigned)
        for form in NumberStyle.ChangeForm.allCases {
            #expect(english.change(Self.six, kind: .ratio, unit: .count, bound: bound, form: form, from: 2015) == en)
        }
    }

    @Test func withoutItsYearAMultipleIsStillAMultiple() {
        // The indicator's decimals never round a multiple: it is shown as written.
        #expect(NumberStyle.chinese.change(Self.six, kind: .ratio, unit: .count, decimals: 0) == "6.5倍")
        #expect(NumberStyle.english.change(Self.six, kind: .ratio, unit: .count, decimals: 0) == "6.5 times")
    }

    @Test func aMultipleMovesFromOne() {
        #expect(ChangeKind.ratio.movement(6.5) == 5.5)
        #expect(ChangeKind.ratio.movement(0.8) < 0)
        #expect(ChangeKind.ratio.movement(1) == 0)
        #expect(ChangeKind.relative.movement(-29.4) == -29.4)
    }

    @Test func noPercentageIsComputedFromAMultiple() {
        #expect(Quantity.change(from: Quantity(982, exponent: 0), to: Quantity(6381, exponent: 0), kind: .ratio) == nil)
    }

    @Test func sentencesStateTheMultiple() {
        let change = YearChange(from: 2015, to: 2020, amount: Self.six, kind: .ratio)
        #expect(NumberStyle.chinese.kpiDescription("国家高新技术企业", year: 2020, value: Quantity(6381, exponent: 0), unit: .count, change: change)
            == "2020年国家高新技术企业为6381，为2015年的6.5倍。")
        #expect(NumberStyle.english.kpiDescription("High-tech enterprises", year: 2020, value: Quantity(6381, exponent: 0), unit: .count, change: change)
            == "High-tech enterprises was 6,381 in 2020, 6.5 times the 2015 level.")
        let named = [NamedChange(name: "国家高新技术企业", unit: .count, change: change)]
        #expect(NumberStyle.chinese.changesDescription(named, subject: "东莞市") == "东莞市：国家高新技术企业2020年为2015年的6.5倍。")
        let english = [NamedChange(name: "high-tech enterprises", unit: .count, change: change)]
        #expect(NumberStyle.english.changesDescription(english, subject: "Dongguan")
            == "Dongguan: high-tech enterprises in 2020 was 6.5 times the 2015 level.")
    }
}
