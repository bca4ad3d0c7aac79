import Foundation
@testable import Markdown
import Testing

/// Our renderer against cmark-gfm's own, on every example of the GFM spec, cmark-gfm's
/// extension tests and its regression tests: the same document (both start from cmark-gfm's
/// parse) must give the same HTML after cmark's usual normalisation, apart from the
/// differences listed below, each on purpose and with its reason. Each example is also
/// rendered inside a list item, a blockquote, a footnote and, when it is one line, a table
/// cell and an image description.
@Suite struct GFMConformanceTests {
    enum Context: String, CaseIterable, Sendable {
        case document, listItem, blockquote, footnote, tableCell, imageDescription

        /// The example wrapped in this context; nil where it cannot be (a table cell and an
        /// image description hold one line).
        func wrap(_ markdown: String) -> String? {
            let lines = markdown.hasSuffix("\n") ? Array(markdown.dropLast().components(separatedBy: "\n")) : markdown.components(separatedBy: "\n")
            func indented(_ first: String, _ rest: String) -> String {
                lines.enumerated().map { index, line in
                    index == 0 ? first + line : (line.isEmpty ? "" : rest + line)
                }.joined(separator: "\n") + "\n"
            }
            switch self {
            case .document: return markdown
            case .listItem: return indented("- ", "  ")
            case .blockquote: return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n"
            case .footnote: return "Text[^note].\n\n" + indented("[^note]: ", "    ")
            case .tableCell:
                guard lines.count == 1, !lines[0].isEmpty else { return nil }
                return "| a |\n| - |\n| " + lines[0].replacingOccurrences(of: "|", with: "\\|") + " |\n"
            case .imageDescription:
                guard lines.count == 1, !lines[0].isEmpty else { return nil }
                return "![" + lines[0] + "](/u)\n"
            }
        }
    }

    /// Changes made to both normalised outputs before comparing: each a difference of markup
    /// that we make on purpose, everywhere it occurs.
    static let deliberate: [(reason: String, ours: @Sendable (String) -> String, cmark: @Sendable (String) -> String)] = [
        ("headings carry an id (a slug of their text) so that they can be linked to",
         { $0.replacingOccurrences(of: #"<(h[1-6]) id="[^"]*">"#, with: "<$1>", options: .regularExpression) }, { $0 }),
        ("a task-list item has a class, for the stylesheet to drop its bullet",
         { $0.replacingOccurrences(of: #"<li class="task-list-item">"#, with: "<li>") }, { $0 }),
        ("a task-list checkbox is labelled with its item's text, so assistive technology names it (axe: label)",
         { $0.replacingOccurrences(of: #"<input aria-label="[^"]*" "#, with: "<input ", options: .regularExpression) }, { $0 }),
        ("in a loose task-list item the checkbox is inside the item's first paragraph, on the line of its text, "
            + "where cmark writes it before the paragraph, on a line of its own (found by GFMGeneratedDocumentTests)",
         { $0.replacingOccurrences(of: #"<li><p>(<input [^>]*>) ?"#, with: "<li>$1<p>", options: .regularExpression) }, { $0 }),
        ("table cell alignment is a class (the align attribute is obsolete in HTML5, and a strict Content-Security-Policy "
            + "drops style attributes); a cell that is a number is marked num, to align to the end",
         { $0.replacingOccurrences(of: #"<(td|th) class="num">"#, with: "<$1>", options: .regularExpression) },
         { $0.replacingOccurrences(of: #" align="(left|center|right)""#, with: #" class="align-$1""#, options: .regularExpression) }),
        ("a table is in a box of its own that scrolls when the table is wider than the page (a phone), "
            + "focusable so that keyboards can scroll it",
         { $0.replacingOccurrences(of: #"<div [^>]*class="table-scroll"[^>]*>\s*<table>"#, with: "<table>", options: .regularExpression)
             .replacingOccurrences(of: #"</table>\s*</div>"#, with: "</table>", options: .regularExpression) }, { $0 }),
        ("a footnote marker after a digit has a class, for the stylesheet to set it a little apart from the number",
         { $0.replacingOccurrences(of: #"class="footnote-ref after-number""#, with: #"class="footnote-ref""#) }, { $0 }),
        ("a number and 年 or 个百分点 in text are kept on one line by a span",
         { $0.replacingOccurrences(of: #"<span class="nobr">([^<]*)</span>"#, with: "$1", options: .regularExpression) }, { $0 }),
        ("footnote links carry the ARIA roles doc-noteref and doc-backlink instead of GitHub's data- attributes "
            + "and an English-only aria-label (the site is bilingual)",
         { $0.replacingOccurrences(of: #" role="doc-(noteref|backlink)""#, with: "", options: .regularExpression) },
         { $0.replacingOccurrences(of: #" (data-footnote-ref|data-footnotes|data-footnote-backref|aria-label="Back to content")(="")?"#,
                                   with: "", options: .regularExpression) }),
        ("footnote ids are made from the note's number, not its label: a label may be any text (spaces, Chinese), "
            + "a number gives short, valid ids that do not change when a label is reworded",
         numberingFootnoteIDs, numberingFootnoteIDs),
        ("the number on a second back-link is a plain sup: cmark's class footnote-ref there would style it as a reference",
         { $0 }, { $0.replacingOccurrences(of: #"↩<sup class="footnote-ref">"#, with: "↩<sup>") }),
        ("a note that ends in a block other than a paragraph (a list, a table) gets its back-links in a paragraph "
            + "of their own rather than as bare inline text after the block",
         { $0.replacingOccurrences(of: #"<p>((?: ?<a class="footnote-backref" href="[^"]*">↩(?:<sup[^>]*>\d+</sup>)?</a>)+)</p></li>"#,
                                   with: "$1</li>", options: .regularExpression)
             .replacingOccurrences(of: #"--> <a class="footnote-backref""#, with: #"--><a class="footnote-backref""#) },
         // cmark's line break between an omitted-HTML block and the bare back-link survives normalising (a comment is no block tag).
         { $0.replacingOccurrences(of: #"--> <a class="footnote-backref""#, with: #"--><a class="footnote-backref""#) }),
    ]

    /// Footnote ids (`fn-X`, `fnref-X`, `fnref-X-2`) with X replaced by the note's place in the
    /// footnotes section, so that ours (by number) and cmark's (by label) can be compared.
    @Sendable static func numberingFootnoteIDs(_ html: String) -> String {
        var html = html
        let ids = html.matches(of: /<li id="fn-([^"]*)">/).map { String($0.output.1) }
        for (index, label) in ids.enumerated() {
            for (prefix, suffix) in [("\"fn-", "\""), ("#fn-", "\""), ("\"fnref-", "\""), ("#fnref-", "\""), ("\"fnref-", "-"), ("#fnref-", "-")] {
                html = html.replacingOccurrences(of: prefix + label + suffix, with: prefix + "N\(index + 1)" + suffix)
            }
        }
        return html
    }

    /// Examples whose output differs for a reason the rules above cannot express, by
    /// `file:number` (or `file:number@context`). Each must still differ: a fixed one fails.
    static let knownDifferences: [String: String] = [:]

    static func commonPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// The documents on which our HTML and cmark-gfm's differ once normalised, apart from the
    /// deliberate differences (and `alsoIgnoring`, applied to both after them): by index, with
    /// the document, both outputs and where they part.
    static func differences(_ documents: [String], alsoIgnoring: @Sendable (String) -> String = { $0 }) throws -> [(index: Int, description: String)] {
        let ours = documents.map { HTMLRenderer().render(MarkdownDocument.parse($0)) }
        let reference = documents.map { CmarkReference.html($0) }
        let normalized = try HTMLNormalizer.normalize(ours + reference)
        return documents.indices.compactMap { index in
            var mine = normalized[index], theirs = normalized[documents.count + index]
            for rule in deliberate {
                mine = rule.ours(mine)
                theirs = rule.cmark(theirs)
            }
            mine = alsoIgnoring(mine)
            theirs = alsoIgnoring(theirs)
            guard mine != theirs else { return nil }
            let common = commonPrefix(mine, theirs)
            return (index, """
                markdown: \(documents[index].debugDescription)
                ours:     \(mine.debugDescription)
                cmark:    \(theirs.debugDescription)
                first difference: ours …\(String(mine.dropFirst(common).prefix(120)).debugDescription), \
                cmark …\(String(theirs.dropFirst(common).prefix(120)).debugDescription)
                """)
        }
    }

    @Test(arguments: GFMFixtures.files)
    func matchesCmarkGFM(file: String) throws {
        let examples = try GFMFixtures.examples(file)
        // Every enabled example was read (the spec's two disabled ones are skipped, as cmark's runner does).
        try #require(examples.count == GFMFixtures.enabledCounts[file], "\(examples.count) examples of \(file).txt in the fixture")
        var cases: [(key: String, example: GFMExample, markdown: String)] = []
        for example in examples {
            for context in Context.allCases {
                guard let markdown = context.wrap(example.markdown) else { continue }
                cases.append((context == .document ? example.key : "\(example.key)@\(context.rawValue)", example, markdown))
            }
        }
        var differing: Set<String> = []
        for (index, difference) in try Self.differences(cases.map(\.markdown)) {
            let entry = cases[index]
            differing.insert(entry.key)
            if Self.knownDifferences[entry.key] == nil {
                Issue.record("\(entry.key) (\(entry.example.section)) differs from cmark-gfm\n\(difference)")
            }
        }
        for key in Self.knownDifferences.keys.sorted() where key.hasPrefix(file + ":") && !differing.contains(key) {
            Issue.record("\(key) is listed as a known difference but now matches cmark-gfm: remove it from the list")
        }
    }

    /// The committed fixture holds exactly what the GFM text files hold, where they are present
    /// (CI has them beside the clone). `RECORD_GFM_FIXTURE=1` writes the fixture from them.
    @Test(.enabled(if: GFMFixtures.upstreamFolder != nil, "no GFM text files in shared/fixtures/gfm beside the clone or in GFM_FIXTURES"))
    func fixtureIsWhatTheTextFilesHold() throws {
        let folder = try #require(GFMFixtures.upstreamFolder)
        let fresh = try GFMFixtures.extract(from: folder)
        if ProcessInfo.processInfo.environment["RECORD_GFM_FIXTURE"] == "1" {
            try GFMFixtures.encode(fresh).write(to: GFMFixtures.fixture)
            return
        }
        let examples = try GFMFixtures.committed()
        #expect(fresh.count == examples.count, "\(folder.path) holds \(fresh.count) examples, the fixture \(examples.count)")
        let committed = Dictionary(examples.map { ($0.key, $0) }) { first, _ in first }
        for example in fresh {
            guard let stored = committed[example.key] else {
                Issue.record("\(example.key) of \(folder.path) is not in the fixture: RECORD_GFM_FIXTURE=1 rewrites it")
                continue
            }
            if !example.isIdentical(to: stored) {
                Issue.record("\(example.key) in \(folder.path) differs from the fixture's: RECORD_GFM_FIXTURE=1 rewrites it")
            }
        }
    }

    /// Examples whose expected HTML is older than the libcmark-gfm we link: the test files are
    /// of 0.29.0.gfm.0-27 (see Fixtures/README.md), and footnotes changed in the releases after
    /// it (Debian 12's 0.29.0.gfm.6 writes the newer markup). The reference is not
    /// held to the expected HTML on these.
    static let olderExpectations: [String: String] = [
        "extensions:23": "footnote ids are now fn-LABEL rather than fnN, with data-footnote attributes and an aria-label",
        "regression:13": "a second reference to a note now gets its own id (fnref-1-2) and back-link",
    ]

    /// The reference itself gives the HTML the GFM test files expect, run as cmark-gfm's own
    /// test runner runs them (raw HTML written; a spec or regression example with the
    /// extensions its line names, extensions.txt with all): so `matchesCmarkGFM` compares with
    /// real GFM, and not with a reference broken the same way as ours (both use
    /// `CommonMarkConverter.extensionNames` and cmark-gfm's parse: an extension that failed to
    /// attach would go unseen there).
    @Test func referenceGivesTheExpectedHTML() throws {
        let examples = try GFMFixtures.committed().filter { !$0.disabled }
        try #require(examples.count == GFMFixtures.enabledCounts.values.reduce(0, +), "\(examples.count) examples in the fixture")
        let all = CommonMarkConverter.extensionNames + ["footnotes"]
        let rendered = examples.map { CmarkReference.html($0.markdown, extensions: $0.file == "extensions" ? all : $0.extensions, rawHTML: true) }
        let normalized = try HTMLNormalizer.normalize(rendered + examples.map(\.html))
        var compared = 0
        for (index, example) in examples.enumerated() {
            // The runner's convention: `<IGNORE>` asks only that rendering finishes.
            guard example.html != "<IGNORE>\n", Self.olderExpectations[example.key] == nil else { continue }
            compared += 1
            guard normalized[index] != normalized[examples.count + index] else { continue }
            Issue.record("""
            \(example.key) (\(example.section)): cmark-gfm does not give the expected HTML
            markdown: \(example.markdown.debugDescription)
            cmark:    \(normalized[index].debugDescription)
            expected: \(normalized[examples.count + index].debugDescription)
            """)
        }
        // All but the `<IGNORE>` example and the two older expectations.
        #expect(compared == examples.count - 3)
    }
}
