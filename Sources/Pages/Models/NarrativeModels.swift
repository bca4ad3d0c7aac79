import Theme

/// A city's report: its narrative rendered, with its city, period and date.
package struct ReportModel: RootTemplateModel {
    package static let template = "report"
    package var title: String
    package var cityName: String
    package var cityHref: String
    package var homeHref: String
    package var period: String?
    package var date: String?
    package var summary: String?
    package var draft: Bool
    /// The table of contents: its h2 headings with their h3 nested; empty under three headings.
    package var contents: [ContentsEntry]
    package var body: HTML
    package var derivedNotes: HTML

    package static let about = "A city's report, from its narrative."
    package static let fields: [TemplateField<ReportModel>] = [
        .text("title", "The report's title (front matter).") { $0.title },
        .text("cityName", "Its city's name.") { $0.cityName },
        .text("cityHref", "The link to its city's page.") { $0.cityHref },
        .text("homeHref", "The link to the home page.") { $0.homeHref },
        .text("period", "The period it covers (front matter `period`).") { $0.period },
        .text("date", "Its date (YYYY-MM-DD), for `<time datetime>`.") { $0.date },
        .text("dateText", "Its date as shown.") { $0.date },
        .text("summary", "Its summary (front matter).") { $0.summary },
        .flag("draft", "Whether it is a draft (shown only by `serve` and `build --drafts`).") { $0.draft },
        .list("contents", "The table of contents (h2 headings, their h3 nested), empty when the report has fewer than three headings.") { $0.contents },
        .html("body", "The narrative as HTML, figures and charts in place.") { $0.body },
        .html("derivedNotes", "The notes under the page: how its derived values were computed, and its figures' notes.") { $0.derivedNotes },
    ]
}

/// A heading in a report's or free page's table of contents.
package struct ContentsEntry: TemplateModel {
    /// The heading's text.
    package var title: String
    /// Its id in the page, for `#anchor` links.
    package var anchor: String
    /// Its level on the page: 2 or 3.
    package var level: Int
    /// The h3 headings under an h2, in order.
    package var children: [ContentsSubentry]

    package static let about = "A heading in a table of contents."
    package static let fields: [TemplateField<ContentsEntry>] = [
        .text("title", "The heading's text.") { $0.title },
        .text("anchor", "Its id in the page (link to `#anchor`).") { $0.anchor },
        .number("level", "Its level on the page: 2 or 3.") { $0.level },
        .list("children", "The h3 headings under an h2, in order.") { $0.children },
    ]
}

/// An h3 heading in a table of contents, under its h2 (a type of its own: a schema that
/// held itself would have no end in the reference).
package struct ContentsSubentry: TemplateModel {
    /// The heading's text.
    package var title: String
    /// Its id in the page.
    package var anchor: String
    /// Its level on the page: 3.
    package var level: Int

    package static let about = "An h3 heading in a table of contents, under its h2."
    package static let fields: [TemplateField<ContentsSubentry>] = [
        .text("title", "The heading's text.") { $0.title },
        .text("anchor", "Its id in the page (link to `#anchor`).") { $0.anchor },
        .number("level", "Its level on the page: 3.") { $0.level },
    ]
}

/// A free page (about, methodology).
package struct FreePageModel: RootTemplateModel {
    package static let template = "page"
    package var title: String
    package var summary: String?
    package var draft: Bool
    /// The table of contents, as a report's; empty under three headings.
    package var contents: [ContentsEntry]
    package var body: HTML
    package var derivedNotes: HTML

    package static let about = "A free page (about, methodology), from its narrative."
    package static let fields: [TemplateField<FreePageModel>] = [
        .text("title", "The page's title (front matter).") { $0.title },
        .text("summary", "Its summary (front matter).") { $0.summary },
        .flag("draft", "Whether it is a draft.") { $0.draft },
        .list("contents", "The table of contents, as a report's: empty when the page has fewer than three headings.") { $0.contents },
        .html("body", "The narrative as HTML.") { $0.body },
        .html("derivedNotes", "The notes under the page.") { $0.derivedNotes },
    ]
}

/// A report or free page in a language it has no version in: says so and links to the
/// versions that exist.
package struct MissingModel: RootTemplateModel {
    package static let template = "missing"
    package var title: String
    package var versions: [NarrativeVersion]

    package static let about = "A report or free page in a language it has no version in."
    package static let fields: [TemplateField<MissingModel>] = [
        .text("title", "The title of its first version.") { $0.title },
        .list("versions", "The versions that exist.") { $0.versions },
    ]
}

/// A version of a narrative in another language.
package struct NarrativeVersion: TemplateModel {
    package var href: String
    package var locale: String
    package var name: String
    package var title: String

    package static let about = "A version of a report or free page in another language."
    package static let fields: [TemplateField<NarrativeVersion>] = [
        .text("href", "The link to it.") { $0.href },
        .text("locale", "Its language's locale.") { $0.locale },
        .text("name", "Its language's name.") { $0.name },
        .text("title", "Its title.") { $0.title },
    ]
}

/// A report in a list (the `reportlist` partial): newest first.
package struct ReportEntry: TemplateModel {
    package var title: String
    package var href: String
    package var date: String
    package var summary: String?
    package var cityName: String?

    package static let about = "A report in a list (the `reportlist` partial), newest first."
    package static let fields: [TemplateField<ReportEntry>] = [
        .text("title", "The report's title.") { $0.title },
        .text("href", "The link to it.") { $0.href },
        .text("date", "Its date (YYYY-MM-DD).") { $0.date },
        .text("dateText", "Its date as shown.") { $0.date },
        .text("summary", "Its summary.") { $0.summary },
        .text("cityName", "Its city's name, in lists of several cities' reports.") { $0.cityName },
    ]
}

/// The notes at the foot of a page (`derivednotes`): how its derived values were computed,
/// then its figures' numbered notes.
package struct DerivedNotesModel: RootTemplateModel {
    package static let template = "derivednotes"
    package var derived: [DerivedEntry]
    package var notes: [FigureNote]

    package static let about = "The notes at the foot of a page: derived values, then numbered notes."
    package static let fields: [TemplateField<DerivedNotesModel>] = [
        .list("derived", "The derived values the page shows, each once.") { $0.derived },
        .list("notes", "The notes of the figures the page shows, numbered in order.") { $0.notes },
    ]
}

/// A derived value and how it was computed.
package struct DerivedEntry: TemplateModel {
    package var what: String
    package var how: String

    package static let about = "A derived value the page shows, and how it was computed."
    package static let fields: [TemplateField<DerivedEntry>] = [
        .text("what", "The value: indicator, city and year.") { $0.what },
        .text("how", "How it was computed (its `derived` text).") { $0.how },
    ]
}

/// A figure's note.
package struct FigureNote: TemplateModel {
    package var number: Int
    package var what: String
    package var text: String

    package static let about = "A note of a figure the page shows."
    package static let fields: [TemplateField<FigureNote>] = [
        .number("number", "Its number on the page (the marker beside the figure).") { $0.number },
        .text("what", "The figure it belongs to.") { $0.what },
        .text("text", "The note.") { $0.text },
    ]
}
