import Foundation

/// A small site in a fresh temporary folder: one city with a report in two languages and a
/// free page.
struct PreviewFixture {
    let root: URL

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let cityYAML = """
        name: { zh: 甲市, en: Alpha }
        province: { zh: 广东省, en: Guangdong }
        sources:
          - id: a-2020
            title: { zh: 甲市报告, en: Alpha report }
            publisher: { zh: 甲市生态环境局, en: Alpha Bureau }
            url: https://example.org/alpha
            date: 2021-01-05
        observations:
          - { indicator: air.good_days_ratio, year: 2019, value: 89.6 }
          - { indicator: air.good_days_ratio, year: 2020, value: 91.3 }
          - { indicator: water.sewage_capacity, year: 2015, value: 258.5万 }
          - { indicator: water.sewage_capacity, year: 2020, value: 373万 }

        """

    static let files: [String: String] = [
        "Content/site.yaml": """
            title: { zh: 城市环境信息公开, en: City Environment Disclosure }
            description: { zh: 一座城市的环境数据。, en: Environmental data of one city. }
            languages:
              - { code: zh, locale: zh-CN, name: 中文 }
              - { code: en, locale: en, name: English }
            defaultLanguage: zh

            """,
        "Content/indicators.yaml": """
            - id: air.good_days_ratio
              category: air
              name: { zh: 空气质量优良天数比例, en: Share of days with good air quality }
              unit: percent
              better: higher
              decimals: 1
              range: [0, 100]
            - id: water.sewage_capacity
              category: water
              name: { zh: 污水处理能力, en: Sewage treatment capacity }
              unit: tonnes_per_day
              better: higher

            """,
        "Content/cities/alpha/city.yaml": cityYAML,
        "Content/cities/alpha/plan.zh.md": """
            ---
            title: 甲市五年成效
            date: 2021-01-05
            summary: 甲市五年来的环境成效。
            ---
            ## 空气

            2020年优良天数比例为[[air.good_days_ratio@2020]]。

            """,
        "Content/cities/alpha/plan.en.md": """
            ---
            title: Alpha's five years
            date: 2021-01-05
            summary: What Alpha achieved in five years.
            ---
            ## Air

            Good-air days were [[air.good_days_ratio@2020]] in 2020.

            """,
        "Content/pages/about.zh.md": "---\ntitle: 关于本站\n---\n本站公开一座城市的数据。\n",
        "Content/pages/about.en.md": "---\ntitle: About\n---\nThis site publishes the data of one city.\n",
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("report-site-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // A theme of the repository's own, where it has one at its root (else the built-in one).
        for folder in ["Templates", "Public"] where FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        for (path, text) in Self.files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
