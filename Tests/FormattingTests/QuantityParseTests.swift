import Testing
import Formatting

@Suite("Quantity.parse")
struct QuantityParseTests {
    static let valid: [(text: String, value: Double, exponent: Int)] = [
        ("91.3", 91.3, -1),
        ("77", 77, 0),
        ("0", 0, 0),
        ("0.05", 0.05, -2),
        ("-29.4", -29.4, -1),
        ("+1.7", 1.7, -1),
        ("−3", -3, 0),
        ("258.5万", 2_585_000, 3),
        ("373万", 3_730_000, 4),
        ("1.2万", 12_000, 3),
        ("57.49万", 574_900, 2),
        ("9650.2亿", 965_020_000_000, 7),
        ("311.52亿", 31_152_000_000, 6),
        ("1亿", 100_000_000, 8),
        ("1.5万亿", 1_500_000_000_000, 11),
        ("-16万", -160_000, 4),
        ("  42 ", 42, 0),
        ("12000", 12_000, 0),
    ]

    @Test("Numbers, with 万/亿 and signs", arguments: valid)
    func parses(_ example: (text: String, value: Double, exponent: Int)) throws {
        let quantity = try Quantity.parse(example.text)
        #expect(quantity.value == example.value)
        #expect(quantity.exponent == example.exponent)
    }

    static let invalid: [(text: String, error: Quantity.ParseError)] = [
        ("", .empty),
        ("   ", .empty),
        ("12k", .badSuffix("k")),
        ("12 吨", .badSuffix(" 吨")),
        ("1,000", .badSuffix(",000")),
        ("abc", .notANumber("abc")),
        ("1.2.3", .notANumber("1.2.3")),
        (".nan", .notFinite(".nan")),
        ("NaN", .notFinite("NaN")),
        (".inf", .notFinite(".inf")),
        ("-.inf", .notFinite("-.inf")),
        ("1e5", .badSuffix("e5")),
        ("万", .notANumber("万")),
        ("-", .notANumber("-")),
        (".5", .notANumber(".5")),
        ("5.", .notANumber("5.")),
        ("0x10", .badSuffix("x10")),
    ]

    @Test("Not numbers", arguments: invalid)
    func rejects(_ example: (text: String, error: Quantity.ParseError)) {
        #expect(throws: example.error) { try Quantity.parse(example.text) }
    }

    @Test func decimals() throws {
        #expect(try Quantity.parse("91.30").decimals == 2)
        #expect(try Quantity.parse("258.5万").decimals == 0)
        #expect(try Quantity.parse("77").decimals == 0)
    }
}

@Suite("Quantity.plainText")
struct PlainTextTests {
    static let cases: [(text: String, plain: String)] = [
        ("258.5万", "2585000"), ("91.30", "91.30"), ("-0.0", "0.0"), ("-29.4", "-29.4"),
        ("9650.2亿", "965020000000"), ("0.05", "0.05"), ("77", "77"), ("2.585", "2.585"),
    ]

    @Test(arguments: cases)
    func plain(_ example: (text: String, plain: String)) throws {
        #expect(try Quantity.parse(example.text).plainText == example.plain)
    }

    @Test func notFinite() {
        #expect(Quantity(.nan, exponent: 0).plainText == "")
        #expect(Quantity(2.5, decimals: 1).plainText == "2.5")
    }
}
