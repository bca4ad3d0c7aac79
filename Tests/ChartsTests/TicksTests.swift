import Testing
@testable import Charts

/// d3-array's test/ticks-test.js, test/tickIncrement-test.js and test/nice-test.js,
/// and d3-scale's linear.nice cases, as tables.
struct TicksTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var start: Double, stop: Double, count: Double, expected: [Double]
        var testDescription: String { "ticks(\(start), \(stop), \(count))" }
    }

    static let table: [Case] = [
        Case(start: 0, stop: 1, count: 10, expected: [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        Case(start: 0, stop: 1, count: 9, expected: [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        Case(start: 0, stop: 1, count: 8, expected: [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        Case(start: 0, stop: 1, count: 7, expected: [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        Case(start: 0, stop: 1, count: 6, expected: [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        Case(start: 0, stop: 1, count: 5, expected: [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        Case(start: 0, stop: 1, count: 4, expected: [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        Case(start: 0, stop: 1, count: 3, expected: [0.0, 0.5, 1.0]),
        Case(start: 0, stop: 1, count: 2, expected: [0.0, 0.5, 1.0]),
        Case(start: 0, stop: 1, count: 1, expected: [0.0, 1.0]),
        Case(start: 0, stop: 10, count: 10, expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        Case(start: 0, stop: 10, count: 9, expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        Case(start: 0, stop: 10, count: 8, expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        Case(start: 0, stop: 10, count: 7, expected: [0, 2, 4, 6, 8, 10]),
        Case(start: 0, stop: 10, count: 6, expected: [0, 2, 4, 6, 8, 10]),
        Case(start: 0, stop: 10, count: 5, expected: [0, 2, 4, 6, 8, 10]),
        Case(start: 0, stop: 10, count: 4, expected: [0, 2, 4, 6, 8, 10]),
        Case(start: 0, stop: 10, count: 3, expected: [0, 5, 10]),
        Case(start: 0, stop: 10, count: 2, expected: [0, 5, 10]),
        Case(start: 0, stop: 10, count: 1, expected: [0, 10]),
        Case(start: -10, stop: 10, count: 10, expected: [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        Case(start: -10, stop: 10, count: 9, expected: [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        Case(start: -10, stop: 10, count: 8, expected: [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        Case(start: -10, stop: 10, count: 7, expected: [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        Case(start: -10, stop: 10, count: 6, expected: [-10, -5, 0, 5, 10]),
        Case(start: -10, stop: 10, count: 5, expected: [-10, -5, 0, 5, 10]),
        Case(start: -10, stop: 10, count: 4, expected: [-10, -5, 0, 5, 10]),
        Case(start: -10, stop: 10, count: 3, expected: [-10, -5, 0, 5, 10]),
        Case(start: -10, stop: 10, count: 2, expected: [-10, 0, 10]),
        Case(start: -10, stop: 10, count: 1, expected: [0]),
        // Within the domain, precision, and at least one tick when count ≥ 0.5.
        Case(start: 0, stop: 2.2, count: 3, expected: [0, 1, 2]),
        Case(start: 0.98, stop: 1.14, count: 10, expected: [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14]),
        Case(start: 1, stop: 364, count: 0.1, expected: []),
        Case(start: 1, stop: 364, count: 0.499, expected: []),
        Case(start: 1, stop: 364, count: 0.5, expected: [200]),
        Case(start: 1, stop: 364, count: 1, expected: [200]),
        Case(start: 1, stop: 364, count: 1.5, expected: [200]),
        Case(start: 1, stop: 499, count: 1, expected: [200, 400]),
        Case(start: 364, stop: 1, count: 0.5, expected: [200]),
        Case(start: 0.001, stop: 0.364, count: 0.5, expected: [0.2]),
        Case(start: 0.364, stop: 0.001, count: 0.5, expected: [0.2]),
        Case(start: -1, stop: -364, count: 0.5, expected: [-200]),
        Case(start: -0.001, stop: -0.364, count: 0.5, expected: [-0.2]),
        // Degenerate input.
        Case(start: .nan, stop: 1, count: 1, expected: []),
        Case(start: 0, stop: .nan, count: 1, expected: []),
        Case(start: 0, stop: 1, count: .nan, expected: []),
        Case(start: .nan, stop: .nan, count: .nan, expected: []),
        Case(start: 1, stop: 1, count: -1, expected: []),
        Case(start: 1, stop: 1, count: 0, expected: []),
        Case(start: 1, stop: 1, count: 1, expected: [1]),
        Case(start: 1, stop: 1, count: 10, expected: [1]),
        Case(start: 0, stop: 1, count: 0, expected: []),
        Case(start: 0, stop: 1, count: -1, expected: []),
        Case(start: 0, stop: 1, count: .infinity, expected: []),
    ]

    @Test(arguments: table)
    func ticks(_ c: Case) {
        #expect(Ticks.ticks(c.start, c.stop, count: c.count) == c.expected)
    }

    @Test(arguments: table.filter { $0.start < $0.stop && $0.count >= 1 })
    func reversedTicksAreReversed(_ c: Case) {
        #expect(Ticks.ticks(c.stop, c.start, count: c.count) == Ticks.ticks(c.start, c.stop, count: c.count).reversed())
    }

    @Test func noNegativeZero() {
        let last = Ticks.ticks(-1, 0, count: 5).last!
        #expect(last == 0 && last.sign == .plus)
    }

    @Test func noFloatingPointNoise() {
        #expect(Ticks.ticks(0, 1, count: 10)[3] == 0.3)
        #expect(Ticks.ticks(0, 1, count: 10)[3] != 3 * 0.1)
    }

    static let incrementCases: [(Double, Double, Double, Double)] = [
        (0.0, 1.0, 10.0, -10.0), (0, 1, 9, -10), (0, 1, 8, -10), (0, 1, 7, -5), (0, 1, 6, -5),
        (0, 1, 5, -5), (0, 1, 4, -5), (0, 1, 3, -2), (0, 1, 2, -2), (0, 1, 1, 1),
        (0, 10, 10, 1), (0, 10, 9, 1), (0, 10, 8, 1), (0, 10, 7, 2), (0, 10, 6, 2),
        (0, 10, 5, 2), (0, 10, 4, 2), (0, 10, 3, 5), (0, 10, 2, 5), (0, 10, 1, 10),
        (-10, 10, 10, 2), (-10, 10, 9, 2), (-10, 10, 8, 2), (-10, 10, 7, 2), (-10, 10, 6, 5),
        (-10, 10, 5, 5), (-10, 10, 4, 5), (-10, 10, 3, 5), (-10, 10, 2, 10), (-10, 10, 1, 20),
        (1, 1, 1, -.infinity), (1, 1, 10, -.infinity), (0, 1, -1, .infinity), (0, 1, 0, .infinity),
        (0, 1, .infinity, -.infinity),
    ]

    @Test(arguments: incrementCases)
    func tickIncrement(start: Double, stop: Double, count: Double, expected: Double) {
        #expect(Ticks.tickIncrement(start, stop, count: count) == expected)
    }

    @Test func tickIncrementNaN() {
        #expect(Ticks.tickIncrement(.nan, 1, count: 1).isNaN)
        #expect(Ticks.tickIncrement(0, 1, count: .nan).isNaN)
        #expect(Ticks.tickIncrement(1, 1, count: 0).isNaN)
    }

    static let stepCases: [(Double, Double, Double, Double)] = [
        (0.0, 1.0, 10.0, 0.1), (0, 1, 5, 0.2), (0, 1, 3, 0.5), (0, 1, 1, 1),
        (0, 10, 10, 1), (0, 10, 5, 2), (0, 10, 1, 10), (-10, 10, 1, 20),
        (1, 0, 10, -0.1), (10, 0, 5, -2), (10, -10, 1, -20),
    ]

    @Test(arguments: stepCases)
    func tickStep(start: Double, stop: Double, count: Double, expected: Double) {
        #expect(Ticks.tickStep(start, stop, count: count) == expected)
    }

    static let niceCases: [(Double, Double, Double, Double, Double)] = [
        (0.132, 0.876, 1000.0, 0.132, 0.876), (0.132, 0.876, 100, 0.13, 0.88), (0.132, 0.876, 30, 0.12, 0.88),
        (0.132, 0.876, 10, 0.1, 0.9), (0.132, 0.876, 6, 0.1, 0.9), (0.132, 0.876, 5, 0, 1), (0.132, 0.876, 1, 0, 1),
        (132, 876, 1000, 132, 876), (132, 876, 100, 130, 880), (132, 876, 30, 120, 880),
        (132, 876, 10, 100, 900), (132, 876, 6, 100, 900), (132, 876, 5, 0, 1000), (132, 876, 1, 0, 1000),
        (1, 1, 10, 1, 1), (0, 1, 0, 0, 1), (0, 1, -1, 0, 1), (0, 1, .infinity, 0, 1),
    ]

    @Test(arguments: niceCases)
    func nice(start: Double, stop: Double, count: Double, lo: Double, hi: Double) {
        let (a, b) = Ticks.nice(start, stop, count: count)
        #expect(a == lo && b == hi)
    }
}
