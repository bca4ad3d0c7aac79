import SiteModel

/// Pages made from a narrative: a city's report, and free pages (about, methodology).
extension SiteRenderer {
    func reportPage(_ report: Report, city: City, _ code: String) -> RenderedRoute {
        let page = PageState(route: .report(code, city.id, report.id), language: context.language(code))
        let available = codes.filter { report.narratives[$0] != nil }
        guard let narrative = report.narratives[code] else {
            return missingPage(report.narratives, page: page, available: available)
        }
        page.reads.narratives.insert(narrative.path)
        var values = context.base(code)
        values["title"] = narrative.frontMatter.title
        values["cityName"] = context.text(city.name, code)!
        values["cityHref"] = page.link(to: .city(code, city.id))
        values["homeHref"] = page.link(to: .home(code))
        values["period"] = narrative.frontMatter.period
        values["date"] = narrative.frontMatter.date
        values["dateText"] = narrative.frontMatter.date
        values["summary"] = narrative.frontMatter.summary
        // Only a build that shows drafts renders one: the preview, `build --drafts`.
        values["draft"] = narrative.frontMatter.isDraft
        values["body"] = HTML(trusted: NarrativeRenderer(context: context, page: page, city: city.id).render(narrative))
        values["derivedNotes"] = derivedNotes(page)
        let body = template("report", values, page: page)
        return finish(page, body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                      available: available)
    }

    func freePage(_ freePage: FreePage, _ code: String) -> RenderedRoute {
        let page = PageState(route: .page(code, freePage.slug), language: context.language(code))
        let available = codes.filter { freePage.narratives[$0] != nil }
        guard let narrative = freePage.narratives[code] else {
            return missingPage(freePage.narratives, page: page, available: available)
        }
        page.reads.narratives.insert(narrative.path)
        var values = context.base(code)
        values["title"] = narrative.frontMatter.title
        values["summary"] = narrative.frontMatter.summary
        values["draft"] = narrative.frontMatter.isDraft
        values["body"] = HTML(trusted: NarrativeRenderer(context: context, page: page, city: nil).render(narrative))
        values["derivedNotes"] = derivedNotes(page)
        let body = template("page", values, page: page)
        return finish(page, body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                      available: available)
    }
}
