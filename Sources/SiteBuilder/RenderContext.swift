import Foundation
import SiteModel

/// What every page's rendering shares: the site, its templates and interface strings,
/// and a formatter per language.
struct RenderContext: @unchecked Sendable {
    let site: Site
    let templates: TemplateSet
    let strings: UIStrings
    private let formatters: [String: FigureFormatter]

    init(site: Site, templates: TemplateSet, strings: UIStrings) {
        self.site = site
        self.templates = templates
        self.strings = strings
        var formatters: [String: FigureFormatter] = [:]
        for language in site.config.languages {
            formatters[language.code] = FigureFormatter(language: language, derivedLabel: strings.text("derived_label", language.code))
        }
        self.formatters = formatters
    }

    var languages: [Language] { site.config.languages }

    func language(_ code: String) -> Language { languages.first { $0.code == code }! }
    func formatter(_ code: String) -> FigureFormatter { formatters[code]! }
    func describer(_ code: String) -> ChartDescriber { ChartDescriber(context: self, language: code) }
    func fallbacks(_ code: String) -> [String] { site.config.fallbacks(for: code) }
    func text(_ localized: LocalizedText?, _ code: String) -> String? {
        localized.map { $0.resolved(code, fallbacks: fallbacks(code)) }
    }

    /// `、` between Chinese list items, `, ` otherwise.
    func listSeparator(_ code: String) -> String { language(code).isChinese ? "、" : ", " }

    /// The keys every template may use: `t` (interface strings) and the site title.
    func base(_ code: String) -> [String: Any] {
        [
            "t": strings.table[code] ?? [:],
            "siteTitle": site.config.title.resolved(code, fallbacks: fallbacks(code)),
            "lang": code,
        ]
    }
}
