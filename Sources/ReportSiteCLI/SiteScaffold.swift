import Foundation
import SiteBuilder
import Theme

/// The files that `new`, `new-city` and `new-report` write, by path in the site folder.
/// Chinese text goes to `zh` and every `zh-…` language, English text to all others; the
/// comments point to docs/content-format.md, which explains every field. Every example figure,
/// source and text is marked `placeholder: true` and every new report `draft: true`, so that
/// `check --strict` lists each until it is replaced, while plain `check` and `build` pass.
struct SiteScaffold {
    /// The site's language codes, in order; the first is the default.
    var languages: [String]

    static let guide = "docs/content-format.md in the report-site repository"

    private func isChinese(_ code: String) -> Bool { code == "zh" || code.hasPrefix("zh-") }

    /// `{ zh: "…", en: "…" }` for the site's languages.
    func localized(zh: String, en: String) -> String {
        "{ " + languages.map { "\($0): \(Self.quoted(isChinese($0) ? zh : en))" }.joined(separator: ", ") + " }"
    }

    /// A YAML double-quoted scalar: safe for any text a user passes on the command line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += String(format: "\\x%02X", scalar.value) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// Names of a city per language: the given ones, English for other languages, the id when none.
    struct Names {
        var zh: String
        var en: String

        init(id: String, zh: String?, en: String?) {
            if id == "example", zh == nil, en == nil {
                (self.zh, self.en) = ("示例市", "Example City")
                return
            }
            let fallback = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            self.en = en ?? zh ?? fallback
            self.zh = zh ?? en ?? fallback
        }
    }

    // MARK: - A new site

    /// A minimal site that passes `check` and builds: site.yaml, three indicators, one city with
    /// example values and reported changes, an example report and an about page in every
    /// language. `check --strict` lists the examples (`placeholder: true`) to replace.
    func site(city: String, names: Names, baseURL: String) -> [String: String] {
        var files: [String: String] = [:]
        files["Content/site.yaml"] = """
        # The site's title, public address and languages.
        # Every field is explained in \(Self.guide), section "site.yaml".
        title: \(localized(zh: "\(names.zh)生态环境信息公开", en: "\(names.en) Environmental Disclosure"))
        description: \(localized(zh: "\(names.zh)生态环境数据与报告，以图表和中英文文字呈现。",
                                 en: "Environmental data and reports of \(names.en), in charts and text."))
        # Where the site will be published. Canonical links, the sitemap and the feeds need the
        # full address: change it before publishing (`report-site build --base-url …` overrides it).
        baseURL: \(Self.quoted(baseURL))
        languages:
        \(languages.map { "  - { code: \($0), locale: \(Self.locale(of: $0)), name: \(Self.quoted(Self.languageName(of: $0))) }" }.joined(separator: "\n"))
        defaultLanguage: \(languages[0])

        """
        files["Content/indicators.yaml"] = """
        # Everything the site measures, shared by every city. Each indicator needs an id, a
        # category (named in the interface strings: category_air, …), a name per language, a
        # unit and which direction is better. See \(Self.guide), section "indicators.yaml",
        # for the built-in units and the optional fields.
        - id: air.good_days_ratio
          category: air
          name: \(localized(zh: "空气质量优良天数比例", en: "Share of days with good air quality"))
          unit: percent
          better: higher
          decimals: 1
          # A value outside the range is an error: it catches typing slips such as 931 for 93.1.
          range: [0, 100]

        - id: air.pm25
          category: air
          name: \(localized(zh: "细颗粒物（PM2.5）年均浓度", en: "Annual mean PM2.5 concentration"))
          unit: ug_per_m3
          better: lower

        - id: enforcement.penalty_cases
          category: enforcement
          name: \(localized(zh: "环境违法行政处罚案件", en: "Environmental violations penalised"))
          # A unit of your own, per language.
          unit: \(localized(zh: "件", en: "cases"))
          better: none

        """
        files.merge(self.city(id: city, names: names, example: true)) { $1 }
        for code in languages {
            files["Content/cities/\(city)/2023-environment.\(code).md"] = isChinese(code) ? """
            ---
            # A report: one Markdown file per language, with the same name. Front matter,
            # figures [[…]] and charts are explained in \(Self.guide),
            # sections "Reports and free pages", "Charts" and "Figures in the text".
            # An example report: `check --strict` lists it until it is yours; then remove the next line.
            placeholder: true
            title: \(Self.quoted("\(names.zh)2023年生态环境状况"))
            date: 2024-03-31
            period: "2023"
            summary: 空气质量继续改善。（示例报告：请换成您的城市的内容。）
            ---

            2023年，空气质量优良天数比例为[[air.good_days_ratio@2023]]，比上年[[air.good_days_ratio@2022..2023]]。细颗粒物（PM2.5）年均浓度为[[air.pm25@2023]]，比2021年[[air.pm25@2021..2023]]。

            ```chart
            type: line
            indicator: air.pm25
            years: 2021..2023
            title: 细颗粒物（PM2.5）年均浓度，2021–2023年
            ```

            全年办理环境违法行政处罚案件[[enforcement.penalty_cases@2023]]。

            """ : """
            ---
            # A report: one Markdown file per language, with the same name. Front matter,
            # figures [[…]] and charts are explained in \(Self.guide),
            # sections "Reports and free pages", "Charts" and "Figures in the text".
            # An example report: `check --strict` lists it until it is yours; then remove the next line.
            placeholder: true
            title: \(Self.quoted("The environment of \(names.en) in 2023"))
            date: 2024-03-31
            period: "2023"
            summary: Air quality kept improving. (An example report; replace it with your city's.)
            ---

            In 2023 the share of days with good air quality was [[air.good_days_ratio@2023]], [[air.good_days_ratio@2022..2023]] on the year before. Annual mean PM2.5 was [[air.pm25@2023]], [[air.pm25@2021..2023]] since 2021.

            ```chart
            type: line
            indicator: air.pm25
            years: 2021..2023
            title: Annual mean PM2.5, 2021–2023
            ```

            The bureau penalised [[enforcement.penalty_cases@2023]] of environmental violations during the year.

            """
            files["Content/pages/about.\(code).md"] = isChinese(code) ? """
            ---
            # A free page (Content/pages/<slug>.<lang>.md), linked from every page's menu.
            # See \(Self.guide), section "Reports and free pages".
            title: 关于本站
            ---

            本站以图表和文字公开\(names.zh)的生态环境数据。每个数字都注明来源文件；每张图表都附有数据表，并可下载CSV数据。

            本站由 report-site 生成。

            """ : """
            ---
            # A free page (Content/pages/<slug>.<lang>.md), linked from every page's menu.
            # See \(Self.guide), section "Reports and free pages".
            title: About this site
            ---

            This site publishes the environmental data of \(names.en) in charts and text. Every figure names the document it comes from; every chart has a table of its numbers and its data as a CSV download.

            Made with report-site.

            """
        }
        files.merge(strings()) { $1 }
        return files
    }

    // MARK: - A new city

    /// `city.yaml` of a city; `example` fills it with example values and a reported change.
    func city(id: String, names: Names, example: Bool = false) -> [String: String] {
        let header = """
        # One city: its names, the documents its figures come from, its values and the changes
        # those documents report. Every field is explained in \(Self.guide),
        # section "city.yaml"; long lists of values can go in observations.csv beside this file.
        name: \(localized(zh: names.zh, en: names.en))

        """
        guard example else {
            return ["Content/cities/\(id)/city.yaml": header + """
            sources:
              # The documents the figures come from: a title, and a url or a document file name.
              # `placeholder: true` marks this one as an example: `check --strict` lists it until
              # it is replaced with a real document and the line is removed.
              - id: source-1
                title: \(localized(zh: "（来源文件的标题）", en: "(Title of the source document)"))
                publisher: \(localized(zh: "（发布机构）", en: "(Publisher)"))
                url: https://example.org/
                placeholder: true
            # What an indicator was in a year, copied as the source writes it, e.g.
            #   - { indicator: air.pm25, year: 2023, value: 24 }
            observations: []
            # Changes a source reports between two years (relative, points or absolute), e.g.
            #   - { indicator: air.pm25, from: 2021, to: 2023, relative: -14.3 }
            changes: []

            """]
        }
        return ["Content/cities/\(id)/city.yaml": header + """
        # The source and figures below are examples, each marked `placeholder: true`:
        # `report-site check --strict` lists every one of them. Replace each with your city's,
        # copied from its documents, and remove its `placeholder: true`.
        sources:
          - id: bulletin-2023
            title: \(localized(zh: "\(names.zh)2023年生态环境状况公报", en: "\(names.en) 2023 State of the Environment Bulletin"))
            publisher: \(localized(zh: "\(names.zh)生态环境局", en: "\(names.en) Bureau of Ecology and Environment"))
            url: https://example.org/bulletin-2023
            placeholder: true
        # With a single source, figures need not name it; once there are several, each must.
        observations:
          - { indicator: air.good_days_ratio, year: 2021, value: 90.1, placeholder: true }
          - { indicator: air.good_days_ratio, year: 2022, value: 92.3, placeholder: true }
          - { indicator: air.good_days_ratio, year: 2023, value: 93.0, placeholder: true }
          - { indicator: air.pm25, year: 2021, value: 28, placeholder: true }
          - { indicator: air.pm25, year: 2022, value: 25, placeholder: true }
          - { indicator: air.pm25, year: 2023, value: 24, placeholder: true }
          - { indicator: enforcement.penalty_cases, year: 2023, value: 120, placeholder: true }
        # Changes as the source reports them; checked against the values where both exist.
        changes:
          - { indicator: air.pm25, from: 2021, to: 2023, relative: -14.3, placeholder: true }
          - { indicator: air.good_days_ratio, from: 2022, to: 2023, points: 0.7, placeholder: true }

        """]
    }

    // MARK: - A new report

    /// One file per language, dated `date`, with a body that passes the check; a draft, so
    /// `build` leaves it out and `check --strict` lists it until `draft: true` is removed.
    func report(city: String, slug: String, date: String) -> [String: String] {
        var files: [String: String] = [:]
        for code in languages {
            files["Content/cities/\(city)/\(slug).\(code).md"] = isChinese(code) ? """
            ---
            # A report: one file per language, all with the same name. Front matter, figures
            # and charts are explained in \(Self.guide),
            # sections "Reports and free pages", "Charts" and "Figures in the text".
            # A draft: `report-site serve` shows it, `build` leaves it out. Remove the next line to publish it.
            draft: true
            title: （报告标题）
            date: \(date)
            summary: （一两句摘要，显示在报告列表和订阅中。）
            ---

            在这里撰写报告。写数字时请引用数据，例如 `[[air.pm25@2023]]`（某年的值）或 `[[air.pm25@2021..2023]]`（两年间的变化，写作“下降14.3%”），中英文版本就会显示同一个数字。

            """ : """
            ---
            # A report: one file per language, all with the same name. Front matter, figures
            # and charts are explained in \(Self.guide),
            # sections "Reports and free pages", "Charts" and "Figures in the text".
            # A draft: `report-site serve` shows it, `build` leaves it out. Remove the next line to publish it.
            draft: true
            title: (Title of the report)
            date: \(date)
            summary: (One or two sentences, shown in report lists and feeds.)
            ---

            Write the report here. Give figures as references to the data, such as `[[air.pm25@2023]]` (a year's value) or `[[air.pm25@2021..2023]]` (the change between two years, written "down 14.3%"), so every language states the same number.

            """
        }
        return files
    }

    // MARK: - Languages

    /// Interface strings for languages the built-in theme lacks: a copy of its Chinese or
    /// English strings to translate, so the site builds meanwhile.
    func strings() -> [String: String] {
        var files: [String: String] = [:]
        for code in languages where BuiltInTheme.files["Templates/strings/\(code).yaml"] == nil {
            let from = isChinese(code) ? "zh" : "en"
            let text = String(decoding: BuiltInTheme.files["Templates/strings/\(from).yaml"] ?? Data(), as: UTF8.self)
            files["Templates/strings/\(code).yaml"] = "# Interface text for '\(code)', copied from the built-in '\(from)': translate every line.\n" + text
            // How the language writes numbers, units, changes and chart sentences: needed too.
            let conventions = String(decoding: BuiltInTheme.files["Templates/strings/\(from).conventions.yaml"] ?? Data(), as: UTF8.self)
            files["Templates/strings/\(code).conventions.yaml"] = "# Conventions for '\(code)', copied from the built-in '\(from)': translate every entry.\n" + conventions
        }
        return files
    }

    static func locale(of code: String) -> String {
        ["zh": "zh-CN", "zh-hant": "zh-Hant", "zh-hk": "zh-HK", "zh-tw": "zh-TW"][code] ?? code
    }

    static func languageName(of code: String) -> String {
        ["zh": "中文", "en": "English", "zh-hant": "繁體中文", "zh-hk": "繁體中文（香港）", "zh-tw": "繁體中文（台灣）",
         "fr": "Français", "de": "Deutsch", "es": "Español", "pt": "Português", "ja": "日本語", "ko": "한국어"][code] ?? code
    }
}
