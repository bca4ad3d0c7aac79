import Theme

/// A source as it is cited (the `source` partial): in the footer of each page that uses it,
/// on its city's page and at the head of its own page.
package struct SourceCitation: TemplateModel {
    package var title: String
    package var publisher: String?
    package var credit: String?
    package var date: String?
    package var dateBasis: String?
    package var url: String?
    package var archive: String?
    package var textHref: String?
    package var note: String?

    package static let about = "A source as it is cited (the `source` partial)."
    package static let fields: [TemplateField<SourceCitation>] = [
        .text("title", "The source's title in the page's language.") { $0.title },
        .text("publisher", "Who published the text.") { $0.publisher },
        .text("credit", "Who the data is credited to, when not the publisher.") { $0.credit },
        .text("date", "The source's date (YYYY-MM-DD).") { $0.date },
        .text("dateBasis", "How the date is known, in the reader's words (from `dateBasis`).") { $0.dateBasis },
        .text("url", "Where a reader can read the source.") { $0.url },
        .text("archive", "An archived copy.") { $0.archive },
        .text("textHref", "The link to the source's own page on this site, when its text is kept (absent on that page itself).") { $0.textHref },
        .text("note", "The source's note in the page's language.") { $0.note },
    ]
}
