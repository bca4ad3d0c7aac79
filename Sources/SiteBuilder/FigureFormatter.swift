import Markdown
import Formatting
import SiteModel

/// Writes figures for one language: values with units, changes, years, and the HTML
/// form of a figure in text (`<data value="…">`, with the derived marker when derived).
struct FigureFormatter: Sendable {
    let language: Language
    let style: NumberStyle

    /// The word for a derived value, from the interface strings.
    let derivedLabel: String

    init(language: Language, derivedLabel: String) {
        self.language = language
        self.style = NumberStyle(language: language.code, locale: language.locale)
        self.derivedLabel = derivedLabel
    }

    func value(_ quantity: Quantity, _ indicator: Indicator) -> String {
        style.format(quantity, unit: indicator.unit, decimals: indicator.decimals)
    }

    /// A level with its bound: `90%以上`, `at least 90%`, `约712亿元`.
    func value(_ observation: Observation, _ indicator: Indicator) -> String {
        style.format(observation.quantity, unit: indicator.unit, decimals: indicator.decimals, bound: observation.bound)
    }

    /// When a level is for: `2020年` / `2020`, or its period, `2016—2020年累计` / `2016–2020 total`.
    func when(_ observation: Observation) -> String {
        style.when(year: observation.year, period: observation.period, unstated: observation.periodUnstated)
    }

    /// A change in the given form (signed for charts, tables and cards; in words for text),
    /// with its bound.
    func change(_ quantity: Quantity, kind: ChangeKind, bound: Bound? = nil, _ indicator: Indicator,
                form: NumberStyle.ChangeForm = .signed) -> String {
        style.change(quantity, kind: kind, unit: indicator.unit, decimals: kind == .relative ? nil : indicator.decimals,
                     bound: bound, form: form)
    }

    func year(_ year: Int) -> String { style.year(year) }
    func years(_ from: Int, _ to: Int) -> String { style.yearRange(from, to) }

    /// A machine-readable number for `<data value>` and data files: plain digits, `.` decimal point.
    static func plain(_ quantity: Quantity) -> String { quantity.plainText }

    /// `<data value="3730000">373万吨/日</data>`, with a † marker linking to the derivation note;
    /// with `evidence`, the figure is a link to the words of its source that state it.
    func html(_ quantity: Quantity, text: String, derived: Bool, title: String? = nil, evidence: String? = nil) -> String {
        var html = "<data value=\"\(Self.plain(quantity))\""
        if let title { html += " title=\"\(HTMLEscaping.escape(title))\"" }
        html += ">\(HTMLEscaping.escape(text))</data>"
        if let evidence { html = "<a class=\"figure-source\" href=\"\(HTMLEscaping.escape(evidence))\">\(html)</a>" }
        if derived { html += "<a class=\"derived-marker\" href=\"#derived-notes\" aria-label=\"\(HTMLEscaping.escape(derivedLabel))\">†</a>" }
        return html
    }
}
