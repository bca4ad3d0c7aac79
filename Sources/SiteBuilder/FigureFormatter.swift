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

    func change(_ quantity: Quantity, kind: ChangeKind, _ indicator: Indicator) -> String {
        style.change(quantity, kind: kind, unit: indicator.unit, decimals: kind == .relative ? nil : indicator.decimals)
    }

    func year(_ year: Int) -> String { style.year(year) }
    func years(_ from: Int, _ to: Int) -> String { style.yearRange(from, to) }

    /// A machine-readable number for `<data value>` and data files: plain digits, `.` decimal point.
    static func plain(_ quantity: Quantity) -> String { quantity.plainText }

    /// `<data value="3730000">373万吨/日</data>`, with a † marker linking to the derivation note.
    func html(_ quantity: Quantity, text: String, derived: Bool, title: String? = nil) -> String {
        var html = "<data value=\"\(Self.plain(quantity))\""
        if let title { html += " title=\"\(HTMLEscaping.escape(title))\"" }
        html += ">\(HTMLEscaping.escape(text))</data>"
        if derived { html += "<a class=\"derived-marker\" href=\"#derived-notes\" aria-label=\"\(HTMLEscaping.escape(derivedLabel))\">†</a>" }
        return html
    }
}
