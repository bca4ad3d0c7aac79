import Diagnostics
import Foundation
import SiteModel
import Testing

/// `summary` and `headline` in city.yaml (issue 22, item 4): read with their places; a
/// headline that is not a list, names an indicator twice, names one the catalogue does not
/// define or one the city has no figure of is an error at its line and column; a city page
/// with nothing to open with is a warning.
@Suite struct CityStoryLoadingTests {
    static let city = """
    name: { zh: 东莞市, en: Dongguan }
    summary:
      zh: 空气和水质好转。
      en: Air and water improved.
    headline: [water.capacity, air.good]
    sources:
      - { id: s, title: { zh: 回顾, en: Review }, url: https://example.org/s }
    observations:
      - { indicator: air.good, year: 2020, value: 91.3 }
      - { indicator: water.capacity, year: 2020, value: 373万 }
    changes:
      - { indicator: air.pm25, from: 2017, to: 2020, relative: -29.4 }
    """

    private func load(_ city: String = city, extra: [String: String] = [:]) throws -> (site: Site?, diagnostics: [Diagnostic]) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("story-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "Content/site.yaml": """
            title: { zh: 公开, en: Disclosure }
            languages:
              - { code: zh, locale: zh-CN, name: 中文 }
              - { code: en, locale: en, name: English }
            """,
            "Content/indicators.yaml": """
            - { id: air.good, category: air, name: { zh: 优良天数比例, en: Good days }, unit: percent, better: higher }
            - { id: air.pm25, category: air, name: { zh: PM2.5, en: PM2.5 }, unit: { zh: 微克/立方米, en: µg/m³ }, better: lower }
            - { id: water.capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: tonnes_per_day, better: higher }
            - { id: water.sections, category: water, name: { zh: 断面, en: Sections }, unit: { zh: 个, en: sections }, better: none }
            """,
            "Content/cities/dongguan/city.yaml": city,
        ].merging(extra) { $1 }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let (site, diagnostics) = SiteLoader(root: root).load()
        return (site, diagnostics + (site.map { SiteValidator(site: $0).validateData() } ?? []))
    }

    private func problems(_ old: String, _ new: String, extra: [String: String] = [:]) throws -> [String] {
        try load(Self.city.replacingOccurrences(of: old, with: new), extra: extra).diagnostics.map {
            "\($0.location): \($0.severity == .error ? "error" : "warning"): \($0.message)" + ($0.suggestion.map { " (\($0))" } ?? "")
        }
    }

    @Test func summaryAndHeadlineAreReadInTheAuthorsOrder() throws {
        let (site, diagnostics) = try load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let city = try #require(site?.city("dongguan"))
        #expect(city.summary == LocalizedText(["zh": "空气和水质好转。", "en": "Air and water improved."]))
        #expect(city.headline == [
            HeadlineChoice(indicator: "water.capacity", location: SourceLocation(file: "Content/cities/dongguan/city.yaml", line: 5, column: 12)),
            HeadlineChoice(indicator: "air.good", location: SourceLocation(file: "Content/cities/dongguan/city.yaml", line: 5, column: 28)),
        ])
    }

    @Test func aHeadlineIsAList() throws {
        #expect(try problems("headline: [water.capacity, air.good]", "headline: air.good") == [
            "Content/cities/dongguan/city.yaml:5:11: error: 'headline' must be a list of indicator ids, not 'air.good' (write it as a list: headline: [air.good_days_ratio, water.section_good_ratio])",
        ])
    }

    @Test func aHeadlineNamesEachIndicatorOnce() throws {
        #expect(try problems("headline: [water.capacity, air.good]", "headline:\n  - air.good\n  - water.capacity\n  - air.good") == [
            "Content/cities/dongguan/city.yaml:8:5: error: 'air.good' is listed twice in 'headline' (first at line 6): name each figure once",
        ])
    }

    @Test func anUnknownIndicatorIsNamedWithTheNearestOne() throws {
        #expect(try problems("headline: [water.capacity, air.good]", "headline: [water.capacity, air.god]") == [
            "Content/cities/dongguan/city.yaml:5:28: error: unknown indicator 'air.god' in 'headline': it is not defined in Content/indicators.yaml (did you mean 'air.good'?)",
        ])
    }

    @Test func anIndicatorWithoutAFigureIsRefused() throws {
        #expect(try problems("headline: [water.capacity, air.good]", "headline: [water.capacity, water.sections]") == [
            "Content/cities/dongguan/city.yaml:5:28: error: dongguan has no value of 'water.sections' to show as a headline figure: add one under 'observations' or 'changes', or choose another indicator",
        ])
        // A reported change is a figure a card can show.
        #expect(try problems("headline: [water.capacity, air.good]", "headline: [air.pm25]").isEmpty)
    }

    @Test func aCityPageWithNothingToOpenWithIsAWarning() throws {
        let noSummary = ("summary:\n  zh: 空气和水质好转。\n  en: Air and water improved.\n", "")
        // A city of data alone, with no report, tells no story yet: its page opens with its figures.
        #expect(try problems(noSummary.0, noSummary.1).isEmpty)
        // A report with a summary in one language gives the city a lede (its page in the other
        // language opens with its figures: a language is not made to wait for another's words).
        let reports = [
            "Content/cities/dongguan/r.zh.md": "---\ntitle: 回顾\ndate: 2021-05-17\n---\n正文。\n",
            "Content/cities/dongguan/r.en.md": "---\ntitle: Review\ndate: 2021-05-17\nsummary: Better air.\n---\nText.\n",
        ]
        #expect(try problems(noSummary.0, noSummary.1, extra: reports).isEmpty)
        let without = try problems(noSummary.0, noSummary.1, extra: reports.mapValues { $0.replacingOccurrences(of: "summary: Better air.\n", with: "") })
        #expect(without == [
            "Content/cities/dongguan/city.yaml:1:1: warning: dongguan's page opens with no lede: the city has no 'summary', and none of its reports has one (add 'summary: { zh: …, en: … }' to city.yaml: a sentence or two on what happened)",
        ])
    }
}
