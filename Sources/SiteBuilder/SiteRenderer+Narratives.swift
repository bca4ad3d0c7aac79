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
        // The narrative first: the notes under it are what rendering it gathered.
        let narrativeBody = HTML(trusted: NarrativeRenderer(context: context, page: page, city: city.id).render(narrative))
        let model = ReportModel(
            title: narrative.frontMatter.title, cityName: context.text(city.name, code)!, cityHref: page.link(to: .city(code, city.id)),
            homeHref: page.link(to: .home(code)), period: narrative.frontMatter.period, date: narrative.frontMatter.date,
            summary: narrative.frontMatter.summary,
            // Only a build that shows drafts renders one: the preview, `build --drafts`.
            draft: narrative.frontMatter.isDraft, body: narrativeBody, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
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
        let narrativeBody = HTML(trusted: NarrativeRenderer(context: context, page: page, city: nil).render(narrative))
        let model = FreePageModel(title: narrative.frontMatter.title, summary: narrative.frontMatter.summary,
                                  draft: narrative.frontMatter.isDraft, body: narrativeBody, derivedNotes: derivedNotes(page))
        let body = template(model, page: page)
        return finish(page, body: body, title: narrative.frontMatter.title, description: narrative.frontMatter.summary,
                      available: available)
    }
}
