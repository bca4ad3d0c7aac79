import Foundation
import Testing

/// No figure in a report is typed by hand (issue 11): every number is either a reference to
/// the data (`[[…]]`, which both languages resolve to the same value, with its bound, period
/// and note) or a marked quotation of the source — inside quotation marks (“…”, "…"), in a
/// blockquote, or in a cited title (《…》). What is left after removing those may hold only
/// years, calendar dates, ordinals of plan periods, list and heading numbers, and the digits
/// inside names (PM2.5, No. 3).
enum TypedFigures {
    /// A function, not a stored array: `Regex` is not `Sendable`.
    static func allowed() -> [Regex<Substring>] {
        [
        #/(?:19|20)\d\d(?:\s*[—–-]\s*(?:19|20)\d\d)?年?(?:度)?/#,                  // years and spans
        #/\d{1,2}月\d{1,2}日/#,                                                   // 12月20日
        #/\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)/#,
        #/(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}/#,
        #/1[0-9](?:st|nd|rd|th)/#,                                                // 13th, 14th Five-Year Plan
        #/PM2\.5|PM10/#,
        #/No\. \d+/#,                                                             // Fushan No. 3
        #/COVID-19/#,
        #/(?:per|of) CNY 10,000/#,                                                // a unit: 万元
        ]
    }

    /// The digits typed by hand in `text`, each with its line.
    static func typed(in text: String) -> [(line: Int, text: String)] {
        var found: [(Int, String)] = []
        var inFence = false
        var inFrontMatter = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            if index == 0 && line == "---" { inFrontMatter = true; continue }
            if inFrontMatter {
                if line == "---" { inFrontMatter = false; continue }
                // Only what readers see: title and summary. Dates and periods are metadata.
                guard line.hasPrefix("title:") || line.hasPrefix("summary:") else { continue }
            }
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence || line.trimmingCharacters(in: .whitespaces).hasPrefix(">") { continue }
            line = line.replacing(#/\[\[[^\]]*\]\]/#, with: " ")        // figure references
            line = line.replacing(#/\]\([^)]*\)/#, with: "]")           // link targets
            line = line.replacing(#/“[^”]*”|"[^"]*"|《[^》]*》/#, with: " ") // quotations and titles
            line = line.replacing(#/^\s*(?:#+\s*)?\d+\.\s/#, with: " ")    // numbered headings and lists
            for pattern in allowed() { line = line.replacing(pattern, with: " ") }
            for match in line.matches(of: #/[0-9０-９][0-9０-９.,%]*/#) {
                found.append((index + 1, String(match.output)))
            }
        }
        return found
    }
}

@Suite struct TypedFigureTests {
    /// Every report narrative, in every language.
    static let reports: [String] = {
        let cities = SourceFigure.repository.appendingPathComponent("Content/cities")
        let files = FileManager.default.enumerator(atPath: cities.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
    }()

    @Test func theCheckFindsATypedFigure() {
        #expect(TypedFigures.typed(in: "污水处理能力达到373万吨/日。").map(\.text) == ["373"])
        #expect(TypedFigures.typed(in: "It rose by 44.3% in 2020.").map(\.text) == ["44.3%"])
        #expect(TypedFigures.typed(in: "2016—2020年，原文称“74项”，达到[[water.sewage_capacity@2020]]。").isEmpty)
        #expect(TypedFigures.typed(in: "> 计划五年投入500亿").isEmpty)
        #expect(TypedFigures.typed(in: "## 1. Air in the 14th Five-Year Plan, from 1 July").isEmpty)
    }

    @Test func thereAreReports() {
        #expect(Self.reports.count >= 4, "\(Self.reports)")
    }

    @Test(arguments: reports)
    func everyFigureIsAReferenceOrAQuotation(_ path: String) throws {
        let text = try String(contentsOf: SourceFigure.repository.appendingPathComponent("Content/cities/\(path)"), encoding: .utf8)
        let typed = TypedFigures.typed(in: text)
        #expect(typed.isEmpty, "Content/cities/\(path): figures typed by hand:\n\(typed.map { "line \($0.line): \($0.text)" }.joined(separator: "\n"))")
    }
}
