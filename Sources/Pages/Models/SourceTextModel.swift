import Theme

/// A kept source's own page (`sourcetext`): its citation and its text paragraph by
/// paragraph, each anchored (`#p3`), the words each figure is quoted from marked.
package struct SourceTextModel: RootTemplateModel {
    package static let template = "sourcetext"
    package var title: String
    package var citation: SourceCitation
    package var cityName: String
    package var cityHref: String
    package var url: String?
    package var lang: String?
    package var paragraphs: [SourceParagraph]

    package static let about = "A source's own page: its text as kept, paragraph by paragraph."
    package static let fields: [TemplateField<SourceTextModel>] = [
        .text("title", "The source's title.") { $0.title },
        .object("citation", "The source as cited, without the link to this page.") { $0.citation },
        .text("cityName", "The name of the city it belongs to.") { $0.cityName },
        .text("cityHref", "The link to that city's page.") { $0.cityHref },
        .text("url", "Where the source can be read.") { $0.url },
        .text("lang", "The source's language (`lang`), which marks its text; absent when not given.") { $0.lang },
        .list("paragraphs", "The text's paragraphs in order.") { $0.paragraphs },
    ]
}

/// A paragraph of a kept source.
package struct SourceParagraph: TemplateModel {
    package var number: Int
    package var segments: [SourceSegment]

    package static let about = "A paragraph of a kept source."
    package static let fields: [TemplateField<SourceParagraph>] = [
        .text("id", "Its anchor (`p3`).") { "p\($0.number)" },
        .number("number", "Its number, from 1.") { $0.number },
        .list("segments", "Its text, cut where quoted words begin and end.") { $0.segments },
    ]
}

/// A run of a paragraph's text: quoted by a figure or not, with the anchors that start there.
package struct SourceSegment: TemplateModel {
    package var text: String
    package var marked: Bool
    package var anchors: [String]

    package static let about = "A run of a paragraph's text, quoted by a figure or not."
    package static let fields: [TemplateField<SourceSegment>] = [
        .text("text", "The text.") { $0.text },
        .flag("marked", "Whether a figure quotes it (shown as `<mark>`).") { $0.marked },
        .texts("anchors", "The anchors of the figures whose quotes start here (`q-<indicator>-<year>`), each placed with `{{.}}`.") { $0.anchors },
    ]
}
