/// A language the site is published in.
public struct Language: Hashable, Sendable {
    /// The code used in URLs and file names: `zh`, `en`, `zh-hant`.
    public var code: String
    /// The locale for `<html lang>` and number formatting: `zh-CN`, `en`.
    public var locale: String
    /// The language's own name, for the switcher: `中文`, `English`.
    public var name: String
    /// For a language made by script conversion: the language it is made from (`zh`).
    public var from: String?
    /// The OpenCC configuration that makes it (`s2hk`).
    public var convert: String?

    public init(code: String, locale: String, name: String, from: String? = nil, convert: String? = nil) {
        self.code = code
        self.locale = locale
        self.name = name
        self.from = from
        self.convert = convert
    }

}

/// The licence the site's text and data are published under (`licence:` in site.yaml).
public struct Licence: Sendable {
    /// Its name as readers see it: `CC BY 4.0`, per language where it is translated.
    public var name: LocalizedText
    /// Where its terms are.
    public var url: String?

    public init(name: LocalizedText, url: String?) {
        self.name = name
        self.url = url
    }
}

/// `site.yaml`: the site's title and languages.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    public var description: LocalizedText?
    /// With a trailing slash, or nil when not set.
    public var baseURL: String?
    /// In switcher order.
    public var languages: [Language]
    public var defaultLanguage: String
    /// The licence of the site's text and data, named in every page's footer, the downloads
    /// and the standalone charts.
    public var licence: Licence?
    /// The languages made from another by script conversion, with their converters.
    public var editions: [ConvertedEdition] = []
    /// `requireQuotes: true`: a figure of a source whose text is kept must carry its quote
    /// (an error, not a warning).
    public var requireQuotes = false

    public init(title: LocalizedText, description: LocalizedText?, baseURL: String?, languages: [Language], defaultLanguage: String) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.languages = languages
        self.defaultLanguage = defaultLanguage
    }

    public var languageCodes: [String] { languages.map(\.code) }

    /// The default language first, then the others in order: the fallback chain for text.
    public func fallbacks(for code: String) -> [String] {
        [defaultLanguage] + languageCodes.filter { $0 != defaultLanguage && $0 != code }
    }
}
