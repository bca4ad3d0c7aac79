/// The HTML ids of a document's footnotes: `fn-1` for the first note, `fnref-1` for the
/// first reference to it, `fnref-1-2` for the second.
struct FootnoteIDs {
    /// How many times each footnote number is referred to.
    let referenceCounts: [Int: Int]

    init(_ document: MarkdownDocument) {
        var collector = FootnoteReferenceCollector()
        document.walk(&collector)
        referenceCounts = collector.counts
    }

    static func note(_ number: Int) -> String { "fn-\(number)" }

    static func reference(_ number: Int, occurrence: Int) -> String {
        occurrence <= 1 ? "fnref-\(number)" : "fnref-\(number)-\(occurrence)"
    }

    /// Every id the footnotes use, so headings can avoid them.
    var all: Set<String> {
        // The section's heading, when the renderer is given one.
        var ids: Set<String> = referenceCounts.isEmpty ? [] : ["footnotes-heading"]
        for (number, count) in referenceCounts {
            ids.insert(Self.note(number))
            for occurrence in 1...max(1, count) { ids.insert(Self.reference(number, occurrence: occurrence)) }
        }
        return ids
    }
}
