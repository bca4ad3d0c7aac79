import Testing
import Formatting

/// A change and its expected Chinese and English text.
struct ChangeCase: Sendable, CustomTestStringConvertible {
    var amount: String
    var kind: ChangeKind
    var unit: Unit
    var decimals: Int? = nil
    var zh: String
    var en: String
    var testDescription: String { "\(kind) \(amount) \(unit.builtinID ?? "inline")" }
}

@Suite("Changes")
struct ChangeTests {
    static let cases: [ChangeCase] = [
        ChangeCase(amount: "-29.4", kind: .relative, unit: .microgramsPerCubicMetre, zh: "−29.4%", en: "−29.4%"),
        ChangeCase(amount: "12.5", kind: .relative, unit: .tonnesPerDay, zh: "+12.5%", en: "+12.5%"),
        ChangeCase(amount: "1.7", kind: .points, unit: .percent, zh: "+1.7个百分点", en: "+1.7 pp"),
        ChangeCase(amount: "-0.4", kind: .points, unit: .percent, zh: "−0.4个百分点", en: "−0.4 pp"),
        ChangeCase(amount: "2", kind: .points, unit: .percent, decimals: 1, zh: "+2.0个百分点", en: "+2.0 pp"),
        ChangeCase(amount: "-16", kind: .absolute, unit: .microgramsPerCubicMetre, zh: "−16微克/立方米", en: "−16 \u{03BC}g/m³"),
        ChangeCase(amount: "114.5万", kind: .absolute, unit: .tonnesPerDay, zh: "+114.5万吨/日", en: "+1.145 million t/day"),
        ChangeCase(amount: "25亿", kind: .absolute, unit: .yuan, zh: "+25亿元", en: "+CNY 2.5 billion"),
        ChangeCase(amount: "-12", kind: .absolute, unit: .days, zh: "−12天", en: "−12 days"),
        ChangeCase(amount: "1", kind: .absolute, unit: .days, zh: "+1天", en: "+1 day"),
        ChangeCase(amount: "-1.5", kind: .absolute, unit: .percent, zh: "−1.5个百分点", en: "−1.5 pp"),
        ChangeCase(amount: "35", kind: .absolute, unit: .inline(["zh": "家", "en": "enterprises"]), zh: "+35家", en: "+35 enterprises"),
        ChangeCase(amount: "1234.5", kind: .relative, unit: .count, zh: "+1234.5%", en: "+1,234.5%"),
        // Zero has no sign.
        ChangeCase(amount: "0", kind: .relative, unit: .count, zh: "0%", en: "0%"),
        ChangeCase(amount: "0.0", kind: .points, unit: .percent, zh: "0.0个百分点", en: "0.0 pp"),
        ChangeCase(amount: "-0.04", kind: .points, unit: .percent, decimals: 1, zh: "0.0个百分点", en: "0.0 pp"),
        ChangeCase(amount: "-0.04", kind: .points, unit: .percent, zh: "−0.04个百分点", en: "−0.04 pp"),
        // decimals do not apply to relative changes.
        ChangeCase(amount: "-29.44", kind: .relative, unit: .percent, decimals: 1, zh: "−29.44%", en: "−29.44%"),
    ]

    @Test("Signed changes", arguments: cases)
    func change(_ example: ChangeCase) throws {
        let amount = try Quantity.parse(example.amount)
        #expect(zh.change(amount, kind: example.kind, unit: example.unit, decimals: example.decimals) == example.zh)
        #expect(en.change(amount, kind: example.kind, unit: example.unit, decimals: example.decimals) == example.en)
    }

    static let computed: [(from: String, to: String, kind: ChangeKind, expected: Quantity?)] = [
        ("45", "30", .relative, Quantity(-33.3, exponent: -1)),
        // 2.25% exactly, rounded on the decimal digits (in binary it is 2.2499…).
        ("40", "40.9", .relative, Quantity(2.3, exponent: -1)),
        ("40", "39.1", .relative, Quantity(-2.3, exponent: -1)),
        ("258.5万", "373万", .relative, Quantity(44.3, exponent: -1)),
        ("0", "5", .relative, nil),
        ("-10", "-5", .relative, Quantity(50, exponent: -1)),
        ("89.6", "91.3", .points, Quantity(1.7, exponent: -1)),
        ("258.5万", "373万", .absolute, Quantity(1_145_000, exponent: 3)),
        ("47", "31", .absolute, Quantity(-16, exponent: 0)),
        ("0.1", "0.3", .absolute, Quantity(0.2, exponent: -1)),
    ]

    @Test("Changes computed from two levels", arguments: computed)
    func computedChange(_ example: (from: String, to: String, kind: ChangeKind, expected: Quantity?)) throws {
        let change = Quantity.change(from: try Quantity.parse(example.from), to: try Quantity.parse(example.to), kind: example.kind)
        #expect(change == example.expected)
    }

    @Test func nonFiniteChanges() {
        #expect(Quantity.change(from: Quantity(.nan, exponent: 0), to: Quantity(1, exponent: 0), kind: .absolute) == nil)
        #expect(en.change(Quantity(.infinity, exponent: 0), kind: .relative, unit: .count) == "—")
    }
}
