import Foundation
import SiteModel
import Theme

/// What every page's rendering shares: the site, its templates and interface strings, a
/// formatter per language, and the charts drawn so far.
/// Immutable but for the figure cache, which guards itself: pages render concurrently.
package struct RenderContext: Sendable {
    package let site: Site
    package let templates: TemplateSet
    package let strings: UIStrings
    /// Each chart drawn once per language, shared by every page that shows it.
    package let figures: FigureCache
    private let formatters: [String: FigureFormatter]
    /// Each language's interface strings, escaped once: every template render gets them.
    private let escapedStrings: [String: EscapedTable]

    package init(site: Site, templates: TemplateSet, strings: UIStrings, figures: FigureCache = FigureCache()) {
        self.site = site
        self.templates = templates
        self.strings = strings
        self.figures = figures
        var escapedStrings: [String: EscapedTable] = [:]
        for language in site.config.languages {
            escapedStrings[language.code] = EscapedTable((strings.table[language.code] ?? [:]).mapValues { HTML(escaping: $0) })
        }
        self.escapedStrings = escapedStrings
        var formatters: [String: FigureFormatter] = [:]
        // Loading made sure every language has its conventions; without them there is no context.
        for language in site.config.languages {
            guard let conventions = strings.conventions[language.code] else { continue }
            let code = language.code
            let base = PageBase(strings: escapedStrings[code] ?? EscapedTable([:]),
                                siteTitle: site.config.title.resolved(code, fallbacks: site.config.fallbacks(for: code)), lang: code)
            formatters[code] = FigureFormatter(language: language, conventions: conventions, templates: templates, base: base)
        }
        self.formatters = formatters
    }

    /// The same context over an updated site (a preview after an edit): templates, strings
    /// and the charts drawn so far are kept.
    package func with(site: Site) -> RenderContext {
        RenderContext(site: site, templates: templates, strings: strings, figures: figures)
    }

    /// The same context with another figure cache (a build bounds its memory).
    package func with(figures: FigureCache) -> RenderContext {
        RenderContext(site: site, templates: templates, strings: strings, figures: figures)
    }

    package var languages: [Language] { site.config.languages }

    package func language(_ code: String) -> Language { languages.first { $0.code == code }! }
    package func formatter(_ code: String) -> FigureFormatter { formatters[code]! }
    package func describer(_ code: String) -> ChartDescriber { ChartDescriber(context: self, language: code) }
    package func fallbacks(_ code: String) -> [String] { site.config.fallbacks(for: code) }
    package func text(_ localized: LocalizedText?, _ code: String) -> String? {
        localized.map { $0.resolved(code, fallbacks: fallbacks(code)) }
    }

    /// Between the items of a list, the language's `list.separator`: `、`, `, `.
    package func listSeparator(_ code: String) -> String { formatter(code).style.conventions.text("list.separator") }

    /// One language's interface strings as templates read them (`t`), escaped.
    package func stringTable(_ code: String) -> EscapedTable { escapedStrings[code] ?? EscapedTable([:]) }

    /// What every typed template gets beneath its model: `t` and the site title.
    package func pageBase(_ code: String) -> PageBase {
        PageBase(strings: stringTable(code), siteTitle: site.config.title.resolved(code, fallbacks: fallbacks(code)), lang: code)
    }
}
