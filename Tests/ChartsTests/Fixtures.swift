@testable import Charts

/// Realistic charts in Chinese and English for snapshots and layout tests.
enum Fixtures {
    static func trimmed(_ value: Double, decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var s = String(rounded)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    /// 万/亿 for Chinese ticks.
    static let zhTick: @Sendable (Double) -> String = { v in
        if abs(v) >= 1e8 { return trimmed(v / 1e8) + "亿" }
        if abs(v) >= 1e4 { return trimmed(v / 1e4) + "万" }
        return trimmed(v)
    }

    /// k/M/B for English ticks.
    static let enTick: @Sendable (Double) -> String = { v in
        if abs(v) >= 1e9 { return trimmed(v / 1e9) + "B" }
        if abs(v) >= 1e6 { return trimmed(v / 1e6) + "M" }
        if abs(v) >= 1e3 { return trimmed(v / 1e3) + "k" }
        return trimmed(v)
    }

    static func zhText(_ title: String, _ description: String, _ subtitle: String = "万吨/日 · 2015–2020年") -> ChartText {
        ChartText(title: title, description: description, derivedLabel: "推算值", formatTick: zhTick,
                  formatYear: { "\($0)年" }, assessmentLabels: [.good: "改善", .bad: "恶化", .neutral: "持平"],
                  subtitle: subtitle)
    }

    static func enText(_ title: String, _ description: String, _ subtitle: String = "million t/day · 2015–2020") -> ChartText {
        ChartText(title: title, description: description, derivedLabel: "derived", formatTick: enTick,
                  assessmentLabels: [.good: "better", .bad: "worse", .neutral: "no change"], subtitle: subtitle)
    }

    static let sewage: [(Int, Double, Bool)] = [
        (2015, 2_585_000, false), (2016, 2_740_000, false), (2017, 2_960_000, false),
        (2018, 3_180_000, true), (2019, 3_450_000, false), (2020, 3_730_000, false),
    ]
    static let shenzhen: [(Int, Double, Bool)] = [
        (2015, 4_490_000, false), (2016, 4_800_000, false), (2018, 5_880_000, false),
        (2019, 6_250_000, false), (2020, 6_700_000, false),
    ]

    static func zhPoints(_ data: [(Int, Double, Bool)]) -> [ChartPoint] {
        data.map { ChartPoint(year: $0.0, value: $0.1, label: trimmed($0.1 / 1e4, decimals: 1) + "万吨/日", derived: $0.2) }
    }

    static func enPoints(_ data: [(Int, Double, Bool)]) -> [ChartPoint] {
        data.map { ChartPoint(year: $0.0, value: $0.1, label: trimmed($0.1 / 1e6) + " million t/day", derived: $0.2) }
    }

    static let all: [(name: String, chart: Chart)] = [
        ("line-zh", Chart(content: .line([
            ChartSeries(name: "东莞市", points: zhPoints(sewage)),
            ChartSeries(name: "深圳市", points: zhPoints(shenzhen)),
        ]), text: zhText("污水处理能力", "东莞市污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日；深圳市缺2017年数据。"))),
        ("line-en", Chart(content: .line([
            ChartSeries(name: "Dongguan", points: enPoints(sewage)),
            ChartSeries(name: "Shenzhen", points: enPoints(shenzhen)),
        ]), text: enText("Sewage treatment capacity",
                         "Dongguan's sewage treatment capacity rose from 2.59 million t/day in 2015 to 3.73 million t/day in 2020."))),
        ("column-zh", Chart(content: .column([ChartSeries(name: "东莞市", points: zhPoints(sewage))]),
                            text: zhText("污水处理能力", "东莞市污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日。"))),
        ("column-en", Chart(content: .column([ChartSeries(name: "Dongguan", points: enPoints(sewage))]),
                            text: enText("Sewage treatment capacity",
                                         "Dongguan's sewage treatment capacity rose from 2.59 to 3.73 million t/day between 2015 and 2020."))),
        ("bar-zh", Chart(content: .bar([
            BarItem(label: "东莞市", value: 3_730_000, valueLabel: "373万吨/日"),
            BarItem(label: "深圳市", value: 6_700_000, valueLabel: "670万吨/日"),
            BarItem(label: "珠海市", value: 1_190_000, valueLabel: "119万吨/日", note: "2019年"),
            BarItem(label: "中山市", value: 1_500_000, valueLabel: "150万吨/日", derived: true),
        ]), text: zhText("各市污水处理能力", "2020年深圳市污水处理能力最高，为670万吨/日；东莞市为373万吨/日。"))),
        ("bar-en", Chart(content: .bar([
            BarItem(label: "Dongguan", value: 3_730_000, valueLabel: "3.73 million t/day"),
            BarItem(label: "Shenzhen", value: 6_700_000, valueLabel: "6.7 million t/day"),
            BarItem(label: "Zhuhai", value: 1_190_000, valueLabel: "1.19 million t/day", note: "2019"),
            BarItem(label: "Zhongshan", value: 1_500_000, valueLabel: "1.5 million t/day", derived: true),
        ]), text: enText("Sewage treatment capacity by city",
                         "In 2020 Shenzhen had the largest sewage treatment capacity, 6.7 million t/day; Dongguan had 3.73 million t/day."))),
        ("change-zh", Chart(content: .change([
            ChangeItem(label: "PM2.5年均浓度", value: -29.4, valueLabel: "-29.4%", assessment: .good),
            ChangeItem(label: "空气质量优良天数比例", value: 1.7, valueLabel: "+1.7个百分点", assessment: .good),
            ChangeItem(label: "臭氧日最大8小时平均浓度", value: 12.5, valueLabel: "+12.5%", assessment: .bad),
            ChangeItem(label: "化学需氧量排放总量", value: -18.2, valueLabel: "-18.2%", assessment: .good),
            ChangeItem(label: "工业用水重复利用率", value: 0, valueLabel: "0%", assessment: .neutral),
        ]), text: zhText("“十三五”期间主要指标变化", "2015年至2020年，PM2.5年均浓度下降29.4%，臭氧浓度上升12.5%。",
                                                           "2015–2020年变化"))),
        ("change-en", Chart(content: .change([
            ChangeItem(label: "Annual mean PM2.5", value: -29.4, valueLabel: "-29.4%", assessment: .good),
            ChangeItem(label: "Share of days with good air quality", value: 1.7, valueLabel: "+1.7 pp", assessment: .good),
            ChangeItem(label: "Ozone (daily maximum 8-hour mean)", value: 12.5, valueLabel: "+12.5%", assessment: .bad),
            ChangeItem(label: "Chemical oxygen demand discharged", value: -18.2, valueLabel: "-18.2%", assessment: .good),
            ChangeItem(label: "Industrial water reuse rate", value: 0, valueLabel: "0%", assessment: .neutral),
        ]), text: enText("Changes in key indicators, 2015–2020",
                         "From 2015 to 2020 annual mean PM2.5 fell 29.4% while ozone rose 12.5%.", "Change, 2015–2020"))),
        ("change-shared-en", Chart(content: .change([
            ChangeItem(label: "Petitions", value: -9.66, valueLabel: "-9.66%", assessment: .neutral),
        ]), text: enText("Petitions, change on 2020", "Petitions fell 9.66% from 2020 to 2021.", "Change, 2020–2021"),
            sharedDomain: -100...100)),
        ("yoy-zh", Chart(content: .change([
            ChangeItem(label: "2016–17", value: -3.1, valueLabel: "-3.1%", assessment: .good),
            ChangeItem(label: "2017–18", value: 5.2, valueLabel: "+5.2%", assessment: .bad),
            ChangeItem(label: "2018–19", value: -12.0, valueLabel: "-12.0%", assessment: .good),
            ChangeItem(label: "2019–20", value: -20.4, valueLabel: "-20.4%", assessment: .good),
        ]), text: zhText("PM2.5年均浓度逐年变化", "PM2.5年均浓度2019至2020年下降20.4%。", "较上年变化，2016–2020年"))),
        ("column-zero-en", Chart(content: .column([ChartSeries(name: "Haze days", points: [
            ChartPoint(year: 2020, value: 12, label: "12 days"), ChartPoint(year: 2021, value: 3, label: "3 days", derived: true),
            ChartPoint(year: 2022, value: 5, label: "5 days"), ChartPoint(year: 2023, value: 0, label: "0 days"),
        ])]), text: enText("Haze days", "There were no haze days in 2023, down from 12 in 2020.", "days · 2020–2023"))),
        ("kpi-zh", Chart(content: .kpi(KPIContent(
            valueLabel: "373万吨/日", caption: "2020年污水处理能力",
            change: KPIChange(label: "较2015年增加44.3%", direction: .up, assessment: .good),
            sparkline: zhPoints(sewage)
        )), text: zhText("污水处理能力", "2020年东莞市污水处理能力为373万吨/日，较2015年增加44.3%。"))),
        ("kpi-en", Chart(content: .kpi(KPIContent(
            valueLabel: "3.73 million t/day", caption: "Sewage treatment capacity, 2020",
            change: KPIChange(label: "+44.3% since 2015", direction: .up, assessment: .good),
            sparkline: enPoints(sewage)
        )), text: enText("Sewage treatment capacity",
                         "Dongguan's sewage treatment capacity was 3.73 million t/day in 2020, up 44.3% since 2015."))),
    ]
}
