import Markdown
import SiteModel
import Theme

/// Pages made from a narrative: a city's report, and free pages (about, methodology).
extension SiteRenderer {
    package func reportPage(_ report: Report, city: City, _ code: String, bound: SiteValidator.BoundNarrative?) -> RenderedRoute {
        let page = PageState(route: .report(code, city.id, report.id), language: context.language(code))
        let available = codes.filter { report.narratives[$0] != nil }
        guard let narrative = report.narratives[code].map(page.reading(site).shown), let bound else {
            return missingPage(report.narratives, page: page, available: available)
        }
        // The narrative first: the notes under it are what rendering it gathered.
        let rendered = NarrativeRenderer(context: context, page: page, city: city.id).rendered(narrative, bound: bound)
        let narrativeBody = HTML(trusted: rendered.html)
        let model = ReportModel(
            title: narrative.frontMatter.title, cityName: context.text(city.name, code)!, cityHref: page.link(to: .city(code, city.id)),
            homeHref: page.link(to: .home(code)), period: narrative.frontMatter.period, date: narrative.frontMatter.date,
            summary: narrative.frontMatter.summary,
            // Only a build that shows drafts renders one: the preview, `build --drafts`.
            draft: narrative.frontMatter.isDraft, contents: Self.contents(rendered.headings, topLevel: rendered.topLevel),
            body: narrativeBody, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                      available: available)
    }

    package func freePage(_ freePage: FreePage, _ code: String, bound: SiteValidator.BoundNarrative?) -> RenderedRoute {
        let page = PageState(route: .page(code, freePage.slug), language: context.language(code))
        let available = codes.filter { freePage.narratives[$0] != nil }
        guard let narrative = freePage.narratives[code].map(page.reading(site).shown), let bound else {
            return missingPage(freePage.narratives, page: page, available: available)
        }
        let rendered = NarrativeRenderer(context: context, page: page, city: nil).rendered(narrative, bound: bound)
        let narrativeBody = HTML(trusted: rendered.html)
        let model = FreePageModel(title: narrative.frontMatter.title, summary: narrative.frontMatter.summary,
                                  draft: narrative.frontMatter.isDraft, contents: Self.contents(rendered.headings, topLevel: rendered.topLevel),
                                  body: narrativeBody, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                      available: available)
    }

    /// Headings a page needs before it has a table of contents: with fewer, the page is short
    /// enough to be read through.
    package static let contentsMinimum = 3

    /// A narrative's table of contents: its h2 headings (the level written for h2 is
    /// `topLevel`), each with the h3 headings under it; empty under `contentsMinimum` of them.
    package static func contents(_ headings: [Heading], topLevel: Int) -> [ContentsEntry] {
        let listed = headings.filter { $0.level == topLevel || $0.level == topLevel + 1 }
        guard listed.count >= contentsMinimum else { return [] }
        var entries: [ContentsEntry] = []
        for heading in listed {
            if heading.level == topLevel + 1, !entries.isEmpty {
                entries[entries.count - 1].children.append(ContentsSubentry(title: heading.text, anchor: heading.id, level: 3))
            } else {
                // An h3 before any h2 stands on its own.
                entries.append(ContentsEntry(title: heading.text, anchor: heading.id, level: heading.level - topLevel + 2, children: []))
            }
        }
        return entries
    }
}
