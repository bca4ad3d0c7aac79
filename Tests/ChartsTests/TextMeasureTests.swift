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

/// Widths come from the real fonts' advance widths (the widest of DejaVu Sans, Liberation
/// Sans and Noto Sans CJK SC), not from guesses.
struct FontMetricsTests {
    @Test func latinWidthsAreTheWidestOfTheFonts() {
        // DejaVu Sans: digits 636/1000 em, "M" 863, space 318; Liberation Sans is narrower.
        #expect(TextMeasure.width("0", fontSize: 1000) == 636)
        #expect(TextMeasure.width("M", fontSize: 1000) == 863)
        #expect(TextMeasure.width(" ", fontSize: 1000) == 318)
        // Bold is wider: DejaVu Sans Bold digits are 696.
        #expect(TextMeasure.width("0", fontSize: 1000, bold: true) == 696)
    }

    @Test func cjkAndUnknownCharacters() {
        #expect(TextMeasure.width("污水", fontSize: 14) == 28)
        // Fullwidth punctuation in Chinese text is one em.
        #expect(TextMeasure.width("，（）", fontSize: 10) == 30)
        // Zero-width and control characters take no room.
        #expect(TextMeasure.width("\u{200B}", fontSize: 10) == 0)
    }

    @Test func tablesCoverTheirRanges() {
        for table in FontMetrics.tables {
            #expect(table.regular.count == table.bold.count)
            #expect(table.regular.allSatisfy { $0 <= 2100 } && table.bold.allSatisfy { $0 <= 2100 })
        }
        // The label that spilled at 390 px: the sum of DejaVu Sans advances at 14 units.
        #expect(abs(TextMeasure.width("345 enterprise sites", fontSize: 14) - 139.972) < 0.001)
    }
}
