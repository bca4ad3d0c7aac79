import Testing
import Formatting

private func q(_ text: String) -> Quantity {
    (try? Quantity.parse(text)) ?? Quantity(.nan, exponent: 0)
}

private func points(_ pairs: [(Int, String)]) -> [YearlyValue] {
    pairs.map { YearlyValue(year: $0.0, value: q($0.1)) }
}

/// Series and the sentences that describe them.
struct SeriesCase: Sendable, CustomTestStringConvertible {
    var name: String
    var values: [YearlyValue]
    var zh: String
    var en: String
    var testDescription: String { name }
}

@Suite("Chart description sentences")
struct SentenceTests {
    static let series: [SeriesCase] = [
        SeriesCase(
            name: "rise, two points",
            values: points([(2015, "258.5万"), (2020, "373万")]),
            zh: "污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日。",
            en: "Sewage treatment capacity rose from 2.585 million t/day in 2015 to 3.73 million t/day in 2020."),
        SeriesCase(
            name: "fall, unsorted input",
            values: points([(2020, "300万"), (2015, "373万")]),
            zh: "污水处理能力由2015年的373万吨/日降至2020年的300万吨/日。",
            en: "Sewage treatment capacity fell from 3.73 million t/day in 2015 to 3 million t/day in 2020."),
        SeriesCase(
            name: "more than two points",
            values: points([(2015, "258.5万"), (2018, "380万"), (2019, "250万"), (2020, "373万")]),
            zh: "污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日，其中2018年最高（380万吨/日），2019年最低（250万吨/日）。",
            en: "Sewage treatment capacity rose from 2.585 million t/day in 2015 to 3.73 million t/day in 2020; the highest value was 3.8 million t/day in 2018 and the lowest 2.5 million t/day in 2019."),
        SeriesCase(
            name: "ties for highest",
            values: points([(2017, "300万"), (2018, "373万"), (2019, "373万"), (2020, "350万")]),
            zh: "污水处理能力由2017年的300万吨/日增至2020年的350万吨/日，其中2018年、2019年最高（373万吨/日），2017年最低（300万吨/日）。",
            en: "Sewage treatment capacity rose from 3 million t/day in 2017 to 3.5 million t/day in 2020; the highest value was 3.73 million t/day in 2018 and 2019 and the lowest 3 million t/day in 2017."),
        SeriesCase(
            name: "unchanged",
            values: points([(2015, "373万"), (2016, "373万"), (2020, "373万")]),
            zh: "污水处理能力2015年至2020年保持在373万吨/日。",
            en: "Sewage treatment capacity stayed at 3.73 million t/day from 2015 to 2020."),
        SeriesCase(
            name: "same at both ends",
            values: points([(2015, "373万"), (2020, "373万"), (2018, "400万")]),
            zh: "污水处理能力2015年和2020年均为373万吨/日，其中2018年最高（400万吨/日），2015年、2020年最低（373万吨/日）。",
            en: "Sewage treatment capacity was 3.73 million t/day in both 2015 and 2020; the highest value was 4 million t/day in 2018 and the lowest 3.73 million t/day in 2015 and 2020."),
        SeriesCase(
            name: "one point",
            values: points([(2020, "373万")]),
            zh: "污水处理能力2020年为373万吨/日。",
            en: "Sewage treatment capacity was 3.73 million t/day in 2020."),
        SeriesCase(
            name: "no points",
            values: [],
            zh: "污水处理能力无数据。",
            en: "Sewage treatment capacity has no data."),
    ]

    @Test("One series over years", arguments: series)
    func oneSeries(_ example: SeriesCase) {
        #expect(zh.seriesDescription("污水处理能力", values: example.values, unit: .tonnesPerDay) == example.zh)
        #expect(en.seriesDescription("Sewage treatment capacity", values: example.values, unit: .tonnesPerDay) == example.en)
    }

    @Test func severalSeries() {
        let zhLines = [
            YearlySeries(name: "东莞市", values: points([(2015, "258.5万"), (2020, "373万")])),
            YearlySeries(name: "珠海市", values: points([(2020, "60万")])),
            YearlySeries(name: "中山市", values: []),
        ]
        #expect(zh.seriesDescription("污水处理能力", series: zhLines, unit: .tonnesPerDay)
            == "污水处理能力：东莞市由2015年的258.5万吨/日增至2020年的373万吨/日；珠海市2020年为60万吨/日；中山市无数据。")
        let enLines = [
            YearlySeries(name: "Dongguan", values: points([(2015, "258.5万"), (2020, "373万")])),
            YearlySeries(name: "Zhuhai", values: points([(2020, "60万")])),
        ]
        #expect(en.seriesDescription("Sewage treatment capacity", series: enLines, unit: .tonnesPerDay)
            == "Sewage treatment capacity: Dongguan rose from 2.585 million t/day in 2015 to 3.73 million t/day in 2020; Zhuhai was 600,000 t/day in 2020.")
        // A single series reads as one.
        #expect(zh.seriesDescription("东莞市污水处理能力", series: [zhLines[0]], unit: .tonnesPerDay)
            == "东莞市污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日。")
        #expect(en.seriesDescription("Sewage treatment capacity", series: [], unit: .tonnesPerDay)
            == "Sewage treatment capacity: no data.")
    }

    @Test func percentSeriesWithDecimals() {
        let values = points([(2019, "89.6"), (2020, "91.3"), (2021, "93")])
        #expect(zh.seriesDescription("空气质量优良天数比例", values: values, unit: .percent, decimals: 1)
            == "空气质量优良天数比例由2019年的89.6%增至2021年的93.0%，其中2021年最高（93.0%），2019年最低（89.6%）。")
    }

    @Test func comparison() {
        let zhBars = [
            CategoryValue(label: "东莞市", value: q("91.3")),
            CategoryValue(label: "珠海市", value: q("95.6")),
            CategoryValue(label: "中山市", value: q("93.2")),
        ]
        #expect(zh.comparisonDescription("空气质量优良天数比例", items: zhBars, unit: .percent, year: 2020)
            == "2020年空气质量优良天数比例：珠海市最高（95.6%），东莞市最低（91.3%）。")
        let enBars = [
            CategoryValue(label: "Dongguan", value: q("91.3")),
            CategoryValue(label: "Zhuhai", value: q("95.6"), year: 2021),
            CategoryValue(label: "Zhongshan", value: q("91.3")),
        ]
        #expect(en.comparisonDescription("Share of days with good air quality", items: enBars, unit: .percent, year: 2020)
            == "Share of days with good air quality in 2020: Dongguan 91.3%, Zhuhai 95.6% in 2021, Zhongshan 91.3%.")
        #expect(zh.comparisonDescription("空气质量优良天数比例", items: [CategoryValue(label: "珠海市", value: q("95.6"), year: 2021)], unit: .percent, year: 2020)
            == "2020年空气质量优良天数比例：珠海市2021年为95.6%。")
        #expect(en.comparisonDescription("Share of days with good air quality", items: [CategoryValue(label: "Zhuhai", value: q("95.6"))], unit: .percent)
            == "Share of days with good air quality was 95.6% for Zhuhai.")
        let equal = [CategoryValue(label: "东莞市", value: q("18")), CategoryValue(label: "珠海市", value: q("18"))]
        #expect(zh.comparisonDescription("PM2.5年均浓度", items: equal, unit: .microgramsPerCubicMetre)
            == "PM2.5年均浓度：东莞市、珠海市均为18微克/立方米。")
        let equalEn = [CategoryValue(label: "Dongguan", value: q("18")), CategoryValue(label: "Zhuhai", value: q("18"))]
        #expect(en.comparisonDescription("PM2.5 concentration", items: equalEn, unit: .microgramsPerCubicMetre, year: 2020)
            == "PM2.5 concentration in 2020: Dongguan and Zhuhai have the same value (18 μg/m³).")
        #expect(zh.comparisonDescription("PM2.5年均浓度", items: [], unit: .microgramsPerCubicMetre) == "PM2.5年均浓度：无数据。")
        #expect(en.comparisonDescription("PM2.5 concentration", items: [], unit: .microgramsPerCubicMetre) == "PM2.5 concentration: no data.")
    }

    @Test func changes() {
        let zhChanges = [
            NamedChange(name: "PM2.5年均浓度", unit: .microgramsPerCubicMetre,
                        change: YearChange(from: 2017, to: 2020, amount: q("-29.4"), kind: .relative)),
            NamedChange(name: "空气质量优良天数比例", unit: .percent, decimals: 1,
                        change: YearChange(from: 2020, to: 2021, amount: q("1.7"), kind: .points)),
            NamedChange(name: "PM2.5年均浓度", unit: .microgramsPerCubicMetre,
                        change: YearChange(from: 2015, to: 2020, amount: q("-16"), kind: .absolute)),
            NamedChange(name: "污水处理能力", unit: .tonnesPerDay,
                        change: YearChange(from: 2019, to: 2020, amount: q("0"), kind: .relative)),
        ]
        #expect(zh.changesDescription(zhChanges, subject: "东莞市")
            == "东莞市：PM2.5年均浓度2017—2020年下降29.4%；空气质量优良天数比例2020—2021年提高1.7个百分点；PM2.5年均浓度2015—2020年下降16微克/立方米；污水处理能力2019—2020年持平。")
        let enChanges = [
            NamedChange(name: "PM2.5 concentration", unit: .microgramsPerCubicMetre,
                        change: YearChange(from: 2017, to: 2020, amount: q("-29.4"), kind: .relative)),
            NamedChange(name: "Share of days with good air quality", unit: .percent, decimals: 1,
                        change: YearChange(from: 2020, to: 2021, amount: q("1.7"), kind: .points)),
            NamedChange(name: "Good days", unit: .days,
                        change: YearChange(from: 2020, to: 2021, amount: q("1"), kind: .absolute)),
            NamedChange(name: "Sewage treatment capacity", unit: .tonnesPerDay,
                        change: YearChange(from: 2019, to: 2020, amount: q("0.0"), kind: .relative)),
        ]
        #expect(en.changesDescription(enChanges, subject: "Dongguan")
            == "Dongguan: PM2.5 concentration fell by 29.4% from 2017 to 2020; Share of days with good air quality rose by 1.7 percentage points from 2020 to 2021; Good days rose by 1 day from 2020 to 2021; Sewage treatment capacity was unchanged from 2019 to 2020.")
        #expect(en.changesDescription([NamedChange(name: "Good days share", unit: .percent,
                                                   change: YearChange(from: 2020, to: 2021, amount: q("1"), kind: .points))])
            == "Good days share rose by 1 percentage point from 2020 to 2021.")
        #expect(zh.changesDescription([]) == "无报告的变化。")
        #expect(zh.changesDescription([], subject: "东莞市") == "东莞市：无报告的变化。")
        #expect(en.changesDescription([]) == "No reported changes.")
        #expect(en.changesDescription([], subject: "Dongguan") == "Dongguan: no reported changes.")
    }

    @Test func kpi() {
        let points = YearChange(from: 2019, to: 2020, amount: q("1.7"), kind: .points)
        #expect(zh.kpiDescription("空气质量优良天数比例", year: 2020, value: q("91.3"), unit: .percent, decimals: 1, change: points)
            == "2020年空气质量优良天数比例为91.3%，较2019年提高1.7个百分点。")
        #expect(en.kpiDescription("Share of days with good air quality", year: 2020, value: q("91.3"), unit: .percent, decimals: 1, change: points)
            == "Share of days with good air quality was 91.3% in 2020, up 1.7 percentage points from 2019.")
        let relative = YearChange(from: 2017, to: 2020, amount: q("-29.4"), kind: .relative)
        #expect(zh.kpiDescription("PM2.5年均浓度", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: relative)
            == "2020年PM2.5年均浓度为31微克/立方米，较2017年下降29.4%。")
        #expect(en.kpiDescription("PM2.5 concentration", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: relative)
            == "PM2.5 concentration was 31 μg/m³ in 2020, down 29.4% from 2017.")
        let earlier = YearChange(from: 2017, to: 2019, amount: q("-10"), kind: .relative)
        #expect(zh.kpiDescription("PM2.5年均浓度", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: earlier)
            == "2020年PM2.5年均浓度为31微克/立方米，2017—2019年下降10%。")
        #expect(en.kpiDescription("PM2.5 concentration", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: earlier)
            == "PM2.5 concentration was 31 μg/m³ in 2020; from 2017 to 2019 it fell by 10%.")
        let none = YearChange(from: 2019, to: 2020, amount: q("0"), kind: .absolute)
        #expect(zh.kpiDescription("PM2.5年均浓度", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: none)
            == "2020年PM2.5年均浓度为31微克/立方米，与2019年持平。")
        #expect(en.kpiDescription("PM2.5 concentration", year: 2020, value: q("31"), unit: .microgramsPerCubicMetre, change: none)
            == "PM2.5 concentration was 31 μg/m³ in 2020, unchanged from 2019.")
        #expect(zh.kpiDescription("污水处理能力", year: 2020, value: q("373万"), unit: .tonnesPerDay)
            == "2020年污水处理能力为373万吨/日。")
        #expect(en.kpiDescription("Sewage treatment capacity", year: 2020, value: q("373万"), unit: .tonnesPerDay)
            == "Sewage treatment capacity was 3.73 million t/day in 2020.")
    }

    /// Bounds, periods and zero counts in generated sentences: qualifier words, the period,
    /// `为零` / `none`, and no ranking of what cannot be ranked.
    @Test func boundsPeriodsAndZeros() {
        #expect(zh.kpiDescription("丙市受污染耕地安全利用率", year: 2020, value: q("90"), unit: .percent, bound: .atLeast)
            == "2020年丙市受污染耕地安全利用率达90%以上。")
        #expect(en.kpiDescription("Gamma: safe use of contaminated farmland", year: 2020, value: q("90"), unit: .percent, bound: .atLeast)
            == "Gamma: safe use of contaminated farmland was at least 90% in 2020.")
        #expect(zh.kpiDescription("丙市治水项目", year: 2020, value: q("600"), unit: .inline(["zh": "个", "en": "projects"]), bound: .moreThan)
            == "2020年丙市治水项目超过600个。")
        #expect(en.kpiDescription("Gamma: sewage works spending", year: 2020, value: q("712亿"), unit: .yuan, bound: .about)
            == "Gamma: sewage works spending was about CNY 71.2 billion in 2020.")
        let total = Period(first: 2016, last: 2020, aggregate: .total)
        #expect(zh.kpiDescription("丙市散乱污整治", year: 2020, value: q("5.6万"), unit: .inline(["zh": "家", "en": "sites"]), bound: .moreThan, period: total)
            == "丙市散乱污整治2016—2020年累计超过5.6万家。")
        #expect(en.kpiDescription("Gamma: scattered polluters", year: 2020, value: q("5.6万"), unit: .inline(["zh": "家", "en": "sites"]), bound: .moreThan, period: total)
            == "Gamma: scattered polluters, 2016–2020 total: more than 56,000 sites.")
        let average = Period(first: 2016, last: 2020, aggregate: .average)
        #expect(zh.kpiDescription("丙市生产总值增速", year: 2020, value: q("7.1"), unit: .percent, period: average) == "丙市生产总值增速2016—2020年年均7.1%。")
        #expect(en.kpiDescription("Gamma: GDP growth", year: 2020, value: q("7.1"), unit: .percent, period: average) == "Gamma: GDP growth, 2016–2020 average: 7.1%.")
        // A count of nothing.
        let incidents = Unit.inline(["zh": "起", "en": "incidents"])
        #expect(zh.kpiDescription("丙市突发环境事件", year: 2021, value: q("0"), unit: incidents) == "2021年丙市突发环境事件为零。")
        #expect(en.kpiDescription("Gamma: environmental emergencies", year: 2021, value: q("0"), unit: incidents) == "Gamma: environmental emergencies: none in 2021.")
        #expect(zh.seriesDescription("突发环境事件", values: points([(2020, "0"), (2021, "0")]), unit: incidents) == "突发环境事件2020年至2021年均为零。")
        #expect(en.seriesDescription("Environmental emergencies", values: points([(2020, "0"), (2021, "0")]), unit: incidents)
            == "Environmental emergencies: none from 2020 to 2021.")
        // A bounded point: stated with its qualifier, no highest or lowest named.
        let bounded = [YearlyValue(year: 2018, value: q("80")), YearlyValue(year: 2019, value: q("95")), YearlyValue(year: 2020, value: q("90"), bound: .atLeast)]
        #expect(zh.seriesDescription("安全利用率", values: bounded, unit: .percent) == "安全利用率由2018年的80%增至2020年的90%以上。")
        #expect(en.seriesDescription("Safe use", values: bounded, unit: .percent) == "Safe use rose from 80% in 2018 to at least 90% in 2020.")
        // A bounded reported change, in words.
        let more = [NamedChange(name: "PM2.5年均浓度", unit: .microgramsPerCubicMetre,
                                change: YearChange(from: 2015, to: 2020, amount: q("40"), kind: .relative, bound: .moreThan))]
        #expect(zh.changesDescription(more) == "PM2.5年均浓度2015—2020年增长超过40%。")
        #expect(en.changesDescription(more.map { var c = $0; c.name = "PM2.5"; return c }) == "PM2.5 rose by more than 40% from 2015 to 2020.")
    }

    /// Categories of different years, different indicators or bounded values are stated in
    /// turn, never ranked.
    @Test func unrankableComparisons() {
        let years = [CategoryValue(label: "东莞市", value: q("91.3"), year: 2020), CategoryValue(label: "珠海市", value: q("95.1"), year: 2021)]
        #expect(zh.comparisonDescription("空气质量优良天数比例", items: years, unit: .percent)
            == "空气质量优良天数比例：东莞市2020年为91.3%，珠海市2021年为95.1%。")
        let yearsEn = [CategoryValue(label: "Dongguan", value: q("91.3"), year: 2020), CategoryValue(label: "Zhuhai", value: q("95.1"), year: 2021)]
        #expect(en.comparisonDescription("Share of good days", items: yearsEn, unit: .percent)
            == "Share of good days: Dongguan 91.3% in 2020, Zhuhai 95.1% in 2021.")
        let indicators = [CategoryValue(label: "空气污染天数", value: q("18")), CategoryValue(label: "臭氧超标天数", value: q("12"))]
        #expect(zh.comparisonDescription("东莞市2020年", items: indicators, unit: .days, rankable: false)
            == "东莞市2020年：空气污染天数为18天，臭氧超标天数为12天。")
        // A subject naming the year already does not get it twice.
        #expect(zh.comparisonDescription("东莞市2020年", items: indicators, unit: .days, year: 2020, rankable: false)
            == "东莞市2020年：空气污染天数为18天，臭氧超标天数为12天。")
        #expect(en.comparisonDescription("Dongguan, 2020", items: indicators, unit: .days, year: 2020, rankable: false)
            == "Dongguan, 2020: 空气污染天数 18 days, 臭氧超标天数 12 days.")
        let bound = [CategoryValue(label: "Dongguan", value: q("90"), bound: .atLeast), CategoryValue(label: "Zhuhai", value: q("92"))]
        #expect(en.comparisonDescription("Safe use", items: bound, unit: .percent, year: 2020)
            == "Safe use in 2020: Dongguan at least 90%, Zhuhai 92%.")
    }
}
