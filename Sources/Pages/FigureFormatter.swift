import Formatting
import Markdown
import SiteModel
import Theme

/// Writes figures for one language: values with units, changes, years, and the HTML
/// form of a figure in text, by the theme's `figurevalue` partial.
package struct FigureFormatter: Sendable {
    package let language: Language
    package let style: NumberStyle

    /// The theme's templates, and what they get beneath a figure's model (`t`, the language).
    private let templates: TemplateSet
    private let base: PageBase

    package init(language: Language, conventions: LanguageConventions, templates: TemplateSet, base: PageBase) {
        self.language = language
        self.style = NumberStyle(conventions: conventions)
        self.templates = templates
        self.base = base
    }

    package func value(_ quantity: Quantity, _ indicator: Indicator) -> String {
        style.format(quantity, unit: indicator.unit, decimals: indicator.decimals)
    }

    /// A level with its bound: `90%以上`, `at least 90%`, `约712亿元`.
    package func value(_ observation: Observation, _ indicator: Indicator) -> String {
        style.format(observation.quantity, unit: indicator.unit, decimals: indicator.decimals, bound: observation.bound)
    }

    /// When a level is for: `2020年` / `2020`, or its period, `2016—2020年累计` / `2016–2020 total`.
    package func when(_ observation: Observation) -> String {
        style.when(year: observation.year, period: observation.period, unstated: observation.periodUnstated)
    }

    /// A change in the given form (signed for charts, tables and cards; in words for text),
    /// with its bound. `from`, the change's first year, names the level a multiple is of
    /// (`2015年的6.5倍`, `6.5 times the 2015 level`); without it a multiple is `6.5倍` / `6.5 times`.
    package func change(_ quantity: Quantity, kind: ChangeKind, bound: Bound? = nil, _ indicator: Indicator,
                form: NumberStyle.ChangeForm = .signed, from: Int? = nil) -> String {
        style.change(quantity, kind: kind, unit: indicator.unit, decimals: kind.keepsWrittenPrecision ? nil : indicator.decimals,
                     bound: bound, form: form, from: from)
    }

    /// A change figure, reported or computed, in the given form.
    package func change(_ change: ChangeFigure, _ indicator: Indicator, form: NumberStyle.ChangeForm = .signed) -> String {
        self.change(change.quantity, kind: change.kind, bound: change.bound, indicator, form: form, from: change.from)
    }

    /// The arrow before a change on a card or in a table, hidden from screen readers (the
    /// words or the sign say it): ▲ up, ▼ down, ▶ unchanged; a multiple above 1 is up.
    package static func arrow(_ change: ChangeFigure) -> String {
        let movement = change.kind.movement(change.quantity.value)
        return movement > 0 ? "▲" : movement < 0 ? "▼" : "▶"
    }

    package func year(_ year: Int) -> String { style.year(year) }
    package func years(_ from: Int, _ to: Int) -> String { style.yearRange(from, to) }

    /// A machine-readable number for `<data value>` and data files: plain digits, `.` decimal point.
    package static func plain(_ quantity: Quantity) -> String { quantity.plainText }

    /// A figure as the theme writes it (`<data value="3730000">373万吨/日</data>`, with a †
    /// marker linking to the derivation note); with `evidence`, a link to the words of its
    /// source that state it.
    package func html(_ quantity: Quantity, text: String, derived: Bool, title: String? = nil, evidence: String? = nil) -> String {
        html(figure(quantity, text: text, derived: derived, title: title, evidence: evidence))
    }

    /// A figure's model, for a template that places it (a change's size).
    package func figure(_ quantity: Quantity, text: String, derived: Bool, title: String? = nil, evidence: String? = nil) -> FigureValue {
        FigureValue(value: Self.plain(quantity), text: text, title: title, evidenceHref: evidence, derived: derived)
    }

    /// Any of the partials placed inside a line of text, in this language.
    package func html<Model: RootTemplateModel>(_ model: Model) -> String {
        templates.render(model, base: base)
    }
}
