import Testing
@testable import Charts

struct SVGWriterTests {
    static let numberCases: [(Double, String)] = [
        (0.0, "0"), (-0.0, "0"), (-0.001, "0"), (1.0, "1"), (1.5, "1.5"), (1.25, "1.25"), (1.10, "1.1"),
        (0.05, "0.05"), (-3.456, "-3.46"), (640.0, "640"), (1e9, "1000000000"), (.nan, "0"), (.infinity, "0"),
        (0.1 + 0.2, "0.3"),
    ]

    @Test(arguments: numberCases)
    func numbers(value: Double, expected: String) {
        #expect(SVGWriter.number(value) == expected)
    }

    @Test func escapes() {
        #expect(SVGWriter.escape(#"<a & "b" 'c'>"#) == "&lt;a &amp; &quot;b&quot; 'c'&gt;")
        #expect(SVGWriter.escape("a\u{0}b\u{8}c") == "abc")
        #expect(SVGWriter.escape("污水处理能力") == "污水处理能力")
    }

    /// A quote, bracket or ampersand followed by a combining mark, ZWJ or variation selector is
    /// one Swift Character but still a quote to an XML parser: escaped on scalars.
    @Test(arguments: ["\u{0301}", "\u{200D}", "\u{FE0F}"])
    func escapesOnScalars(follower: String) {
        let text = ["\"", "<", ">", "&"].map { $0 + follower }.joined()
        #expect(SVGWriter.escape(text) == ["&quot;", "&lt;", "&gt;", "&amp;"].map { $0 + follower }.joined())
        #expect(SVGWriter.escapeText(text) == ["\"", "&lt;", "&gt;", "&amp;"].map { $0 + follower }.joined())
    }

    @Test func idsAreSanitized() {
        #expect(ChartRenderer.sanitize("water.sewage capacity") == "water-sewage-capacity")
        #expect(ChartRenderer.sanitize("2020-chart") == "chart-2020-chart")
        #expect(ChartRenderer.sanitize("东莞") == "chart---")
    }
}
