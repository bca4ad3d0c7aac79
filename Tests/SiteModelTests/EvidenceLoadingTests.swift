import Diagnostics
import Foundation
import Formatting
import SiteModel
import Testing

/// Sources with their kept text, figures with their quotes, and figures whose source states no
/// period, as `Content/` gives them.
@Suite struct EvidenceLoadingTests {
    static let files: [String: String] = [
        "Content/site.yaml": """
        title: { zh: 公开, en: Disclosure }
        languages:
          - { code: zh, locale: zh-CN, name: 中文 }
          - { code: en, locale: en, name: English }
        requireQuotes: true
        """,
        "Content/indicators.yaml": """
        - { id: investment.sewage_works, category: water, name: { zh: 污水投资, en: Sewage investment }, unit: { zh: 元, en: CNY }, better: none }
        - { id: water.sewage_capacity, category: water, name: { zh: 污水处理能力, en: Sewage capacity }, unit: { zh: 吨/日, en: t/day }, better: higher }
        """,
        "Content/cities/dongguan/city.yaml": """
        name: { zh: 东莞市, en: Dongguan }
        sources:
          - id: dg
            title: { zh: 东莞, en: Dongguan }
            publisher: { zh: 人民日报, en: People's Daily }
            credit: { zh: 东莞市生态环境局, en: Dongguan Bureau }
            url: https://example.org/dg
            archive: https://archive.example.org/dg
            date: 2021-05-17
            dateBasis: page
            lang: zh-Hans
            text: sources/dg.txt
        observations:
          - indicator: investment.sewage_works
            year: 2020
            value: 712亿
            bound: about
            period: unstated
            quote: 累计投入约712亿元
            locator: 治水
        """,
        "Content/cities/dongguan/observations.csv": """
        indicator,year,value,period,quote,locator
        water.sewage_capacity,2020,373万,unstated,提高到373万吨/日,
        """,
        "Content/cities/dongguan/sources/dg.txt": """
        东莞　精准科学依法

        治水方面，累计投入约712亿元，污水处理能力提高到373万吨/日。
        """,
    ]

    @Test func sourcesQuotesAndUnstatedPeriodsAreRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in Self.files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let (site, diagnostics) = SiteLoader(root: root).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let loaded = try #require(site)
        #expect(loaded.config.requireQuotes)
        let city = try #require(loaded.cities.first)
        let source = try #require(city.sources.first)
        #expect(source.credit?["en"] == "Dongguan Bureau")
        #expect(source.archive == "https://archive.example.org/dg")
        #expect(source.dateBasis == .page)
        #expect(source.lang == "zh-Hans")
        #expect(source.text?.path == "Content/cities/dongguan/sources/dg.txt")
        #expect(source.text?.paragraphs == ["东莞　精准科学依法", "治水方面，累计投入约712亿元，污水处理能力提高到373万吨/日。"])

        let investment = try #require(city.observations.first { $0.indicator == "investment.sewage_works" })
        #expect(investment.evidence == Evidence(quote: "累计投入约712亿元", locator: "治水"))
        #expect(investment.periodUnstated && investment.period == nil && investment.year == 2020)
        let capacity = try #require(city.observations.first { $0.indicator == "water.sewage_capacity" })
        #expect(capacity.evidence == Evidence(quote: "提高到373万吨/日", locator: nil))
        #expect(capacity.periodUnstated)

        #expect(SiteValidator(site: loaded).validateData().isEmpty)
    }

    @Test func anUnstatedPeriodTakesNoAggregateInYAMLOrCSV() throws {
        var files = Self.files
        files["Content/cities/dongguan/city.yaml"] = files["Content/cities/dongguan/city.yaml"]!
            .replacingOccurrences(of: "    period: unstated\n", with: "    period: unstated\n    aggregate: total\n")
        files["Content/cities/dongguan/observations.csv"] = """
        indicator,year,value,period,aggregate,quote,locator
        water.sewage_capacity,2020,373万,unstated,total,提高到373万吨/日,
        """
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let message = "'aggregate' says what a value over several years is, and 'period: unstated' says the source gives no years"
        let found = SiteLoader(root: root).load().diagnostics.filter { $0.message == message }.map(\.location.description)
        #expect(found == ["Content/cities/dongguan/city.yaml:19:16", "Content/cities/dongguan/observations.csv:2:29"])
    }
}
