import Markdown
import SiteModel
import Theme

/// An Atom feed of one language's reports, newest first.
package struct Feed {
    package let context: RenderContext

    package func render(_ code: String) -> OutputFile {
        let site = context.site
        let base = site.config.baseURL
        let route = Route.home(code)
        let reports = site.cities.flatMap(\.reports).filter { $0.narratives[code] != nil }
            .sorted { ($0.date, $0.city, $0.id) > ($1.date, $1.city, $1.id) }
        let title = site.config.title.resolved(code, fallbacks: context.fallbacks(code))
            + context.strings.text("title_separator", code) + context.strings.text("feed_title", code)
        // Atom ids must be IRIs: the page URL when the base URL is known, else a stable tag-like URN.
        let id = { (path: String) in base.map { $0 + path } ?? "urn:report-site:\(path)" }
        let href = { (path: String) in base.map { $0 + path } ?? "../" + path }
        let updated = reports.first.map { "\($0.date)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTMLEscaping.escapeXML(context.language(code).locale))">
        <title>\(HTMLEscaping.escapeXML(title))</title>
        <id>\(HTMLEscaping.escapeXML(id(route.folder)))</id>
        <link rel="alternate" type="text/html" href="\(HTMLEscaping.escapeXML(href(route.folder)))"/>
        <link rel="self" type="application/atom+xml" href="\(HTMLEscaping.escapeXML(href("\(code)/feed.xml")))"/>
        <updated>\(HTMLEscaping.escapeXML(updated))</updated>

        """
        for report in reports {
            let narrative = report.narratives[code]!
            let path = Route.report(code, report.city, report.id).folder
            let city = site.city(report.city).map { $0.name.resolved(code, fallbacks: context.fallbacks(code)) } ?? report.city
            let publisher = site.city(report.city)?.sources.first?.publisher.map { $0.resolved(code, fallbacks: context.fallbacks(code)) } ?? city
            xml += """
            <entry>
            <title>\(HTMLEscaping.escapeXML(narrative.frontMatter.title))</title>
            <id>\(HTMLEscaping.escapeXML(id(path)))</id>
            <link rel="alternate" type="text/html" href="\(HTMLEscaping.escapeXML(href(path)))"/>
            <updated>\(HTMLEscaping.escapeXML(narrative.frontMatter.date ?? report.date))T00:00:00Z</updated>
            <author><name>\(HTMLEscaping.escapeXML(publisher))</name></author>
            <category term="\(HTMLEscaping.escapeXML(report.city))" label="\(HTMLEscaping.escapeXML(city))"/>
            \(narrative.frontMatter.summary.map { "<summary>\(HTMLEscaping.escapeXML($0))</summary>" } ?? "")
            </entry>

            """
        }
        xml += "</feed>\n"
        return OutputFile(path: "\(code)/feed.xml", text: xml)
    }
}
