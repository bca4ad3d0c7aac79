import Diagnostics
import Markdown
import SiteModel

/// Renders a narrative's Markdown to HTML, with its chart blocks drawn as figures and its
/// `[[…]]` references replaced by the formatted figures.
struct NarrativeRenderer {
    let context: RenderContext
    let page: PageState
    /// The report's city; nil on a free page.
    let city: String?

    func render(_ narrative: Narrative) -> String {
        let language = page.language.code
        let format = context.formatter(language)
        let figures = ChartFigureBuilder(context: context, page: page)
        // Validation bound every chart and reference of a narrative that is rendered.
        let bindings = context.bindings[narrative.path] ?? NarrativeBindings()
        // The page title is the h1: the narrative's own top heading level becomes h2, whatever it is.
        let topLevel = narrative.document.headings().map(\.level).min() ?? 2
        let renderer = HTMLRenderer(
            headingOffset: 2 - topLevel,
            chartBlock: { block in
                bindings.charts[block.line].map { figures.figure($0) }
            },
            figureReference: { span in
                guard let figure = bindings.figures[SourceLocation(file: narrative.path, line: span.line, column: span.column)] else {
                    return HTMLEscaping.escape("[[\(span.raw)]]")
                }
                return html(figure, format: format)
            })
        return renderer.render(narrative.document)
    }

    private func html(_ figure: ResolvedFigure, format: FigureFormatter) -> String {
        let language = page.language.code
        switch figure {
        case let .level(city, indicator, observation):
            context.record(observation, of: indicator, in: city, on: page)
            return format.html(observation.quantity, text: format.value(observation.quantity, indicator), derived: observation.isDerived,
                               title: "\(context.text(indicator.name, language)!), \(format.year(observation.year))")
        case let .change(city, indicator, change):
            context.cite(change.source, of: city, on: page)
            for observation in [change.levels?.from, change.levels?.to].compactMap({ $0 }) {
                context.noteDerivation(of: observation, indicator: indicator, city: city, on: page)
            }
            return format.html(change.quantity, text: format.change(change.quantity, kind: change.kind, indicator), derived: change.isDerived,
                               title: "\(context.text(indicator.name, language)!), \(format.years(change.from, change.to))")
        }
    }
}
