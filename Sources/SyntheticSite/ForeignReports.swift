/// The foreign flavor: reports shaped unlike this project's own — a data brief built around a
/// table, with top-level and skipped heading levels, nested and task lists, block quotes and
/// footnotes; and a questions-and-answers page with code spans, a code block and small tables.
extension NarrativeWriter {
    func foreignReports(random: inout SeededRandom) -> [NarrativeText] {
        let briefSeed = random.next(), answersSeed = random.next()
        let day = random.int(in: 10...28)
        var texts: [NarrativeText] = []
        for language in ["en", "zh"] {
            var brief = SeededRandom(seed: briefSeed), answers = SeededRandom(seed: answersSeed)
            texts.append(NarrativeText(path: path("state-of-the-city-2022", language), city: city, language: language,
                                       markdown: dataBrief(language, date: "2023-04-\(day)", &brief)))
            texts.append(NarrativeText(path: path("questions-2021", language), city: city, language: language,
                                       markdown: questions(language, date: "2022-06-\(day)", &answers)))
        }
        return texts
    }

    private func dataBrief(_ language: String, date: String, _ random: inout SeededRandom) -> String {
        let zh = language == "zh", c = cityName(me, language), y0 = 2012, y1 = 2022
        var text = frontMatter(
            title: zh ? "\(c)城市状况报告（2022）" : "State of the City 2022: \(c)", date: date, period: nil,
            summary: zh ? "十年来\(c)在气候、出行、住房和绿色空间方面的变化，以数据表和图表呈现。"
                : "Ten years of change in \(c)'s climate, transport, housing and green space, in one table and four charts.")
        text += zh ? "# 概览\n\n" : "# At a glance\n\n"
        text += zh
            ? "本报告汇总\(c)\(y0)—\(y1)年的二十项可持续发展指标[^data]。温室气体排放总量\(span("ghg-total", y0, y1))，可再生能源发电占比为\(at("renewable-share", y1))。\n\n"
            : "This brief brings together twenty sustainability indicators for \(c) from \(y0) to \(y1)[^data]. Total greenhouse gas emissions changed by \(span("ghg-total", y0, y1, "signed")), and renewables supplied \(at("renewable-share", y1)) of electricity.\n\n"
        text += zh ? "| 指标 | \(y0)年 | \(y1)年 | 变化 |\n| :-- | --: | --: | --: |\n" : "| Indicator | \(y0) | \(y1) | Change |\n| :-- | --: | --: | --: |\n"
        for spec in flavor.indicators {
            text += "| \(name(spec, language)) | \(at(spec.id, y0)) | \(at(spec.id, y1)) | \(span(spec.id, y0, y1, "signed")) |\n"
        }
        text += zh ? "\n> **如何阅读本表。** 变化一栏为两年之间的变化；百分比指标的变化以百分点计。\(Phrases.sentence(language, &random))\n\n"
            : "\n> **Reading the table.** The last column is the change between the two years; for shares it is in percentage points. \(Phrases.sentence(language, &random))\n\n"
        let charts: [String: String] = [
            "climate": chart("kpi", indicators: ["ghg-per-resident"], years: "\(y0)..\(y1)",
                             title: zh ? "人均排放" : "Emissions per resident", quoted: true),
            "greenspace": chart("line", indicators: ["tree-canopy", "park-access"], years: "2008..2022",
                                title: zh ? "树冠覆盖与公园可达性" : "Canopy and park access: two shares", quoted: true),
            "energy": chart("bar", indicators: ["renewable-share"], cities: [me] + neighbors.prefix(3), years: "\(y1)"),
            "health": chart("change", indicators: []),
        ]
        for (index, category) in flavor.categories.enumerated() {
            // Authors use whatever heading levels they like; the site must cope.
            text += "\(index % 3 == 0 ? "#" : "##") \(self.category(category, language))\n\n"
            for spec in flavor.indicators where spec.category == category {
                text += "#### \(name(spec, language))\n\n"
                text += indicatorParagraph(spec, from: y0, to: y1, language, &random) + "\n\n"
                switch random.int(below: 3) {
                case 0:
                    text += "- \(zh ? "\(y1)年" : "In \(y1)"): \(at(spec.id, y1))\n  - \(zh ? "\(y1 - 1)年" : "in \(y1 - 1)"): \(at(spec.id, y1 - 1))\n  - \(zh ? "\(y0)年" : "in \(y0)"): *\(at(spec.id, y0))*\n- \(Phrases.sentence(language, &random))\n\n"
                case 1:
                    text += "- [x] \(zh ? "已公布\(y1)年数据" : "\(y1) figure published")\n- [ ] \(zh ? "完成独立核查" : "Independent review")\n- [ ] ~~\(zh ? "季度数据" : "Quarterly figures")~~ \(zh ? "改为年度发布" : "now published yearly")\n\n"
                default:
                    text += zh ? "数据说明见 www.example.org/\(spec.id)[^\(spec.id)]。\n\n"
                        : "See www.example.org/\(spec.id) for the method[^\(spec.id)].\n\n"
                }
            }
            if let chart = charts[category] { text += chart + "\n\n" }
        }
        text += zh ? "[^data]: 数据来自统计年鉴和环境公报，均为合成数据。\n" : "[^data]: From the statistical yearbook and the environment bulletin; all figures are synthetic.\n"
        for spec in flavor.indicators where text.contains("[^\(spec.id)]。") || text.contains("[^\(spec.id)].") {
            text += "[^\(spec.id)]: \(zh ? "\(spec.zh)的口径说明。" : "How \(lowerName(spec, language)) is measured.") \(Phrases.sentence(language, &random))\n"
        }
        return text
    }

    private func questions(_ language: String, date: String, _ random: inout SeededRandom) -> String {
        let zh = language == "zh", c = cityName(me, language), year = 2021
        var text = frontMatter(
            title: zh ? "关于\(c)\(year)年数据的问答" : "\(c): questions and answers on the \(year) figures", date: date, period: "\(year)",
            summary: zh ? "读者最常问的二十个问题。" : "The twenty questions readers ask most often.")
        text += zh
            ? "以下问答由数据团队整理。源文件中的数字以 `[[指标@年份]]` 的形式书写，例如 `[[ghg-total@\(year)]]`，生成站点时替换为数值。\n\n"
            : "The data team answers the questions readers ask most. In the source files a figure is written as `[[indicator@year]]`, for example `[[ghg-total@\(year)]]`, and replaced by the value when the site is built.\n\n"
        text += "```text\nindicator,year,value\nghg-total,\(year),…\nrenewable-share,\(year),…\n```\n\n"
        let charts: [Int: String] = [
            3: chart("column", indicators: ["ev-registrations"], years: "2017..\(year)"),
            7: chart("kpi", indicators: ["renewable-share"], years: "\(year)"),
            11: chart("line", indicators: ["transit-trips"], cities: [me] + neighbors.prefix(1), years: "2015..\(year)",
                      title: zh ? "公共交通客运量" : "Public transport trips", quoted: true),
            15: chart("bar", indicators: ["tree-canopy", "park-access", "renewable-share", "rent-burden"], years: "\(year)"),
        ]
        for (index, spec) in flavor.indicators.enumerated() {
            let n = lowerName(spec, language)
            text += zh ? "### 问\(index + 1)：\(year)年\(n)是多少？\n\n" : "### Q\(index + 1). What was \(n) in \(year)?\n\n"
            text += zh ? "**答：**\(year)年为\(at(spec.id, year))，比上年\(span(spec.id, year - 1, year))。"
                : "**A.** It was \(at(spec.id, year)) in \(year), \(span(spec.id, year - 1, year)) on the year before. "
            text += Phrases.sentences(2, language, &random) + "\n\n"
            if index % 4 == 1 {
                text += zh ? "| 年份 | 数值 |\n| --- | ---: |\n" : "| Year | Value |\n| --- | ---: |\n"
                for y in (year - 2)...year { text += "| \(y) | \(at(spec.id, y)) |\n" }
                text += "\n"
            } else if index % 4 == 2 {
                text += "1. \(Phrases.sentence(language, &random))\n2. \(Phrases.sentence(language, &random))\n\n"
            }
            if let chart = charts[index] { text += chart + "\n\n" }
        }
        return text
    }
}
