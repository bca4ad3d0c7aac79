import Diagnostics
import Markdown

/// A narrative's YAML front matter.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    /// `YYYY-MM-DD`; required for reports.
    public var date: String?
    public var period: String?
    public var summary: String?
}

/// One language version of a report or free page: front matter and Markdown body.
public struct Narrative: Sendable {
    public var language: String
    /// Site-relative path, for diagnostics.
    public var path: String
    public var frontMatter: FrontMatter
    public var document: MarkdownDocument
    /// Chart blocks in the body, parsed.
    public var charts: [ChartSpec]
    /// `[[…]]` references in the body, parsed.
    public var figures: [FigureReference]
}

/// A report of a city, in one or more languages: `cities/<city>/<report>.<lang>.md`.
public struct Report: Sendable {
    public var id: String
    public var city: String
    /// By language code.
    public var narratives: [String: Narrative]

    /// The date of the report (the latest date of its versions), for sorting and feeds.
    public var date: String { narratives.values.compactMap(\.frontMatter.date).max() ?? "" }
}

/// A free page: `pages/<slug>.<lang>.md`.
public struct FreePage: Sendable {
    public var slug: String
    public var narratives: [String: Narrative]
}
