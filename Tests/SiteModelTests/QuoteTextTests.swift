import Testing
@testable import SiteModel

/// How `check` reads a quote: the numbers it writes, whether a source's paragraph holds it,
/// which period it states, and the passage it suggests when the quote is not found.
@Suite struct QuoteTextTests {
    @Test(arguments: [
        ("污水处理能力达到258.5万吨/日", [258.5, 2_585_000]),
        ("１.７万家", [1.7, 17_000]),
        ("全年2,585,000吨", [2_585_000]),
        ("两个城市、一百八十七家企业", [2, 187]),
        ("增长超过四成", [4, 40]),
        ("营收9650.2亿元，较2015年翻一番", [9650.2, 965_020_000_000, 2015, 1, 100]),
        ("“十三五”期间，PM2.5下降16微克", [2.5, 16]),
        ("共12.3万亿元", [12.3, 12_300_000_000_000]),
    ] as [(String, [Double])])
    func numbersAsTheSourceWritesThem(_ text: String, _ expected: [Double]) {
        #expect(QuoteText.numbers(in: text) == expected)
    }

    @Test func aQuoteWritesItsFigureAtTheFiguresPrecisionOrFiner() {
        #expect(QuoteText.writes(2_585_000, exponent: 3, in: "由2015年的258.5万吨/日"))
        #expect(QuoteText.writes(-29.4, exponent: -1, in: "PM2.5平均浓度下降29.4%"))
        #expect(QuoteText.writes(91.3, exponent: -1, in: "优良天数比例91.32%"))
        #expect(!QuoteText.writes(91.3, exponent: -1, in: "优良天数比例91.2%"))
        // Less precise than the figure: the quote does not state it.
        #expect(!QuoteText.writes(2_585_000, exponent: 3, in: "约260万吨"))
        #expect(!QuoteText.writes(3_730_000, exponent: 4, in: "373吨"))
        // None, said as the source says it.
        #expect(QuoteText.writes(0, exponent: 0, in: "2021年未發生突發環境事件"))
        #expect(!QuoteText.writes(0, exponent: 0, in: "2021年發生突發環境事件3起"))
    }

    @Test func aParagraphHoldsAQuoteWhateverItsWidthSpacingAndQuotationMarks() {
        let paragraph = "2021年，全市空气质量优良天数比例为95.1%，同比提升1.7个百分点；“十四五”开局良好。"
        #expect(QuoteText.paragraph(paragraph, holds: "全市空气质量优良天数比例为９５.１％"))
        #expect(QuoteText.paragraph(paragraph, holds: "优良天数比例为 95.1%, 同比提升"))
        #expect(QuoteText.paragraph(paragraph, holds: "「十四五」开局良好"))
        #expect(QuoteText.paragraph(paragraph, holds: "优良天数比例为95.1%…开局良好"))
        // Pieces out of order, or a changed figure, are not the source's words.
        #expect(!QuoteText.paragraph(paragraph, holds: "开局良好…优良天数比例为95.1%"))
        #expect(!QuoteText.paragraph(paragraph, holds: "优良天数比例为95.2%"))
        #expect(!QuoteText.paragraph(paragraph, holds: "…"))
    }

    @Test func aPeriodIsStatedByBothYearsOrByThePlanThatSpansThem() {
        #expect(QuoteText.states(period: 2016, 2020, in: "“十三五”期间累计投入712亿元"))
        #expect(QuoteText.states(period: 2016, 2020, in: "2016—2020年累计投入"))
        #expect(!QuoteText.states(period: 2016, 2020, in: "累计投入约712亿元"))
        #expect(!QuoteText.states(period: 2016, 2020, in: "“十四五”期间"))
        #expect(!QuoteText.states(period: 2015, 2020, in: "2020年比2016年"))
    }

    @Test func theNearestPassageIsTheSentenceSharingMostOfTheQuote() {
        let paragraphs = ["2021年，全市空气质量优良天数比例为95.1%。细颗粒物（PM2.5）年均浓度为18微克/立方米，同比下降10%。",
                          "全年办理环境行政处罚案件216宗。"]
        #expect(QuoteText.nearestPassage(to: "PM2.5年均浓度18微克/立方米", in: paragraphs) == "细颗粒物（PM2.5）年均浓度为18微克/立方米，同比下降10%。")
        #expect(QuoteText.nearestPassage(to: "完全不同的话", in: paragraphs) == nil)
    }
}

@Suite struct QuoteRangeTests {
    @Test func theQuotedWordsAreFoundInTheParagraphAsKept() throws {
        let paragraph = "2021年，全市空气质量优良天数比例为95.1%，同比提升1.7个百分点；「十四五」开局良好。"
        let ranges = try #require(QuoteText.ranges(of: "优良天数比例为９５.１％…“十四五” 开局", in: paragraph))
        #expect(ranges.map { String(paragraph[$0]) } == ["优良天数比例为95.1%", "「十四五」开局"])
        #expect(QuoteText.ranges(of: "开局…优良天数", in: paragraph) == nil)
        let text = SourceText(path: "t.txt", text: "标题\n\n第一段。\n全市空气质量优良天数比例为95.1%。\n")
        let located = try #require(text.locate("优良天数比例为95.1%"))
        #expect(located.paragraph == 2)
    }
}
