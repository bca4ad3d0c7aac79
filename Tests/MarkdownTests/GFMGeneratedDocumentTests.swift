import Foundation
import PropertyBased
import Testing
@testable import Markdown

/// Our renderer against cmark-gfm's own on generated documents: lines of the GFM examples
/// recombined, and lines made of Markdown's markers, so that constructs meet in ways no
/// example shows them. Same comparison and deliberate differences as `GFMConformanceTests`.
@Suite struct GFMGeneratedDocumentTests {
    /// Batches of documents per run (each batch goes through one normaliser process): few by
    /// default, so that `make test` stays fast; FUZZ_CASES runs it long, as for the fuzz test.
    static let batches = ProcessInfo.processInfo.environment["FUZZ_CASES"].flatMap(Int.init).map { max(1, $0 / 10) } ?? 5

    /// Markers of every GFM construct, and text around them (CJK, a combining mark, an emoji
    /// with a modifier), for lines of their own.
    static let pieces = [
        "# ", "## ", "###### ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "    ", "\t", "  ", " ",
        "```", "~~~", "`", "``", "*", "**", "_", "__", "~", "~~", "[", "]", "](/u)", "](/u \"t\")", "![", "[^1]", "[^1]: ",
        "[^a b]: ", "[^a b]", "[x]: /u", "[x]", "|", "| a |", "|---|", ":-:", "---", "===", "***", "<", ">", "<div>", "</div>",
        "<span>", "<!-- c -->", "<script>", "&amp;", "&#35;", "&copy;", "\\", "\\*", "http://example.org/a_b", "www.example.org",
        "a@example.org", "text", "word", "1", "\"", "'", "!", ".", "数据", "e\u{301}", "👍🏽",
    ]

    /// Footnote back-links, compared on the GFM examples and not here, where two differences
    /// this test found would fail most runs: where a note's definition itself refers to a note,
    /// cmark-gfm numbers that note's references (`fnref-1-2`) in source order and we in
    /// reading order, the body's first; and cmark-gfm counts the references inside a duplicate
    /// definition it drops, writing back-links to ids that are not on the page. Ours link
    /// every back-link to a reference on the page. Removes the back-links and the numbers
    /// of second and later references.
    @Sendable static func backLinkBookkeeping(_ html: String) -> String {
        html.replacingOccurrences(of: #" ?<a class="footnote-backref" href="[^"]*">↩(?:<sup>\d+</sup>)?</a>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"id="fnref-([^"]+?)-\d+""#, with: #"id="fnref-$1""#, options: .regularExpression)
    }

    /// Not shrunk: shrinking a batch re-renders and re-normalises it per step, and every
    /// document reported is already small (at most ten lines).
    @Test(.shrinking(false)) func generatedDocumentsMatchCmarkGFM() async throws {
        let examples = try GFMFixtures.committed().filter { !$0.disabled }
        let lines = Array(Set(examples.flatMap { $0.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) })).sorted()
        // The examples' lines: enough of them that an empty fixture cannot pass unnoticed.
        try #require(lines.count > 1_000, "\(lines.count) distinct lines in the GFM examples")
        let line = Gen.oneOf(Gen.element(of: lines).compactMap { $0 }, Gen.element(of: Self.pieces).compactMap { $0 }.array(of: 1...8).map { $0.joined() })
        let document = line.array(of: 1...10).map { $0.joined(separator: "\n") + "\n" }
        await propertyCheck(count: Self.batches, input: document.array(of: 200)) { documents in
            for (_, difference) in try GFMConformanceTests.differences(documents, alsoIgnoring: Self.backLinkBookkeeping) {
                Issue.record("a generated document differs from cmark-gfm\n\(difference)")
            }
        }
    }
}
