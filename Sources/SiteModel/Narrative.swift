import Diagnostics
import Markdown

/// A narrative's YAML front matter.
public struct FrontMatter: Sendable, Equatable, Codable {
    public var title: String
    /// `YYYY-MM-DD`; required for reports.
    public var date: String?
    public var period: String?
    public var summary: String?
    /// Where `draft: true` was written; nil when the narrative is no draft. A draft is left
    /// out of `build` (unless `--drafts`), listed by `check`, and shown with a banner.
    public var draftLocation: SourceLocation?
    /// Where `placeholder: true` was written: example text `report-site new` wrote, which
    /// `check` lists until it is replaced. Nil when it is not marked.
    public var placeholderLocation: SourceLocation?

    /// Whether the narrative is a draft (`draft: true`).
    public var isDraft: Bool { draftLocation != nil }
}

/// One language version of a report or free page: front matter and Markdown body.
///
/// The body is kept as written and parsed only when the narrative is checked or its page
/// rendered (`parsed(languages:)`): a site holds no parse tree for longer than one page
/// takes, which was a quarter of a loaded site's memory.
public struct Narrative: Sendable {
    public var language: String
    /// Site-relative path, for diagnostics.
    public var path: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter, as written (line ends LF).
    public var body: String
    /// How many lines of the file come before `body`.
    public var bodyLineOffset: Int
    /// For a converted language's version made from another's file (`path`): that language.
    /// Its problems are that file's, reported once, with the original.
    public var convertedFrom: String?
}

/// A narrative's body parsed: its Markdown, chart blocks and `[[…]]` references, and the
/// problems found in them (a chart block that is not valid YAML, a malformed reference,
/// raw HTML).
public struct ParsedNarrative: Sendable {
    public var document: MarkdownDocument
    /// Chart blocks in the body that could be read.
    public var charts: [ChartSpec]
    /// `[[…]]` references in the body that could be read.
    public var figures: [FigureReference]
    public var diagnostics: [Diagnostic]
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

extension Narrative {
    /// All of a narrative but its body: what listings, navigation and the other-language
    /// links show of it. Kept by a build for a later one that loads in part.
    public struct Summary: Codable, Equatable, Sendable {
        public var language: String
        public var path: String
        public var frontMatter: FrontMatter
        public var bodyLineOffset: Int
        public var convertedFrom: String?
    }

    public var summary: Summary {
        Summary(language: language, path: path, frontMatter: frontMatter, bodyLineOffset: bodyLineOffset, convertedFrom: convertedFrom)
    }

    /// A narrative standing in from its summary, with no body: in a site loaded in part, no
    /// page showing it is rendered.
    init(unloaded summary: Summary) {
        self.init(language: summary.language, path: summary.path, frontMatter: summary.frontMatter, body: "",
                  bodyLineOffset: summary.bodyLineOffset, convertedFrom: summary.convertedFrom)
    }
}

extension Report {
    /// A report as its listings show it: every version's `Narrative.Summary`, by language.
    public struct Summary: Codable, Equatable, Sendable {
        public var id: String
        public var narratives: [String: Narrative.Summary]
    }

    public var summary: Summary { Summary(id: id, narratives: narratives.mapValues(\.summary)) }
}

/// A free page: `pages/<slug>.<lang>.md`.
public struct FreePage: Sendable {
    public var slug: String
    public var narratives: [String: Narrative]
}
