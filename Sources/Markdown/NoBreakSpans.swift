/// Keeps together, in Markdown text, what a line must not split in Chinese: a number and
/// `年` (`2021年`) or `个百分点` (`1.7个百分点`), and `个百分点` itself, which line breaking
/// would otherwise split anywhere between its characters (`2021 / 年`, `个百分 / 点`).
/// Figures the site writes are kept whole by the stylesheet (`data { white-space: nowrap }`).
enum NoBreakSpans {
    /// Built once: a regex literal inside a function is compiled again on every call, which
    /// was a fifth of a 300-city build (this runs on every text node of every narrative).
    /// Shared by the pages rendering at once: matching only reads it, and the standard
    /// library compiles a regex's program once, atomically (Regex is not marked Sendable).
    nonisolated(unsafe) private static let runs = /[0-9][0-9,.]*(?:个百分点|百分点|年)|个百分点/

    /// `html` (escaped text, no tags) with each such run in `<span class="nobr">`.
    static func wrap(_ html: String) -> String {
        // Most text has neither `年` nor `点`: it is returned without a search.
        guard html.unicodeScalars.contains(where: { $0 == "年" || $0 == "点" }) else { return html }
        return html.replacing(runs) { match in
            "<span class=\"nobr\">\(match.output)</span>"
        }
    }
}
