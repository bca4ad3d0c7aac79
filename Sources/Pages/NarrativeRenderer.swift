import Diagnostics
import Formatting
import Markdown
import SiteModel
import Theme

/// Renders a narrative's Markdown to HTML, with its chart blocks drawn as figures and its
/// `[[…]]` references replaced by the formatted figures. The narrative comes parsed and bound
/// (`RouteResolver`): nothing here can fail.
package struct NarrativeRenderer {
    package let context: RenderContext
    package let page: PageState
    /// The report's city; nil on a free page.
    package let city: String?

    /// The narrative as HTML, with its headings (ids as in the HTML) and the level written
    /// for the page's h2, for a table of contents.
    package func rendered(_ narrative: Narrative, bound: SiteValidator.BoundNarrative) -> (html: String, headings: [Heading], topLevel: Int) {
        let language = page.language.code
        let format = context.formatter(language)
        let figures = ChartFigureBuilder(context: context, page: page)
        let bindings = bound.bindings
        // The page title is the h1: the narrative's own top heading level becomes h2, whatever it is.
        let headings = bound.parsed.document.headings()
        let topLevel = headings.map(\.level).min() ?? 2
        // The word after each reference (`size`, `signed`), by where the reference is.
        let forms = Dictionary(bound.parsed.figures.map { ($0.location, $0.form) }, uniquingKeysWith: { a, _ in a })
        let renderer = HTMLRenderer(
            headingOffset: 2 - topLevel,
            chartBlock: { block in
                bindings.charts[block.line].map { figures.figure($0) }
            },
            figureReference: { span in
                let location = SourceLocation(file: narrative.path, line: span.line, column: span.column)
                guard let figure = bindings.figures[location] else {
                    return HTMLEscaping.escape("[[\(span.raw)]]")
                }
                return html(figure, form: forms[location] ?? .words, format: format)
            },
            footnotesHeading: context.strings.text("footnotes_heading", page.language.code))
        return (renderer.render(bound.parsed.document), headings, topLevel)
    }

    private func html(_ figure: ResolvedFigure, form: FigureReference.Form, format: FigureFormatter) -> String {
        let language = page.language.code
        switch figure {
        case let .level(city, indicator, observation):
            context.record(observation, of: indicator, in: city, on: page)
            let html = format.html(observation.quantity, text: format.value(observation, indicator), derived: observation.isDerived,
                                   title: "\(context.text(indicator.name, language)!)\(context.strings.text("list_comma", language))\(format.when(observation))",
                                   evidence: context.evidenceHref(observation, city: city, on: page))
            // A total or average over several years says so in the sentence too; a note is a footnote.
            let marker = context.noteMarker(context.noteOf(observation, indicator: indicator, city: city, on: page), on: page)
            guard observation.period != nil || observation.periodUnstated else { return html + marker }
            let label = HTMLEscaping.escape(format.when(observation))
            let (open, close) = (context.strings.text("paren_open", language), context.strings.text("paren_close", language))
            return html + HTMLEscaping.escape(open) + label + HTMLEscaping.escape(close) + marker
        case let .change(city, indicator, change):
            context.cite(change.source, of: city, on: page)
            // A computed change is marked (†) and explained with the page's derived values.
            context.noteComputation(of: change, indicator: indicator, city: city, on: page)
            var numbers: [Int] = []
            for observation in [change.levels?.from, change.levels?.to].compactMap({ $0 }) {
                if let number = context.noteOf(observation, indicator: indicator, city: city, on: page) { numbers.append(number) }
            }
            if let reported = change.reported, let number = context.noteOf(reported, indicator: indicator, city: city, on: page) {
                numbers.append(number)
            }
            // In running text a change is in words (下降29.4%), unless the author asked for its size or sign.
            let text = format.change(change, indicator, form: NumberStyle.ChangeForm(rawValue: form.rawValue) ?? .words)
            let evidence = change.reported.flatMap { context.evidenceHref($0, city: city, on: page) }
            return format.html(change.quantity, text: text, derived: change.isDerived,
                               title: "\(context.text(indicator.name, language)!)\(context.strings.text("list_comma", language))\(format.years(change.from, change.to))",
                               evidence: evidence)
                + numbers.map { context.noteMarker($0, on: page) }.joined()
        }
    }
}
