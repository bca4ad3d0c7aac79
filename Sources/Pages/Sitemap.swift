import Markdown
import SiteModel
import Theme

/// `sitemap.xml`: every page once per language, each with `xhtml:link` alternates for the
/// languages that have it and `x-default`. Written only when the site has a base URL: the
/// sitemap protocol requires absolute URLs.
package struct Sitemap {
    package let config: SiteConfig
    /// The site's base URL, ending in `/`.
    package let base: String

    package func render(_ pages: [(route: Route, languages: [String])]) -> OutputFile {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        let locale = { (code: String) in config.languages.first { $0.code == code }?.locale ?? code }
        // The landing page and the language homes name each other: the landing is their x-default.
        let homes = config.languages.map { language in
            "<xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.escapeXML(language.locale))\" href=\"\(HTMLEscaping.escapeXML(Route.home(language.code).url(base: base)))\"/>\n"
        }.joined()
        let landing = "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTMLEscaping.escapeXML(base))\"/>\n"
        xml += "<url>\n<loc>\(HTMLEscaping.escapeXML(base))</loc>\n" + homes + landing + "</url>\n"
        for page in pages {
            let fallback = page.languages.contains(config.defaultLanguage) ? config.defaultLanguage : page.languages.first
            for code in page.languages {
                xml += "<url>\n<loc>\(HTMLEscaping.escapeXML(page.route.inLanguage(code).url(base: base)))</loc>\n"
                for other in page.languages {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.escapeXML(locale(other)))\" href=\"\(HTMLEscaping.escapeXML(page.route.inLanguage(other).url(base: base)))\"/>\n"
                }
                if case .home = page.route {
                    xml += landing
                } else if let fallback {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(HTMLEscaping.escapeXML(page.route.inLanguage(fallback).url(base: base)))\"/>\n"
                }
                xml += "</url>\n"
            }
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
