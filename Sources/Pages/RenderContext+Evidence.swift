import Foundation
import SiteModel
import Theme

/// Where a reader goes from a figure to the words that state it, in one step.
extension RenderContext {
    /// The figure's quote on its source's page when the source's text is kept (`#q-…`), else
    /// the source's `url` at the quoted words (a text fragment, `#:~:text=`); nil without a quote.
    package func evidenceHref(_ evidence: Evidence?, source id: String?, anchor: String, city: City, on page: PageState) -> String? {
        guard let evidence, let source = city.source(id) else { return nil }
        if source.text != nil {
            return page.link(to: .source(page.language.code, city.id, source.id)) + "#" + anchor
        }
        guard let url = source.url, !url.contains("#") else { return nil }
        // The first piece of the quote: a text fragment names one run of words.
        let words = evidence.quote.replacingOccurrences(of: "...", with: "…").split(separator: "…").first.map(String.init) ?? evidence.quote
        guard let encoded = words.trimmingCharacters(in: .whitespaces).addingPercentEncoding(withAllowedCharacters: .alphanumerics) else { return nil }
        return url + "#:~:text=" + encoded
    }

    package func evidenceHref(_ observation: Observation, city: City, on page: PageState) -> String? {
        evidenceHref(observation.evidence, source: observation.source, anchor: observation.quoteAnchor, city: city, on: page)
    }

    package func evidenceHref(_ change: Change, city: City, on page: PageState) -> String? {
        evidenceHref(change.evidence, source: change.source, anchor: change.quoteAnchor, city: city, on: page)
    }
}
