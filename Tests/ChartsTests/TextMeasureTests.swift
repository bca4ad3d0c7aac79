import Testing
@testable import Charts

struct TextMeasureTests {
    @Test func cjkIsFullWidth() {
        #expect(TextMeasure.width("东莞市", fontSize: 10) == 30)
        #expect(TextMeasure.width("（）", fontSize: 10) == 20)
        #expect(TextMeasure.width("2020", fontSize: 10) < TextMeasure.width("二〇二〇", fontSize: 10))
        #expect(TextMeasure.width("abc", fontSize: 10) < 20)
    }

    @Test func wrapsChineseBetweenCharacters() {
        let lines = TextMeasure.wrap("城市生活污水集中收集率", maxWidth: 60, fontSize: 15)
        #expect(lines == ["城市生活", "污水集中", "收集率"])
    }

    @Test func keepsClosingPunctuationWithItsCharacter() {
        let lines = TextMeasure.wrap("空气质量优良天数比例（%）", maxWidth: 150, fontSize: 15)
        #expect(lines.allSatisfy { !$0.hasPrefix("）") && !$0.hasPrefix("%") })
    }

    @Test func wrapsLatinAtSpaces() {
        let lines = TextMeasure.wrap("Share of days with good air quality", maxWidth: 120, fontSize: 15)
        #expect(lines.count > 1)
        #expect(lines.joined(separator: " ") == "Share of days with good air quality")
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
    }

    @Test func shortTextIsNotWrapped() {
        #expect(TextMeasure.wrap("东莞市", maxWidth: 200, fontSize: 15) == ["东莞市"])
    }
}
