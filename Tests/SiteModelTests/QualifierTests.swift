import Diagnostics
import Foundation
import Formatting
import SiteModel
import Testing

/// `bound`, `period` and `aggregate`: read from YAML and CSV, and kept out of every
/// computation and year axis.
@Suite struct QualifierTests {
    private static let siteYAML = """
    title: { zh: 站, en: Site }
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    defaultLanguage: zh
    """
    private static let indicatorsYAML = """
    - { id: land.safe_use, category: land, name: { zh: 安全利用率, en: Safe use }, unit: percent, better: higher, range: [0, 100] }
    - { id: air.scattered, category: air, name: { zh: 散乱污整治, en: Scattered polluters }, unit: { zh: 家, en: sites }, better: none }
    """
    private static let cityYAML = """
    name: { zh: 东莞市, en: Dongguan }
    sources:
      - { id: dg, title: { zh: 报告, en: Report }, document: a.txt }
    observations:
      - { indicator: land.safe_use, year: 2015, value: 80 }
      - { indicator: land.safe_use, year: 2020, value: 90, bound: atLeast }
      - { indicator: air.scattered, period: 2016..2020, aggregate: total, value: 5.6万, bound: moreThan }
      - { indicator: air.scattered, year: 2020, value: 9000 }
      - { indicator: air.scattered, year: 2019, value: 8000 }
    changes:
      - { indicator: land.safe_use, from: 2015, to: 2020, points: 30, bound: about }
    """

    private func load(csv: String? = nil) throws -> (Site, [Diagnostic]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qualifiers-\(UUID().uuidString)")
        var files = ["Content/site.yaml": Self.siteYAML, "Content/indicators.yaml": Self.indicatorsYAML,
                     "Content/cities/dongguan/city.yaml": Self.cityYAML]
        if let csv { files["Content/cities/dongguan/observations.csv"] = csv }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: root) }
        let (loaded, diagnostics) = SiteLoader(root: root).load()
        let site = try #require(loaded)
        return (site, diagnostics + SiteValidator(site: site).validate())
    }

    @Test func yamlFieldsAreReadAndAPeriodValueTakesItsLastYear() throws {
        let (site, diagnostics) = try load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let city = try #require(site.city("dongguan"))
        #expect(city.level("land.safe_use", year: 2020)?.bound == .atLeast)
        let total = try #require(city.periodValue("air.scattered", from: 2016, to: 2020))
        #expect(total.year == 2020)
        #expect(total.period == Period(first: 2016, last: 2020, aggregate: .total))
        #expect(total.bound == .moreThan)
        #expect(city.changes.first?.bound == .about)
        // The single-year value of 2020 stands beside the 2016–2020 total; only it is a level.
        #expect(city.level("air.scattered", year: 2020)?.value == 9000)
        #expect(city.yearLevels(of: "air.scattered").map(\.year) == [2019, 2020])
        #expect(city.latest("air.scattered")?.period == nil)
    }

    @Test func csvColumnsAreRead() throws {
        let csv = "indicator,year,value,source,note_zh,note_en,bound,period,aggregate\nair.scattered,2018,1.2万,dg,,,about,2017..2018,average\n"
        let (site, diagnostics) = try load(csv: csv)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let average = try #require(site.city("dongguan")?.periodValue("air.scattered", from: 2017, to: 2018))
        #expect(average.bound == .about)
        #expect(average.period?.aggregate == .average)
    }

    @Test func boundedLevelsAreNeverUsedToComputeAChange() throws {
        let (site, _) = try load()
        let city = try #require(site.city("dongguan"))
        let safeUse = try #require(site.indicator("land.safe_use"))
        let scattered = try #require(site.indicator("air.scattered"))
        // The reported (approximate) change is what the source says.
        #expect(city.change(safeUse, from: 2015, to: 2020)?.bound == .about)
        // Nothing is computed from 90 (at least): the change 2015..2020 without the report is refused.
        var unreported = city
        unreported.changes = []
        #expect(unreported.change(safeUse, from: 2015, to: 2020) == nil)
        #expect(unreported.levelProblem("land.safe_use", from: 2015, to: 2020)?.year == 2020)
        // Exact single-year levels still give a change, never the period total.
        #expect(city.change(scattered, from: 2019, to: 2020)?.quantity == Quantity(12.5, exponent: -1))
    }

    @Test func aBoundedReportedChangeIsNotCheckedAgainstLevels() throws {
        // 80 → 90 gives +10 points, far from "about 30": no disagreement is reported, since
        // neither the bound nor the at-least level is an exact figure.
        let (_, diagnostics) = try load()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func referencesResolvePeriodValues() throws {
        let (site, _) = try load()
        let resolver = FigureResolver(site: site)
        let at = SourceLocation(file: "x.md", line: 1, column: 1)
        let span = try FigureReference.parse("air.scattered@2016..2020", at: at).get()
        guard case .success(.level(_, _, let total)) = resolver.resolve(span, pageCity: "dongguan") else {
            Issue.record("a span naming a period value resolves to it"); return
        }
        #expect(total.period?.first == 2016)
        let signed = try FigureReference.parse("air.scattered@2016..2020 signed", at: at).get()
        guard case .failure(let problem) = resolver.resolve(signed, pageCity: "dongguan") else {
            Issue.record("'signed' on a period value is an error"); return
        }
        #expect(problem.message == "[[air.scattered@2016..2020 signed]] is the total over 2016–2020, not a change: 'signed' is for changes")
    }

    @Test(arguments: [("a@2017..2020", FigureReference.Form.words), ("a@2017..2020 size", .size), ("a@2017..2020  signed", .signed)])
    func formWords(raw: String, form: FigureReference.Form) throws {
        let reference = try FigureReference.parse(raw, at: SourceLocation(file: "x.md")).get()
        #expect(reference.form == form)
        #expect(reference.selection == .change(from: 2017, to: 2020))
    }
}
