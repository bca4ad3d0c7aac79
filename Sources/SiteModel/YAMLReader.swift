import Diagnostics
import Foundation
import Yams

/// Reads one YAML text into Yams nodes and typed values, reporting every problem at the
/// node it concerns. Collects diagnostics instead of throwing so a file's problems are
/// reported together.
final class YAMLReader {
    let path: String
    /// Added to Yams' lines: the YAML may sit inside a larger file (front matter, a chart block).
    let lineOffset: Int
    /// Added to Yams' columns of the YAML's first line only is not needed: blocks start at column 1.
    let columnOffset: Int
    /// Site languages, to warn about localized text that misses one.
    let languages: [String]
    /// Languages made by converting another: localized text gets their text converted.
    let editions: [ConvertedEdition]
    private(set) var diagnostics: [Diagnostic] = [] {
        didSet { errorCount = diagnostics.errorCount }
    }
    /// How many of the diagnostics are errors, to tell whether reading an entry found any.
    private(set) var errorCount = 0

    init(path: String, lineOffset: Int = 0, columnOffset: Int = 0, languages: [String] = [], editions: [ConvertedEdition] = []) {
        self.path = path
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
        self.languages = languages
        self.editions = editions
    }

    // MARK: - Parsing

    /// The root node, or nil with a diagnostic when the text is not YAML.
    func parse(_ text: String) -> Node? {
        do {
            // The basic resolver: every scalar is read as text here, and the default one runs
            // ICU regexes over every mapping key when Yams checks for duplicates (a third of `check`).
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset, text: text))
        } catch {
            diagnostics.append(.error("cannot read YAML: \(error)", at: SourceLocation(file: path)))
        }
        return nil
    }

    /// A YAML error as a diagnostic at the place Yams names.
    /// `text`, when given, is searched for the second occurrence of a duplicated key.
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int = 0, text: String? = nil) -> Diagnostic {
        let location = { (mark: Mark) in SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return .error(message, at: location(mark), suggestion: hint(for: problem, at: mark, in: text))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            let second = duplicates.sorted().first.flatMap { key in text.flatMap { secondOccurrence(of: key, in: $0, after: context.mark) } }
            return .error("\(keys) is given twice here: each key may appear once in the same block; remove or rename one",
                          at: second.map { SourceLocation(file: path, line: $0.line + lineOffset, column: $0.column) } ?? location(context.mark))
        case let .reader(problem, offset, _, yaml):
            var loc = SourceLocation(file: path)
            if let offset {
                let prefix = yaml.prefix(offset)
                let line = prefix.filter { $0 == "\n" }.count + 1
                let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
                loc = SourceLocation(file: path, line: line + lineOffset, column: column)
            }
            return .error("cannot read YAML: \(problem)", at: loc)
        default:
            return .error("cannot read YAML: \(error)", at: SourceLocation(file: path))
        }
    }

    /// A plain-words hint for Yams' common syntax problems.
    private static func hint(for problem: String, at mark: Mark, in text: String?) -> String? {
        if problem.contains("cannot start any token") {
            let lines = text?.split(separator: "\n", omittingEmptySubsequences: false)
            if let lines, mark.line >= 1, mark.line <= lines.count {
                let line = Array(lines[mark.line - 1])
                if mark.column >= 1, mark.column <= line.count, line[mark.column - 1] == "\t" {
                    return "a tab is used here: YAML is indented with spaces only; replace the tab with spaces"
                }
            }
            return "text starting with a character such as @, ` or % must be in quotes"
        }
        if problem.contains("mapping values are not allowed") {
            return "text containing ': ' must be in quotes, e.g. title: \"Zhuhai: 2021\""
        }
        if problem.contains("expected ',' or '}'") { return "a '{' is not closed with '}', or a ',' is missing between entries" }
        if problem.contains("expected ',' or ']'") { return "a '[' is not closed with ']', or a ',' is missing between items" }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: the entries of one block must start in the same column"
        }
        if problem.contains("end of stream") { return "a quotation mark is opened and never closed" }
        return nil
    }

    /// Where `key:` occurs the second time at or after a mark (1-based line and column), if it can be found.
    private static func secondOccurrence(of key: String, in text: String, after mark: Mark) -> (line: Int, column: Int)? {
        var count = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= mark.line {
            let characters = Array(line)
            let pattern = Array(key)
            var column = index + 1 == mark.line ? max(0, mark.column - 1) : 0
            while column + pattern.count <= characters.count {
                let before: Character = column == 0 ? " " : characters[column - 1]
                if " {,-\t".contains(before), Array(characters[column..<(column + pattern.count)]) == pattern {
                    var after = column + pattern.count
                    while after < characters.count, characters[after] == " " { after += 1 }
                    if after < characters.count, characters[after] == ":" {
                        count += 1
                        if count == 2 { return (index + 1, column + 1) }
                    }
                }
                column += 1
            }
        }
        return nil
    }

    // MARK: - Locations and reports

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: path) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column + (mark.line == 1 ? columnOffset : 0))
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark) }

    func error(_ message: String, at node: Node, suggestion: String? = nil) {
        diagnostics.append(.error(message, at: location(node), suggestion: suggestion))
    }

    func warning(_ message: String, at node: Node, suggestion: String? = nil) {
        diagnostics.append(.warning(message, at: location(node), suggestion: suggestion))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: - Structure

    /// The entries of a mapping, by key, with unknown keys and missing required ones reported.
    /// `what` names the thing for messages ("indicator", "observation").
    func fields(_ node: Node, of what: String, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("\(article(what)) \(what) must be a mapping of keys to values, not \(describe(node))", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        var keys: [String: Node] = [:]
        var misspelt = Set<String>()
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("a key must be a plain name", at: key)
                continue
            }
            guard allowed.contains(name) else {
                let nearest = Suggestion.nearest(to: name, among: allowed)
                if let nearest { misspelt.insert(nearest) }
                error("unknown key '\(name)' in \(article(what)) \(what)", at: key,
                      suggestion: nearest.map { "did you mean '\($0)'?" } ?? Self.misplacedKeyHint(name)
                        ?? "expected one of: \(allowed.joined(separator: ", "))")
                continue
            }
            values[name] = value
            keys[name] = key
        }
        // A misspelt key is reported once, as unknown, not also as missing.
        for name in required where values[name] == nil && !misspelt.contains(name) {
            error("\(article(what)) \(what) needs '\(name)'", at: node)
        }
        return Fields(node: node, values: values, keys: keys)
    }

    /// The items of a sequence, or nil with an error.
    func sequence(_ node: Node, of what: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        if case .scalar(let scalar) = node, scalar.string.isEmpty, scalar.style == .plain {
            return []
        }
        error("'\(what)' must be a list, not \(describe(node))", at: node)
        return nil
    }

    // MARK: - Scalars

    /// The text of a scalar, or nil with an error.
    func string(_ node: Node, _ field: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("'\(field)' must be text, not \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// Non-empty text.
    func text(_ node: Node, _ field: String) -> String? {
        guard let value = string(node, field) else { return nil }
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            error("'\(field)' is empty", at: node)
            return nil
        }
        return value
    }

    /// A language code, lower-cased (BCP 47 codes are case-insensitive: `zh-Hant` is `zh-hant`),
    /// of the form of an id.
    func languageCode(_ node: Node) -> String? {
        guard let value = string(node, "code") else { return nil }
        let code = value.lowercased()
        guard Identifier.isValid(code) else {
            error("'\(value)' is not a valid language code: use a BCP 47 code such as zh, en or zh-hant", at: node)
            return nil
        }
        return code
    }

    /// An id of the form `[a-z0-9][a-z0-9._-]*`.
    func id(_ node: Node, _ field: String) -> String? {
        guard let value = string(node, field) else { return nil }
        guard Identifier.isValid(value) else {
            error("'\(value)' is not a valid id: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit", at: node,
                  suggestion: suggestedID(value).map { "did you mean '\($0)'?" })
            return nil
        }
        // One copy of each id per file: a city names the same indicators and sources in every
        // observation, and each longer than 15 bytes was its own allocation, kept all build.
        if let shared = ids[value] { return shared }
        ids[value] = value
        return value
    }

    private var ids: [String: String] = [:]

    /// A whole number.
    func int(_ node: Node, _ field: String) -> Int? {
        guard let value = string(node, field) else { return nil }
        guard let number = Self.integer(value) else {
            error("'\(field)' must be a whole number, not '\(value)'", at: node)
            return nil
        }
        return number
    }

    /// A whole number written with or without spaces around it. Read as written first: a year
    /// in every observation, trimmed through Foundation each time, was 4% of loading a site.
    private static func integer(_ value: String) -> Int? {
        Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces))
    }

    /// A calendar year between 1900 and 2100.
    func year(_ node: Node, _ field: String) -> Int? {
        guard let value = string(node, field) else { return nil }
        guard let year = Self.integer(value) else {
            error("'\(field)' must be a whole year such as 2020, not '\(value)'", at: node)
            return nil
        }
        guard (1900...2100).contains(year) else {
            error("'\(field)' must be a year between 1900 and 2100, not \(year)", at: node)
            return nil
        }
        return year
    }

    /// A list of ids, also accepting a single id.
    func ids(_ node: Node, _ field: String) -> [String]? {
        if case .scalar = node { return id(node, field).map { [$0] } }
        guard let items = sequence(node, of: field) else { return nil }
        let ids = items.compactMap { id($0, field) }
        return ids.count == items.count ? ids : nil
    }

    /// A date written `YYYY-MM-DD` that exists on the calendar.
    func date(_ node: Node, _ field: String) -> String? {
        guard let value = string(node, field) else { return nil }
        guard Self.isValidDate(value) else {
            error("'\(value)' is not a date: write it as YYYY-MM-DD, e.g. 2021-01-01", at: node)
            return nil
        }
        return value
    }

    static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    /// Text per language: `{ zh: …, en: … }`. A plain string counts for every language.
    func localized(_ node: Node, _ field: String, requireAllLanguages: Bool = true) -> LocalizedText? {
        if case .scalar(let scalar) = node {
            guard !scalar.string.isEmpty else {
                error("'\(field)' is empty", at: node)
                return nil
            }
            let own = languages.filter { code in !editions.contains { $0.code == code } }
            return LocalizedText(editions.filling(Dictionary(uniqueKeysWithValues: (own.isEmpty ? ["_"] : own).map { ($0, scalar.string) })))
        }
        guard case .mapping(let mapping) = node else {
            error("'\(field)' must be text per language, e.g. { zh: …, en: … }, not \(describe(node))", at: node)
            return nil
        }
        var values: [String: String] = [:]
        var misspelt = false
        for (key, value) in mapping {
            // Language codes are case-insensitive (`zh-Hant:` is `zh-hant:`).
            guard let code = key.scalar?.string.lowercased() else { continue }
            if !languages.isEmpty, !languages.contains(code) {
                error("'\(code)' in '\(field)' is not one of the site's languages: \(languages.joined(separator: ", "))", at: key,
                      suggestion: Suggestion.didYouMean(code, among: languages))
                misspelt = true
                continue
            }
            if let text = string(value, "\(field).\(code)") { values[code] = text }
        }
        values = editions.filling(values)
        // A misspelt language code is reported once, as unknown, not also as a missing language.
        if requireAllLanguages, !misspelt {
            for code in languages where values[code] == nil {
                warning("'\(field)' has no '\(code)' text; another language's is shown instead", at: node)
            }
        }
        return values.isEmpty ? nil : LocalizedText(values)
    }

    // MARK: - Helpers

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        case .alias: "an alias"
        }
    }

    private func article(_ word: String) -> String {
        if word == "front matter" { return "the" }
        guard let first = word.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    private func suggestedID(_ value: String) -> String? {
        let lowered = value.lowercased().replacingOccurrences(of: " ", with: "_")
        return Identifier.isValid(lowered) ? lowered : nil
    }
}

/// The entries of one YAML mapping, by key.
struct Fields {
    let node: Node
    let values: [String: Node]
    /// The key nodes, for diagnostics about a key itself.
    let keys: [String: Node]

    subscript(name: String) -> Node? { values[name] }
}

/// YAML errors as diagnostics, for readers of YAML outside `Content/` (interface strings).
public enum YAMLDiagnostics {
    /// A diagnostic at the line and column Yams reports, or at the file when it names none.
    public static func diagnostic(for error: any Error, path: String) -> Diagnostic {
        if let error = error as? YamlError { return YAMLReader.diagnostic(for: error, path: path) }
        return .error("cannot read YAML: \(error)", at: SourceLocation(file: path))
    }
}
