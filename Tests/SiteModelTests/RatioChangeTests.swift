import Diagnostics
import Foundation
import Formatting
import SiteModel
import Testing

/// A change reported as a multiple (`ratio: 6.5` for "为2015年的6.5倍"): read from city.yaml,
/// refused with its place when it is not one number above zero or stands beside another
/// change field, refused in observations.csv (which holds levels), proved by a quote that
/// writes it as a multiple, and never turned into a percentage.
@Suite struct RatioChangeTests {
    static let files: [String: String] = [
        "Content/site.yaml": """
        title: { zh: 公开, en: Disclosure }
        languages:
          - { code: zh, locale: zh-CN, name: 中文 }
          - { code: en, locale: en, name: English }
        requireQuotes: true
        """,
        "Content/indicators.yaml": """
        - { id: economy.high_tech, category: economy, name: { zh: 高新技术企业, en: High-tech enterprises }, unit: { zh: 家, en: enterprises }, better: higher }
        """,
        "Content/cities/dongguan/city.yaml": """
        name: { zh: 东莞市, en: Dongguan }
        sources:
          - { id: dg, title: { zh: 东莞, en: Dongguan }, url: https://example.org/dg, lang: zh-Hans, text: sources/dg.txt }
        observations:
          - { indicator: economy.high_tech, year: 2020, value: 6381, quote: 国家高新技术企业数量总数6381家 }
        changes:
          - indicator: economy.high_tech
            from: 2015
            to: 2020
            ratio: 6.5
            quote: 国家高新技术企业数量总数6381家，为2015年的6.5倍
        """,
        "Content/cities/dongguan/sources/dg.txt": """
        ●全市地区生产总值达9650.2亿元，五年平均增速为6.5%　　●国家高新技术企业数量总数6381家，为2015年的6.5倍
        """,
    ]

    private func load(_ replacing: [String: String] = [:], extra: [String: String] = [:]) throws -> (site: Site?, diagnostics: [Diagnostic]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ratio-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = Self.files
        for (old, new) in replacing {
            files["Content/cities/dongguan/city.yaml"] = files["Content/cities/dongguan/city.yaml"]!.replacingOccurrences(of: old, with: new)
        }
        files.merge(extra) { $1 }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let (site, diagnostics) = SiteLoader(root: root).load()
        return (site, diagnostics + (site.map { SiteValidator(site: $0).validateData() } ?? []))
    }

    private func errors(_ replacing: [String: String] = [:], extra: [String: String] = [:]) throws -> [String] {
        try load(replacing, extra: extra).diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" }
    }

    @Test func aMultipleIsReadAsTheSourceGivesIt() throws {
        let (site, diagnostics) = try load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(site)
        let city = try #require(loaded.city("dongguan"))
        let change = try #require(city.changes.first)
        #expect(change.kind == .ratio)
        #expect(change.quantity == Quantity(6.5, exponent: -1))
        #expect((change.from, change.to) == (2015, 2020))
        #expect(change.location(of: "ratio") == SourceLocation(file: "Content/cities/dongguan/city.yaml", line: 10, column: 12))
        // The figure a reference [[economy.high_tech@2015..2020]] resolves to is the reported
        // multiple: no 2015 level is made up, and nothing is computed from it.
        let indicator = try #require(loaded.indicator("economy.high_tech"))
        let figure = try #require(city.change(indicator, from: 2015, to: 2020))
        #expect(figure.kind == .ratio && figure.quantity == Quantity(6.5, exponent: -1))
        #expect(!figure.isComputed && !figure.isDerived)
        #expect(city.level("economy.high_tech", year: 2015) == nil)
        #expect(Quantity.change(from: Quantity(982, exponent: 0), to: Quantity(6381, exponent: 0), kind: .ratio) == nil)
    }

    @Test func aMultipleStandsAlone() throws {
        #expect(try errors(["    ratio: 6.5\n": "    ratio: 6.5\n    relative: 550\n"]) == [
            "Content/cities/dongguan/city.yaml:11:5: 'ratio' (a multiple, 6.5倍) stands alone: a change with 'ratio' has no 'relative'",
        ])
    }

    @Test(arguments: [
        ("0", "Content/cities/dongguan/city.yaml:10:12: 'ratio' is a multiple of the earlier level and must be more than 0, not 0"),
        ("-6.5", "Content/cities/dongguan/city.yaml:10:12: 'ratio' is a multiple of the earlier level and must be more than 0, not -6.5"),
        ("6.5倍", "Content/cities/dongguan/city.yaml:10:12: 'ratio' has '倍' after the number: write only digits, optionally followed by 万 (10^4) or 亿 (10^8), e.g. 258.5万"),
        ("many", "Content/cities/dongguan/city.yaml:10:12: 'ratio' must be a number such as 91.3 or 258.5万, not 'many'"),
    ])
    func aMultipleIsOneNumberAboveZero(written: String, expected: String) throws {
        #expect(try errors(["ratio: 6.5": "ratio: \(written)"]) == [expected])
    }

    @Test func observationsCSVHoldsNoMultiple() throws {
        let csv = "indicator,year,value,ratio\neconomy.high_tech,2020,6381,6.5\n"
        let (_, diagnostics) = try load(extra: ["Content/cities/dongguan/observations.csv": csv])
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.location == SourceLocation(file: "Content/cities/dongguan/observations.csv", line: 1, column: 22))
        #expect(error.message == "unknown column 'ratio'")
        #expect(error.suggestion == "observations.csv holds levels, one a row; a change ('ratio') goes under 'changes' in city.yaml, e.g. { indicator: economy.high_tech_enterprises, from: 2015, to: 2020, ratio: 6.5 }")
    }

    @Test func theQuoteMustWriteTheMultiple() throws {
        // 6.5 is in this quote, as a growth rate: it does not state a multiple.
        let found = try load(["国家高新技术企业数量总数6381家，为2015年的6.5倍": "五年平均增速为6.5%"]).diagnostics.filter { $0.severity == .error }
        #expect(found.map(\.location.description) == ["Content/cities/dongguan/city.yaml:11:12"])
        #expect(found.first?.message == "the quote does not write the multiple 6.5 of the change of economy.high_tech from 2015 to 2020")
        #expect(found.first?.suggestion == "quote the words that state it as a multiple, such as 为2015年的6.5倍")
        // A multiple changed in the data, not in the quote, fails at the quote.
        #expect(try errors(["ratio: 6.5": "ratio: 6.6"]) == [
            "Content/cities/dongguan/city.yaml:11:12: the quote does not write the multiple 6.6 of the change of economy.high_tech from 2015 to 2020",
        ])
    }

    @Test(arguments: [
        ("为2015年的6.5倍", 6.5, -1, true), ("6.5 times the 2015 level", 6.5, -1, true), ("a 6.5-fold rise", 6.5, -1, true),
        ("是2015年的三倍", 3, 0, true), ("比2015年翻一番", 2, 0, true), ("为2015年的6.48倍", 6.5, -1, true),
        ("五年平均增速为6.5%", 6.5, -1, false), ("6381家", 6.5, -1, false), ("为2015年的6倍", 6.5, -1, false),
    ])
    func multiplesAreReadOnlyWhereWrittenAsMultiples(quote: String, value: Double, exponent: Int, writes: Bool) {
        #expect(QuoteText.writesMultiple(value, exponent: exponent, in: quote) == writes)
    }

    @Test func aMultipleIsCheckedAgainstBothLevelsAsAMultiple() throws {
        let derived = { (value: Int) in
            ["changes:\n": "  - { indicator: economy.high_tech, year: 2015, value: \(value), derived: { zh: 示例。, en: Example. } }\nchanges:\n"]
        }
        // 6381 ÷ 982 = 6.498: 6.5 agrees within the rounding of the three figures.
        #expect(try errors(derived(982)) == [])
        let found = try errors(derived(900))
        #expect(found == [
            "Content/cities/dongguan/city.yaml:11:12: the reported change of 6.5 times from 2015 to 2020 disagrees with the values, 900 in 2015 and 6381 in 2020, which give 7.090 times (7.086 to 7.094 times allowing for their rounding): check these three figures",
        ])
    }
}
