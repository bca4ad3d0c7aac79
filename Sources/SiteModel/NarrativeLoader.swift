import Diagnostics
import Foundation
import Markdown
import Yams

/// Reads a narrative: its front matter now, its body when it is checked or rendered.
enum NarrativeLoader {
    static let frontMatterKeys = ["title", "date", "period", "summary", "draft", "placeholder"]

    static func load(_ file: SourceFile, language: String, isReport: Bool, languages: [String],
                     into diagnostics: inout [Diagnostic]) -> Narrative? {
        // Only the front matter's lines are split (on the bytes: line ends are LF by now); the
        // body is the text after the closing line, not every line split and joined again.
        let text = file.text
        var lines: [Substring] = []
        var lineStart = text.startIndex
        var closing: Int?
        var bodyStart = text.endIndex
        while true {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if lines.isEmpty {
                guard line.trimmingCharacters(in: .whitespaces) == "---" else {
                    diagnostics.append(.error("a narrative starts with front matter: a line '---', then 'title: …', then a closing '---'",
                                              at: SourceLocation(file: file.path, line: 1, column: 1)))
                    return nil
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "---" || line == "..." {
                closing = lines.count
                bodyStart = lineEnd == text.endIndex ? lineEnd : text.utf8.index(after: lineEnd)
                break
            }
            lines.append(line)
            guard lineEnd < text.endIndex else { break }
            lineStart = text.utf8.index(after: lineEnd)
        }
        guard let closing else {
            diagnostics.append(.error("the front matter opened on line 1 is never closed: add a line '---' after it",
                                      at: SourceLocation(file: file.path, line: 1, column: 1)))
            return nil
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = String(text[bodyStart...])
        let reader = YAMLReader(path: file.path, lineOffset: 1, languages: languages)
        let frontMatter = readFrontMatter(yaml, isReport: isReport, reader: reader, closingLine: closing + 1)

        diagnostics += reader.diagnostics
        guard let frontMatter else {
            // The body's own problems are reported too, as for a narrative that loads.
            diagnostics += parse(body, lineOffset: closing + 1, path: file.path, languages: languages).diagnostics
            return nil
        }
        return Narrative(language: language, path: file.path, frontMatter: frontMatter, body: body, bodyLineOffset: closing + 1)
    }

    /// Parses a narrative's body: Markdown, chart blocks, figure references, and their problems.
    static func parse(_ body: String, lineOffset: Int, path: String, languages: [String]) -> ParsedNarrative {
        var diagnostics: [Diagnostic] = []
        let document = MarkdownDocument.parse(body, lineOffset: lineOffset)
        let charts = document.chartBlocks().compactMap { chartSpec($0, path: path, languages: languages, into: &diagnostics) }
        var figures: [FigureReference] = []
        for span in document.figureReferences() {
            switch FigureReference.parse(span.raw, at: SourceLocation(file: path, line: span.line, column: span.column)) {
            case .success(let reference): figures.append(reference)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        for place in document.rawHTML() {
            diagnostics.append(.warning("raw HTML is not published; write Markdown instead",
                                        at: SourceLocation(file: path, line: place.line, column: place.column)))
        }
        return ParsedNarrative(document: document, charts: charts, figures: figures, diagnostics: diagnostics)
    }

    private static func readFrontMatter(_ yaml: String, isReport: Bool, reader: YAMLReader, closingLine: Int) -> FrontMatter? {
        guard !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            reader.add(.error("the front matter is empty: it needs at least 'title'", at: SourceLocation(file: reader.path, line: 1, column: 1)))
            return nil
        }
        guard let root = reader.parse(yaml),
              let fields = reader.fields(root, of: "front matter", allowed: frontMatterKeys,
                                         required: isReport ? ["title", "date"] : ["title"]) else { return nil }
        let title = fields["title"].flatMap { reader.text($0, "title") }
        let date = fields["date"].flatMap { reader.date($0, "date") }
        // The warning `check` gives a draft sits on the key, where removing the line publishes it.
        let draft = fields["draft"].flatMap { reader.bool($0, "draft") } == true ? fields.keys["draft"].map { reader.location($0) } : nil
        let placeholder = reader.placeholder(in: fields, .narrative)
        guard let title else { return nil }
        if isReport, date == nil { return nil }
        return FrontMatter(title: title, date: date,
                           period: fields["period"].flatMap { reader.string($0, "period") },
                           summary: fields["summary"].flatMap { reader.string($0, "summary") },
                           draftLocation: draft, placeholderLocation: placeholder)
    }

    private static func chartSpec(_ block: ChartBlock, path: String, languages: [String], into diagnostics: inout [Diagnostic]) -> ChartSpec? {
        let reader = YAMLReader(path: path, lineOffset: block.line - 1, languages: languages)
        defer { diagnostics += reader.diagnostics }
        let blockLocation = SourceLocation(file: path, line: block.line, column: 1)
        guard !block.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            reader.add(.error("this chart block is empty: it needs at least 'type' and 'indicator'", at: blockLocation))
            return nil
        }
        guard let root = reader.parse(block.source),
              let fields = reader.fields(root, of: "chart", allowed: ChartSpec.keys, required: ["type"]) else { return nil }
        var type: ChartType?
        if let node = fields["type"], let text = reader.string(node, "type") {
            type = ChartType(rawValue: text)
            if type == nil {
                reader.error("unknown chart type '\(text)'", at: node,
                             suggestion: Suggestion.didYouMean(text, among: ChartType.allCases.map(\.rawValue))
                                ?? "use line, column, bar, change or kpi")
            }
        }
        var indicators: [String] = []
        if let node = fields["indicator"], let id = reader.id(node, "indicator") { indicators.append(id) }
        if let node = fields["indicators"], let ids = reader.ids(node, "indicators") { indicators += ids.filter { !indicators.contains($0) } }
        if fields["indicator"] == nil, fields["indicators"] == nil, type != .change {
            reader.add(.error("a chart needs 'indicator' (or 'indicators')", at: reader.location(root)))
            return nil
        }
        let cities = fields["cities"].flatMap { reader.ids($0, "cities") }
        var years: YearSpan?
        if let node = fields["years"], let text = reader.string(node, "years") {
            if let span = YearSpan.parse(text), (1900...2100).contains(span.first), (1900...2100).contains(span.last), span.first <= span.last {
                years = span
            } else {
                reader.error("'years' must be a year (2020) or a range of years (2015..2020), not '\(text)'", at: node)
            }
        }
        guard let type else { return nil }
        var keyLocations: [String: SourceLocation] = [:]
        for (key, node) in fields.values { keyLocations[key] = reader.location(node) }
        return ChartSpec(type: type, indicators: indicators, cities: cities, years: years,
                         title: fields["title"].flatMap { reader.text($0, "title") },
                         location: blockLocation, keyLocations: keyLocations)
    }
}

extension Narrative {
    /// The body parsed, with the problems found in it; `languages` are the site's, for the
    /// localized titles of chart blocks.
    public func parsed(languages: [String]) -> ParsedNarrative {
        NarrativeLoader.parse(body, lineOffset: bodyLineOffset, path: path, languages: languages)
    }
}
