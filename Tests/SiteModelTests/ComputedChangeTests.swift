import Diagnostics
import Foundation
import Formatting
import SiteModel
import Testing

/// `City.change`, where the site computes a change from two levels (figure references,
/// key-figure cards, headline changes): the documented arithmetic, on the decimal digits as
/// written and rounded half away from zero, never binary rounding.
@Suite struct ComputedChangeTests {
    private static let indicatorsYAML = """
    - { id: air.good, category: air, name: { zh: 优良, en: Good }, unit: percent, better: higher, decimals: 1 }
    - { id: air.pm25, category: air, name: { zh: PM2.5, en: PM2.5 }, unit: ug_per_m3, better: lower }
    - { id: water.cap, category: water, name: { zh: 能力, en: Capacity }, unit: tonnes_per_day, better: higher }
    - { id: land.zero, category: land, name: { zh: 零, en: Zero }, unit: count, better: none }
    - { id: land.safe, category: land, name: { zh: 安全, en: Safe }, unit: percent, better: higher }
    """
    private static let cityYAML = """
    name: { zh: 甲市, en: Alpha }
    sources:
      - { id: s, title: { zh: 报告, en: Report }, document: a.txt }
    observations:
      - { indicator: air.pm25, year: 2018, value: 40 }
      - { indicator: air.pm25, year: 2019, value: 40.9 }
      - { indicator: air.pm25, year: 2020, value: 39.1 }
      - { indicator: air.pm25, year: 2021, value: 30 }
      - { indicator: air.pm25, year: 2015, value: 45 }
      - { indicator: water.cap, year: 2015, value: 258.5万 }
      - { indicator: water.cap, year: 2020, value: 373万 }
      - { indicator: air.good, year: 2019, value: 89.6 }
      - { indicator: air.good, year: 2020, value: 91.25 }
      - { indicator: air.good, year: 2021, value: 91.3 }
      - { indicator: land.zero, year: 2019, value: 0 }
      - { indicator: land.zero, year: 2020, value: 5 }
      - { indicator: land.safe, year: 2015, value: 80 }
      - { indicator: land.safe, year: 2020, value: 90, bound: atLeast }
    changes:
      - { indicator: air.good, from: 2020, to: 2021, points: 0.1 }
    """

    private func city() throws -> (City, Site) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "Content/site.yaml": "title: { zh: 站, en: Site }\nlanguages:\n  - { code: zh, locale: zh-CN, name: 中文 }\n  - { code: en, locale: en, name: English }\ndefaultLanguage: zh\n",
            "Content/indicators.yaml": Self.indicatorsYAML, "Content/cities/alpha/city.yaml": Self.cityYAML,
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let (loaded, diagnostics) = SiteLoader(root: root).load()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let site = try #require(loaded)
        return (try #require(site.city("alpha")), site)
    }

    static let cases: [(indicator: String, from: Int, to: Int, kind: ChangeKind, expected: Quantity)] = [
        // 0.9 / 40 = 2.25% exactly: half away from zero gives 2.3 (binary arithmetic: 2.2499…, 2.2).
        ("air.pm25", 2018, 2019, .relative, Quantity(2.3, exponent: -1)),
        ("air.pm25", 2018, 2020, .relative, Quantity(-2.3, exponent: -1)),
        ("air.pm25", 2015, 2021, .relative, Quantity(-33.3, exponent: -1)),
        ("water.cap", 2015, 2020, .relative, Quantity(44.3, exponent: -1)),
        // Points: the exact difference at the finer precision of the two levels (display applies `decimals`).
        ("air.good", 2019, 2020, .points, Quantity(1.65, exponent: -2)),
        // A reported change wins over the levels.
        ("air.good", 2020, 2021, .points, Quantity(0.1, exponent: -1)),
    ]

    @Test(arguments: cases)
    func computedAsDocumented(_ example: (indicator: String, from: Int, to: Int, kind: ChangeKind, expected: Quantity)) throws {
        let (city, site) = try city()
        let indicator = try #require(site.indicator(example.indicator))
        let change = try #require(city.change(indicator, from: example.from, to: example.to))
        #expect(change.kind == example.kind)
        #expect(change.quantity == example.expected)
        #expect(change.quantity.exponent == example.expected.exponent)
    }

    @Test func noChangeFromZeroOrFromABound() throws {
        let (city, site) = try city()
        #expect(city.change(try #require(site.indicator("land.zero")), from: 2019, to: 2020) == nil)
        #expect(city.change(try #require(site.indicator("land.safe")), from: 2015, to: 2020) == nil)
    }
}
