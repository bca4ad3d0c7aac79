import SiteModel
import Theme

/// A source's own page: its citation and its kept text, paragraph by paragraph, each with an
/// anchor (`#p3`), and the words each figure is quoted from marked (`#q-<indicator>-<year>`),
/// so a reader reaches the source sentence of any figure in one step.
extension SiteRenderer {
    package func sourcePage(_ source: Source, city: City, _ code: String) -> RenderedRoute {
        let page = PageState(route: .source(code, city.id, source.id), language: context.language(code))
        // Its marks are where the city's figures quote it: the city's data.
        let city = page.reading(site).city(city.id) ?? city
        let title = context.text(source.title, code)!
        var citation = layout.citation(source, code, city: city.id, page: page)
        citation.textHref = nil  // this page is the text
        let marks = quoteMarks(in: city, source: source)
        let paragraphs = (source.text?.paragraphs ?? []).enumerated().map { index, paragraph in
            SourceParagraph(number: index + 1, segments: Self.segments(of: paragraph, marks: marks[index] ?? []))
        }
        let model = SourceTextModel(title: title, citation: citation, cityName: context.text(city.name, code)!,
                                    cityHref: page.link(to: .city(code, city.id)), url: source.url, lang: source.lang,
                                    paragraphs: paragraphs)
        let body = template(model, page: page)
        return finish(page, body: body, title: title, description: nil, available: codes)
    }

    /// Each figure of the city quoted from this source: in which paragraph, which characters
    /// (offsets in the paragraph as kept), and its anchor.
    private func quoteMarks(in city: City, source: Source) -> [Int: [(ranges: [Range<Int>], anchor: String)]] {
        guard let text = source.text else { return [:] }
        var marks: [Int: [(ranges: [Range<Int>], anchor: String)]] = [:]
        let quoted: [(source: String?, evidence: Evidence?, anchor: String)] =
            city.observations.map { ($0.source, $0.evidence, $0.quoteAnchor) } + city.changes.map { ($0.source, $0.evidence, $0.quoteAnchor) }
        for figure in quoted {
            guard let evidence = figure.evidence, city.source(figure.source)?.id == source.id,
                  let (index, ranges) = text.locate(evidence.quote) else { continue }
            let paragraph = text.paragraphs[index]
            let offsets = ranges.map { paragraph.distance(from: paragraph.startIndex, to: $0.lowerBound)
                ..< paragraph.distance(from: paragraph.startIndex, to: $0.upperBound) }
            marks[index, default: []].append((offsets, figure.anchor))
        }
        return marks
    }

    /// A paragraph cut where marks begin and end and where anchors stand: each segment's text,
    /// whether it is quoted, and the anchors at its start (sorted, each once).
    package static func segments(of paragraph: String, marks: [(ranges: [Range<Int>], anchor: String)]) -> [SourceSegment] {
        let characters = Array(paragraph)
        var marked = [Bool](repeating: false, count: characters.count)
        var anchors: [Int: Set<String>] = [:]
        for mark in marks {
            for range in mark.ranges { for offset in range where offset < characters.count { marked[offset] = true } }
            if let first = mark.ranges.first { anchors[first.lowerBound, default: []].insert(mark.anchor) }
        }
        var segments: [SourceSegment] = []
        var start = 0
        for offset in 0...characters.count {
            let boundary = offset == characters.count || (offset > start && (marked[offset] != marked[offset - 1] || anchors[offset] != nil))
            guard boundary, offset > start else { continue }
            segments.append(SourceSegment(text: String(characters[start..<offset]), marked: marked[start],
                                          anchors: (anchors[start] ?? []).sorted()))
            start = offset
        }
        return segments
    }
}
