import Diagnostics
import Foundation

/// The words of a source that state a figure (`quote`), and where in the source they stand
/// (`locator`: a section or heading). `check` proves that the quote holds the figure and, where
/// the source's text is kept, that the source holds the quote.
public struct Evidence: Sendable, Hashable {
    /// In the source's own language and script; `…` joins pieces of one paragraph.
    public var quote: String
    public var locator: String?

    public init(quote: String, locator: String? = nil) {
        self.quote = quote
        self.locator = locator
    }
}

/// How a source's `date` is known, so pages can say it in the reader's words.
public enum DateBasis: String, Sendable, CaseIterable {
    /// The document states it.
    case stated
    /// A web page's header gives it (where the text was taken from).
    case page
    /// The day the copy was retrieved.
    case retrieved
    /// Not known how.
    case unknown
}

/// A source document kept with the site (`text:` of a source): its paragraphs as kept, which
/// quotes are checked against and the source's own page shows, each with an anchor.
public struct SourceText: Sendable {
    /// Relative to the site folder, e.g. `Content/cities/zhuhai/sources/zh-2021.txt`.
    public var path: String
    /// The non-blank lines of the file, trimmed: one paragraph each.
    public var paragraphs: [String]

    public init(path: String, text: String) {
        self.path = path
        self.paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    public init(path: String, paragraphs: [String]) {
        self.path = path
        self.paragraphs = paragraphs
    }
}
