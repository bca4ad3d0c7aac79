/// Keeps together, in Markdown text, what a line must not split in Chinese: a number and
/// `年` (`2021年`) or `个百分点` (`1.7个百分点`), and `个百分点` itself, which line breaking
/// would otherwise split anywhere between its characters (`2021 / 年`, `个百分 / 点`).
/// Figures the site writes are kept whole by the stylesheet (`data { white-space: nowrap }`).
enum NoBreakSpans {
    /// `html` (escaped text, no tags) with each such run in `<span class="nobr">`.
    static func wrap(_ html: String) -> String {
        html.replacing(/[0-9][0-9,.]*(?:个百分点|百分点|年)|个百分点/) { match in
            "<span class=\"nobr\">\(match.output)</span>"
        }
    }
}
