/// The standard flavor: two reports per city shaped like the real ones — a five-year review
/// and an annual bulletin, each with sections by category, four charts, lists and a source line.
extension NarrativeWriter {
    func standardReports(random: inout SeededRandom) -> [NarrativeText] {
        let month = random.int(in: 1...9), day = random.int(in: 10...28)
        // Both languages draw the same choices (same charts, same figures), as translations do.
        let reviewSeed = random.next(), bulletinSeed = random.next()
        var texts: [NarrativeText] = []
        for language in ["zh", "en"] {
            var reviewRandom = SeededRandom(seed: reviewSeed), bulletinRandom = SeededRandom(seed: bulletinSeed)
            texts.append(NarrativeText(path: path("2016-2020-review", language), city: city, language: language,
                                       markdown: review5(language, date: "2021-0\(month)-\(day)", &reviewRandom)))
            texts.append(NarrativeText(path: path("2024-bulletin", language), city: city, language: language,
                                       markdown: bulletin(language, date: "2025-0\(month)-\(day)", &bulletinRandom)))
        }
        return texts
    }

    private func review5(_ language: String, date: String, _ random: inout SeededRandom) -> String {
        let zh = language == "zh", c = cityName(me, language)
        let province = zh ? me.province.zh : me.province.en
        var text = frontMatter(
            title: zh ? "\(c)“十三五”生态环境保护回顾" : "\(c): Environmental Review, 2016–2020", date: date, period: "2016–2020",
            summary: zh ? "\(c)2016—2020年生态环境保护工作回顾：主要成效、工作方法与“十四五”重点。"
                : "A review of \(c)'s environmental work in 2016–2020: the results, the methods behind them and the priorities for 2021–2025.")
        text += zh
            ? "\(c)位于\(province)。本文回顾\(c)“十三五”时期（2016—2020年）的生态环境保护工作，分成效、做法和下一步三部分。2020年空气质量优良天数比例为\(at("air.good_days_ratio", 2020))，PM2.5浓度较2017年\(span("air.pm25", 2017, 2020))。\n\n## 一、主要成效\n\n"
            : "\(c) is a city in \(province). This review covers its environmental work over the 13th Five-Year Plan (2016–2020): the results, the working methods and the priorities for 2021–2025. In 2020 the share of days with good air quality was \(at("air.good_days_ratio", 2020)), and the PM2.5 concentration was \(span("air.pm25", 2017, 2020)) on 2017.\n\n## Results\n\n"
        let kpi = random.pick(["air.good_days_ratio", "air.polluted_days", "air.aqi_composite"])
        let line = random.pick(["water.section_good_ratio", "water.sewage_pipelines", "water.black_odorous_bodies"])
        let column = random.pick(["waste.hazardous_capacity", "waste.msw_incineration_capacity", "waste.sludge_capacity"])
        let charts: [String: String] = [
            "air": chart("kpi", indicators: [kpi], years: "2017..2020"),
            "water": chart("line", indicators: [line], cities: [me] + neighbors.prefix(2), years: "2010..2020",
                           title: zh ? "\(flavor.indicator(line).zh)：\(c)与相邻城市" : "\(flavor.indicator(line).en): \(c) and neighbours"),
            "waste": chart("column", indicators: [column], years: "2015..2020"),
            "emissions": chart("change", indicators: ["emissions.cod", "emissions.so2", "emissions.nox"], years: "2015..2020",
                               title: zh ? "主要污染物排放量变化，2015—2020年" : "Change in major pollutant emissions, 2015–2020"),
        ]
        text += sections(language, from: 2015, to: 2020, charts: charts, heading: "###", &random)
        text += zh ? "## 二、主要做法\n\n" : "## How the work was done\n\n"
        for _ in 0..<6 { text += "- \(Phrases.sentence(language, &random))\n" }
        text += zh ? "\n## 三、“十四五”工作重点\n\n" : "\n## Priorities for 2021–2025\n\n"
        let leads = zh ? ["规划引领", "减污降碳", "区域协作", "治理能力", "全民参与"]
            : ["Plans", "Pollution and carbon", "Regional cooperation", "Governance", "Public involvement"]
        for (number, lead) in leads.enumerated() {
            text += "\(number + 1). **\(lead)\(zh ? "。" : ".")** \(Phrases.sentences(2, language, &random))\n"
        }
        text += "\n---\n\n"
        text += zh ? "**资料来源：**\(me.name.zh)生态环境局。推算数值的说明见[方法说明](../../../methodology/)。\n"
            : "**Source:** \(me.name.en) Bureau of Ecology and Environment. Derived values are explained in the [Methodology](../../../methodology/).\n"
        return text
    }

    private func bulletin(_ language: String, date: String, _ random: inout SeededRandom) -> String {
        let zh = language == "zh", c = cityName(me, language)
        var text = frontMatter(
            title: zh ? "\(c)2024年生态环境状况公报" : "\(c) Environment Bulletin 2024", date: date, period: "2024",
            summary: zh ? "\(c)2024年生态环境质量、污染治理和执法监管情况。" : "The state of \(c)'s environment in 2024, with pollution control and enforcement.")
        text += zh
            ? "根据《环境保护法》，现发布\(c)2024年生态环境状况公报。2024年地区生产总值为\(at("economy.gdp", 2024))，比上年\(span("economy.gdp", 2023, 2024))；全年办理环境行政处罚案件\(at("enforcement.penalty_cases", 2024))。\n\n"
            : "This bulletin on the state of \(c)'s environment in 2024 is published under the Environmental Protection Law. GDP reached \(at("economy.gdp", 2024)), \(span("economy.gdp", 2023, 2024)) on the year before, and the city handled \(at("enforcement.penalty_cases", 2024)) environmental penalty cases.\n\n"
        let bar = random.pick(["monitoring.air_stations", "enforcement.supervisors"])
        let charts: [String: String] = [
            "economy": chart("line", indicators: ["economy.gdp"], years: "2010..2024"),
            "monitoring": chart("bar", indicators: [bar], cities: [me] + neighbors.prefix(3), years: "2024",
                                title: zh ? "2024年\(flavor.indicator(bar).zh)" : "\(flavor.indicator(bar).en), 2024"),
            "water": chart("change", indicators: [], years: "2023..2024"),
            "enforcement": chart("column", indicators: ["enforcement.penalty_cases"], years: "2020..2024"),
        ]
        text += sections(language, from: 2023, to: 2024, charts: charts, heading: "##", &random)
        text += zh ? "## 说明\n\n" : "## Notes\n\n"
        text += zh ? "1. 本公报数据截至2024年12月31日。\n2. 增幅按可比口径计算。\n3. \(Phrases.sentence(language, &random))\n"
            : "1. Figures are as at 31 December 2024.\n2. Changes are computed on a comparable basis.\n3. \(Phrases.sentence(language, &random))\n"
        return text
    }

    /// A section per category with a paragraph per indicator, charts after their category.
    private func sections(_ language: String, from y0: Int, to y1: Int, charts: [String: String], heading: String,
                          _ random: inout SeededRandom) -> String {
        var text = ""
        for category in flavor.categories {
            text += "\(heading) \(self.category(category, language))\n\n"
            for spec in flavor.indicators where spec.category == category {
                text += indicatorParagraph(spec, from: y0, to: y1, language, &random) + "\n\n"
            }
            if let chart = charts[category] { text += chart + "\n\n" }
        }
        return text
    }
}
