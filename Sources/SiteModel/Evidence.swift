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

extension Observation {
    /// The id of this figure's quote on its source's page: `q-air.pm25-2020`, or
    /// `q-water.sewage_projects-2016-2020` for a value over a period.
    public var quoteAnchor: String {
        "q-\(indicator)-" + (period.map { "\($0.first)-\($0.last)" } ?? String(year))
    }
}

extension Change {
    /// The id of this change's quote on its source's page: `q-air.pm25-2015-2020-change`.
    public var quoteAnchor: String { "q-\(indicator)-\(from)-\(to)-change" }
}

extension SourceText {
    /// The paragraph (0-based) that holds a quote, and where in it each piece of the quote
    /// stands (ranges of the paragraph as kept, not normalized); nil when no paragraph does.
    public func locate(_ quote: String) -> (paragraph: Int, ranges: [Range<String.Index>])? {
        for (index, paragraph) in paragraphs.enumerated() {
            if let ranges = QuoteText.ranges(of: quote, in: paragraph) { return (index, ranges) }
        }
        return nil
    }
}
