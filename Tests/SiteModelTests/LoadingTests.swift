import Diagnostics
import Foundation
import Formatting
import SiteModel
import Testing

/// Writes files to a temporary site folder.
private func site(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("site-model-\(UUID().uuidString)")
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return root
}

private let siteYAML = """
title: { zh: 城市生态环境信息公开, en: City Environmental Disclosure }
baseURL: https://example.org/env
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
  - { code: zh-hant, locale: zh-Hant, name: 繁體中文 }
defaultLanguage: en
"""

private let indicatorsYAML = """
- id: air.good_days_ratio
  category: air
  name: { zh: 空气质量优良天数比例, en: Share of days with good air quality, zh-hant: 空氣品質優良天數比例 }
  unit: percent
  better: higher
  decimals: 1
  range: [0, 100]
  description: { zh: 说明, en: About, zh-hant: 說明 }
- id: economy.enterprises
  category: economy
  name: { zh: 高新技术企业, en: High-tech enterprises, zh-hant: 高新技術企業 }
  unit: { zh: 家, en: enterprises, zh-hant: 家 }
  better: none
"""

private let cityYAML = """
name: { zh: 东莞市, en: Dongguan, zh-hant: 東莞市 }
province: { zh: 广东省, en: Guangdong, zh-hant: 廣東省 }
sources:
  - id: dg-2020
    title: { zh: 报告, en: Report, zh-hant: 報告 }
    publisher: { zh: 局, en: Bureau, zh-hant: 局 }
    document: 000_748a6c91a9f5956b.txt
    date: 2021-01-01
observations:
  - { indicator: air.good_days_ratio, year: 2020, value: 91.3 }
  - { indicator: economy.enterprises, year: 2020, value: 6381, note: { zh: 注, en: note, zh-hant: 註 } }
  - indicator: economy.enterprises
    year: 2015
    value: 0.0982万
    derived: { zh: 推算, en: derived, zh-hant: 推算 }
changes:
  - { indicator: air.good_days_ratio, from: 2019, to: 2020, points: 1.7 }
  - { indicator: economy.enterprises, from: 2015, to: 2020, relative: 549.8 }
  - { indicator: economy.enterprises, from: 2016, to: 2020, absolute: 5000 }
summary: { zh: 摘要。, en: Summary., zh-hant: 摘要。 }
"""

@Suite struct LoadingTests {
    @Test func loadsEveryContractFeature() throws {
        let root = try site([
            "Content/site.yaml": siteYAML,
            "Content/indicators.yaml": indicatorsYAML,
            "Content/cities/dongguan/city.yaml": cityYAML,
            "Content/cities/dongguan/observations.csv": "\u{FEFF}indicator,year,value,source,note_zh,note_en,derived_zh,derived_en\r\nair.good_days_ratio,2019,89.6,dg-2020,\"旧, 值\",old,,\r\n",
            "Content/cities/dongguan/plan.zh.md": "---\ntitle: 标题\ndate: 2021-01-01\nperiod: 2016–2020\nsummary: 摘要\n---\n正文[[air.good_days_ratio@2020]]\n\n```chart\ntype: line\nindicator: air.good_days_ratio\nyears: 2019-2020\n```\n",
            "Content/cities/dongguan/plan.en.md": "---\ntitle: Title\ndate: 2021-01-02\n---\nText [[dongguan:economy.enterprises@2015..2020]].\n",
            "Content/pages/about.en.md": "---\ntitle: About\n---\nHello.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (loaded, diagnostics) = SiteLoader(root: root).load()
        let site = try #require(loaded)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")

        #expect(site.config.languageCodes == ["zh", "en", "zh-hant"])
        #expect(site.config.defaultLanguage == "en")
        #expect(site.config.baseURL == "https://example.org/env/")
        #expect(site.indicators.map(\.id) == ["air.good_days_ratio", "economy.enterprises"])
        #expect(site.indicators[0].range == 0...100)
        #expect(site.indicators[0].decimals == 1)
        #expect(site.indicators[1].unit == .inline(["zh": "家", "en": "enterprises", "zh-hant": "家"]))

        let city = try #require(site.city("dongguan"))
        #expect(city.name["zh-hant"] == "東莞市")
        #expect(city.observations.count == 4)
        let enterprises2015 = try #require(city.level("economy.enterprises", year: 2015))
        #expect(enterprises2015.quantity == Quantity(982, exponent: 0))
        #expect(enterprises2015.isDerived)
        let fromCSV = try #require(city.level("air.good_days_ratio", year: 2019))
        #expect(fromCSV.value == 89.6)
        #expect(fromCSV.note?["zh"] == "旧, 值")
        #expect(fromCSV.location == SourceLocation(file: "Content/cities/dongguan/observations.csv", line: 2, column: 1))
        #expect(city.changes.map(\.kind) == [.points, .relative, .absolute])
        #expect(city.source(nil)?.id == "dg-2020")

        let report = try #require(city.reports.first)
        #expect(report.id == "plan")
        #expect(report.date == "2021-01-02")
        let zhNarrative = try #require(report.narratives["zh"])
        #expect(zhNarrative.frontMatter.period == "2016–2020")
        // The body is parsed when checked or rendered, with the same positions.
        let zh = zhNarrative.parsed(languages: site.config.languageCodes)
        #expect(zh.diagnostics.isEmpty)
        let en = try #require(report.narratives["en"]).parsed(languages: site.config.languageCodes)
        #expect(zh.charts.first?.type == .line)
        #expect(zh.charts.first?.years == YearSpan(2019, 2020))
        #expect(zh.charts.first?.location.line == 10)
        #expect(zh.figures.first?.selection == .year(2020))
        #expect(zh.figures.first?.location == SourceLocation(file: "Content/cities/dongguan/plan.zh.md", line: 7, column: 3))
        #expect(en.figures.first?.city == "dongguan")
        #expect(en.figures.first?.selection == .change(from: 2015, to: 2020))
        #expect(site.pages.map(\.slug) == ["about"])

        // Validation: the report lacks zh-hant, the page lacks zh and zh-hant.
        let problems = SiteValidator(site: site).validate()
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
        #expect(problems.filter { $0.severity == .warning }.map(\.message).sorted() == [
            "page 'about' has no 'zh' version; its zh page will say so and link to the versions that exist",
            "page 'about' has no 'zh-hant' version; its zh-hant page will say so and link to the versions that exist",
            "report 'plan' has no 'zh-hant' version; its zh-hant page will say so and link to the versions that exist",
        ])
    }

    @Test func figuresResolveToLevelsAndChanges() throws {
        let root = try site([
            "Content/site.yaml": siteYAML, "Content/indicators.yaml": indicatorsYAML, "Content/cities/dongguan/city.yaml": cityYAML,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try #require(SiteLoader(root: root).load().site)
        let city = try #require(site.city("dongguan"))
        let enterprises = try #require(site.indicator("economy.enterprises"))
        // A reported change wins over the levels.
        let reported = try #require(city.change(enterprises, from: 2015, to: 2020))
        #expect(reported.reported != nil)
        #expect(reported.quantity == Quantity(549.8, exponent: -1))
        // Latest is the latest year with a level.
        #expect(city.latest("economy.enterprises")?.year == 2020)
        // Computed from levels when not reported: a percent indicator changes in points.
        let ratio = try #require(site.indicator("air.good_days_ratio"))
        #expect(city.change(ratio, from: 2019, to: 2020)?.kind == .points)
        #expect(city.change(ratio, from: 2018, to: 2020) == nil)
    }
}

@Suite struct NumberParsingTests {
    @Test(arguments: [
        ("91.3", 91.3, -1), ("77", 77, 0), ("258.5万", 2_585_000, 3), ("373万", 3_730_000, 4),
        ("9650.2亿", 965_020_000_000, 7), ("1.2万", 12_000, 3), ("-29.4", -29.4, -1), ("+1.7", 1.7, -1),
        ("0.0982万", 982, 0), ("57.49万", 574_900, 2), ("2万亿", 2e12, 12),
    ])
    func parses(text: String, value: Double, exponent: Int) throws {
        let quantity = try Quantity.parse(text)
        #expect(quantity.value == value)
        #expect(quantity.exponent == exponent)
    }

    @Test(arguments: ["", "abc", "12k", "1,000", ".nan", "NaN", ".inf", "-.inf", "1.2.3", "万", "1e5"])
    func rejects(text: String) {
        #expect(throws: Quantity.ParseError.self) { try Quantity.parse(text) }
    }
}

@Suite struct ConsistencyTests {
    @Test func derivedLevelsAgreeWithTheReportedChangeWithinRounding() throws {
        let root = try site([
            "Content/site.yaml": siteYAML, "Content/indicators.yaml": indicatorsYAML,
            "Content/cities/dongguan/city.yaml": cityYAML.replacingOccurrences(of: "relative: 549.8", with: "relative: 549.7"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try #require(SiteLoader(root: root).load().site)
        // 6381 / 982 = 6.4980 → +549.8%; 549.7 is still within the rounding of 982 (981.5–982.5).
        #expect(SiteValidator(site: site).validate().filter { $0.severity == .error }.isEmpty)
    }

    @Test func aChangeThatDisagreesIsReportedAtItsLine() throws {
        let root = try site([
            "Content/site.yaml": siteYAML, "Content/indicators.yaml": indicatorsYAML,
            "Content/cities/dongguan/city.yaml": cityYAML.replacingOccurrences(of: "relative: 549.8", with: "relative: 600"),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let site = try #require(SiteLoader(root: root).load().site)
        let errors = SiteValidator(site: site).validate().filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "Content/cities/dongguan/city.yaml", line: 18, column: 71))
        #expect(errors.first?.message == "the reported change of +600% from 2015 to 2020 disagrees with the values, 982 in 2015 and 6381 in 2020, which give +549.8% (+549.4% to +550.2% allowing for their rounding): check these three figures")
    }
}
