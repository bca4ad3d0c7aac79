import Foundation
import CSV
import Diagnostics
import Formatting

/// Reads `cities/<city>/observations.csv`: one observation per row.
enum CSVObservationLoader {
    static let requiredColumns = ["indicator", "year", "value"]

    /// The observations read; `unreadable` receives the indicators of rows that have an error.
    static func load(_ file: SourceFile, languages: [String], editions: [ConvertedEdition] = [], into diagnostics: inout [Diagnostic],
                     unreadable: inout Set<String>) -> [Observation] {
        let allowed = requiredColumns + ["source", "bound", "period", "aggregate", "quote", "locator"] + languages.flatMap { ["note_\($0)", "derived_\($0)"] }
        // Without the site's languages (site.yaml unreadable), any language's note columns pass.
        let isAllowed = { (name: String) in
            allowed.contains(name) || (languages.isEmpty && (name.hasPrefix("note_") || name.hasPrefix("derived_")))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: file.text, hasHeaderRow: true)
        } catch {
            diagnostics.append(.error("cannot read the header row: the first line must name the columns, e.g. indicator,year,value,source,note_zh,note_en",
                                      at: SourceLocation(file: file.path, line: 1, column: 1)))
            return []
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var problems = false
        var column = 1
        var misspelt = Set<String>()
        for name in header {
            if !isAllowed(name) {
                let nearest = Suggestion.nearest(to: name, among: allowed)
                if let nearest { misspelt.insert(nearest) }
                // A change's field (a multiple, 'ratio', above all) is no misspelt column: it belongs elsewhere.
                let change = ["from", "to"].contains(name) || ChangeKind(rawValue: name) != nil
                diagnostics.append(.error("unknown column '\(name)'", at: SourceLocation(file: file.path, line: 1, column: column),
                                          suggestion: change ? "observations.csv holds levels, one a row; a change ('\(name)') goes under 'changes' in city.yaml, e.g. { indicator: economy.high_tech_enterprises, from: 2015, to: 2020, ratio: 6.5 }"
                                              : nearest.map { "did you mean '\($0)'?" } ?? "expected columns: \(allowed.joined(separator: ","))"))
                problems = true
            }
            column += name.count + 1
        }
        // A misspelt column is reported once, as unknown, not also as missing.
        for name in requiredColumns where !header.contains(name) && !misspelt.contains(name) {
            diagnostics.append(.error("the header has no '\(name)' column (expected indicator,year,value,source,note_zh,note_en)",
                                      at: SourceLocation(file: file.path, line: 1, column: 1)))
            problems = true
        }
        guard !problems else {
            // The rows cannot be read without a good header; their indicators' data is in doubt.
            let column = header.firstIndex(of: "indicator") ?? 0
            while let row = reader.next() {
                if column < row.count, case let id = row[column].trimmingCharacters(in: .whitespaces), Identifier.isValid(id) { unreadable.insert(id) }
            }
            return []
        }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var observations: [Observation] = []
        // Rows are counted, not lines: a quoted field spanning lines shifts later numbers.
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let at = { (name: String) -> SourceLocation in
                let col = header.prefix(index[name] ?? 0).reduce(1) { $0 + $1.count + 1 }
                return SourceLocation(file: file.path, line: line, column: col)
            }
            let cell = { (name: String) -> String? in
                guard let i = index[name], i < row.count else { return nil }
                let value = row[i].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard row.count == header.count else {
                diagnostics.append(.error("this row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(header.count): check for a missing or extra comma, and put text containing a comma in double quotes",
                                          at: SourceLocation(file: file.path, line: line, column: 1)))
                if let id = row.first?.trimmingCharacters(in: .whitespaces), Identifier.isValid(id) { unreadable.insert(id) }
                continue
            }
            var ok = true
            let indicator = cell("indicator")
            if let indicator, !Identifier.isValid(indicator) {
                diagnostics.append(.error("'\(indicator)' is not a valid indicator id", at: at("indicator"))); ok = false
            } else if indicator == nil {
                diagnostics.append(.error("'indicator' is empty", at: at("indicator"))); ok = false
            }
            var year: Int?
            if let text = cell("year") {
                if let y = Int(text), (1900...2100).contains(y) { year = y }
                else if let y = Int(text) { diagnostics.append(.error("'year' must be a year between 1900 and 2100, not \(y)", at: at("year"))); ok = false }
                else { diagnostics.append(.error("'year' must be a whole year such as 2020, not '\(text)'", at: at("year"))); ok = false }
            } else { diagnostics.append(.error("'year' is empty", at: at("year"))); ok = false }
            var quantity: Quantity?
            switch ValueText.parse(cell("value") ?? "", field: "value") {
            case .success(let value): quantity = value
            case .failure(let problem): diagnostics.append(.error(problem.message, at: at("value"))); ok = false
            }
            let source = cell("source")
            if let source, !Identifier.isValid(source) {
                diagnostics.append(.error("'\(source)' is not a valid source id", at: at("source"))); ok = false
            }
            var problems: [(column: String, problem: Qualifiers.Problem)] = []
            let bound = cell("bound").flatMap { text in Qualifiers.bound(text).value(or: "bound", into: &problems) }
            let unstated = cell("period") == Qualifiers.unstated
            let span = unstated ? nil : cell("period").flatMap { text in Qualifiers.period(text).value(or: "period", into: &problems) }
            let aggregate = cell("aggregate").flatMap { text in Qualifiers.aggregate(text).value(or: "aggregate", into: &problems) }
            for (column, problem) in problems {
                diagnostics.append(.error(problem.message, at: at(column), suggestion: problem.suggestion)); ok = false
            }
            if ok, let (column, problem) = Qualifiers.combination(year: year, period: span, aggregate: aggregate,
                                                                 periodWritten: cell("period") != nil, aggregateWritten: cell("aggregate") != nil,
                                                                 unstated: unstated) {
                diagnostics.append(.error(problem.message, at: at(column), suggestion: problem.suggestion)); ok = false
            }
            let period = span.flatMap { span in aggregate.map { Period(first: span.first, last: span.last, aggregate: $0) } }
            guard ok, let indicator, let year, let quantity else {
                if let indicator, Identifier.isValid(indicator) { unreadable.insert(indicator) }
                continue
            }
            let texts = { (prefix: String) -> LocalizedText? in
                let values = languages.reduce(into: [String: String]()) { $0[$1] = cell("\(prefix)_\($1)") }
                return values.isEmpty ? nil : LocalizedText(editions.filling(values))
            }
            if cell("locator") != nil, cell("quote") == nil {
                diagnostics.append(.error("'locator' says where a quote stands, and this row has no 'quote'", at: at("locator"),
                                          suggestion: "add the source's words in the 'quote' column, or empty 'locator'"))
                unreadable.insert(indicator)
                continue
            }
            let evidence = cell("quote").map { Evidence(quote: $0, locator: cell("locator")) }
            // Only columns the header has get a place: a missing one would point at column 1.
            let placed = ["indicator", "year", "value", "source", "bound", "period", "aggregate", "quote", "locator"].filter { index[$0] != nil }
            var observation = Observation(indicator: indicator, year: year, quantity: quantity, bound: bound, period: period, source: source,
                                          note: texts("note"), derived: texts("derived"), evidence: evidence,
                                          location: SourceLocation(file: file.path, line: line, column: 1),
                                          fieldLocations: Dictionary(uniqueKeysWithValues: placed.map { ($0, at($0)) }))
            observation.periodUnstated = unstated
            observations.append(observation)
        }
        return observations
    }
}
