import Theme

/// A figure as a page writes it in a line of text, a table cell or a card (the `figurevalue`
/// partial): the number for machines, its words for readers, a link to its evidence, and the
/// derived marker.
package struct FigureValue: RootTemplateModel {
    package static let template = "figurevalue"
    package var value: String
    package var text: String
    package var title: String?
    package var evidenceHref: String?
    package var derived: Bool

    package static let about = "A figure as a page writes it: in a sentence, a table cell, a card or a chart's table. Placed inside a line, as are the three below: the line break that ends the file is dropped."
    package static let fields: [TemplateField<FigureValue>] = [
        .text("value", "The number for machines, for `<data value>`: plain digits and `.` (`3730000`).") { $0.value },
        .text("text", "The figure as the reader reads it, with its unit and bound (`373万吨/日`, `at least 90%`).") { $0.text },
        .text("title", "What it is and when (figures in narratives: `PM2.5 annual mean, 2021`).") { $0.title },
        .text("evidenceHref", "Where it leads: the words of its source that state it.") { $0.evidenceHref },
        .flag("derived", "Whether the site derived it (marked † and linked to the page's derived values).") { $0.derived },
    ]
}

/// A superscript link to a note at the foot of the page (the `notemarker` partial).
package struct NoteMarker: RootTemplateModel {
    package static let template = "notemarker"
    package var number: Int

    package static let about = "A link to a note at the foot of the page, after a figure."
    package static let fields: [TemplateField<NoteMarker>] = [
        .number("number", "The note's number on the page; its anchor is `note-<number>`.") { $0.number },
    ]
}

/// A change to a value as a city's tables and headline cards and an indicator's figures show
/// it (the `figurechange` partial): arrow, size, notes and period.
package struct FigureChange: RootTemplateModel {
    package static let template = "figurechange"
    package var arrow: String
    package var size: FigureValue
    package var notes: [NoteMarker]
    package var period: String?
    /// Why a flag: table rows style the period apart (muted, kept whole), a card runs it on.
    package var periodApart: Bool

    package static let about = "A change to a value: arrow, signed size, notes and period."
    package static let fields: [TemplateField<FigureChange>] = [
        .text("arrow", "▲ up, ▼ down or ▶ unchanged; hidden from screen readers, as the sign says it.") { $0.arrow },
        .object("size", "The change's signed size (a figure, linked to its quote when reported).") { $0.size },
        .list("notes", "The notes of the levels it was computed from and of a reported change.") { $0.notes },
        .text("period", "The years it spans (`2020–2021`); absent where the period is shown elsewhere.") { $0.period },
        .flag("periodApart", "Whether the period stands in its own `<span class=\"period\">` (table rows, indicator figures) or runs on (headline cards).") { $0.periodApart },
    ]
}

/// A source's title as cited, linked where a reader can read it (the `sourcelink` partial).
package struct SourceLink: RootTemplateModel {
    package static let template = "sourcelink"
    package var title: String
    package var href: String?

    package static let about = "A source's title as cited, linked to its kept text or to where it was published."
    package static let fields: [TemplateField<SourceLink>] = [
        .text("title", "The source's title.") { $0.title },
        .text("href", "Its page on the site (a kept text), else where it was published; absent when neither.") { $0.href },
    ]
}
