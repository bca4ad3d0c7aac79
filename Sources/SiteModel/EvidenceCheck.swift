import Diagnostics
import Formatting

/// Part of validation: each figure's evidence. A quote must write its figure, a source whose
/// text is kept must hold the quote, a `period` must be one the quote states, and a figure of
/// such a source without a quote is a warning (an error under `requireQuotes`).
struct EvidenceCheck {
    let city: City
    let requireQuotes: Bool

    func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for observation in city.observations {
            let what = observation.period.map { "\(observation.indicator) over \($0.first)–\($0.last)" }
                ?? "\(observation.indicator) in \(observation.year)"
            diagnostics += check(observation.evidence, what: what, value: observation.quantity, derived: observation.isDerived,
                                 source: observation.source, at: observation.location, quoteAt: observation.location(of: "quote"))
            if let period = observation.period, let evidence = observation.evidence, !observation.isDerived,
               !QuoteText.states(period: period.first, period.last, in: evidence.quote) {
                diagnostics.append(.error(
                    "the quote does not state the period \(period.first)–\(period.last): give a period only where the source states it",
                    at: observation.location(of: "period"),
                    suggestion: "quote the words that state the years, or remove 'period': the figure then keeps the year of its document and is shown as \"period not stated\""))
            }
        }
        for change in city.changes {
            diagnostics += check(change.evidence, what: "the change of \(change.indicator) from \(change.from) to \(change.to)",
                                 value: change.quantity, multipleOf: change.kind == .ratio ? change.from : nil, derived: false, source: change.source,
                                 at: change.location, quoteAt: change.location(of: "quote"))
        }
        return diagnostics
    }

    /// `multipleOf`: the figure is a multiple (`ratio`) of that year's level, which the quote
    /// must write as one (`6.5倍`).
    private func check(_ evidence: Evidence?, what: String, value: Quantity, multipleOf year: Int? = nil, derived: Bool, source id: String?,
                       at: SourceLocation, quoteAt: SourceLocation) -> [Diagnostic] {
        let source = city.source(id)
        guard let evidence else {
            guard !derived, let source, source.text != nil else { return [] }
            let message = "\(what) has no quote: add the words of source '\(source.id)' that state it ('quote:')"
            return [requireQuotes ? .error(message, at: at) : .warning(message, at: at, suggestion: "requireQuotes: true in site.yaml makes this an error")]
        }
        if derived {
            return [.error("a derived value has no quote: its 'derived' text says how it was computed", at: quoteAt,
                           suggestion: "remove 'quote', or remove 'derived' if the source states this figure")]
        }
        var diagnostics: [Diagnostic] = []
        if let year, !QuoteText.writesMultiple(value.value, exponent: value.exponent, in: evidence.quote) {
            let written = QuoteText.multiples(in: evidence.quote).prefix(6).map(ValueText.plain)
            diagnostics.append(.error(
                "the quote does not write the multiple \(ValueText.plain(value.value)) of \(what)",
                at: quoteAt,
                suggestion: written.isEmpty ? "quote the words that state it as a multiple, such as 为\(year)年的\(ValueText.plain(value.value))倍"
                    : "the quote writes the multiple \(written.joined(separator: ", ")): check the figure and the quote"))
        } else if year == nil, !QuoteText.writes(value.value, exponent: value.exponent, in: evidence.quote) {
            let written = QuoteText.numbers(in: evidence.quote).prefix(6).map(ValueText.plain)
            diagnostics.append(.error(
                "the quote does not write the figure \(ValueText.plain(value.value)) of \(what)",
                at: quoteAt,
                suggestion: written.isEmpty ? "quote the words that state the figure"
                    : "the quote writes \(written.joined(separator: ", ")): check the figure and the quote"))
        }
        if let source, let text = source.text, !text.paragraphs.isEmpty, text.locate(evidence.quote) == nil {
            let nearest = QuoteText.nearestPassage(to: evidence.quote, in: text.paragraphs)
            diagnostics.append(.error(
                "the quote is not in the text of source '\(source.id)', \(text.path)",
                at: quoteAt,
                suggestion: nearest.map { "the nearest passage is “\(Self.abbreviated($0))”" }
                    ?? "copy the words exactly as the source writes them; join pieces of one paragraph with …"))
        }
        return diagnostics
    }

    static func abbreviated(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(78)) + "…" : text
    }
}
