import Diagnostics
import Formatting
import Foundation
import SiteModel
import Yams

/// Interface text per language, read from `Templates/strings/<lang>.yaml` (built in, and the
/// site's overrides) so that no page text lives in Swift code, and each language's
/// conventions (numbers, units, changes, years, chart sentences) from
/// `Templates/strings/<lang>.conventions.yaml` beside it (see ``ConventionsFiles``). A key
/// missing in any language is an error, never a blank. Language codes are matched
/// case-insensitively: `zh-Hant` reads `zh-hant.yaml`.
public struct UIStrings: Sendable {
    /// By language code, then key.
    public let table: [String: [String: String]]
    /// Each language's conventions, by language code as the site gives it.
    public let conventions: [String: LanguageConventions]

    /// Strings and conventions as read.
    public init(table: [String: [String: String]], conventions: [String: LanguageConventions]) {
        self.table = table
        self.conventions = conventions
    }

    /// Keys the Swift code itself asks for (templates' `{{t.key}}` are found by scanning them).
    package static let codeKeys = [
        "home", "indicators", "derived_label", "reported_change", "better_higher", "better_lower", "better_none",
        "not_found_title", "not_found_text", "home_label", "table_year", "table_city", "table_indicator",
        "table_value", "table_change", "table_period", "table_note", "title_separator", "feed_title", "no_data",
        "assessment_good", "assessment_bad", "assessment_neutral", "source_separator", "dataset_description",
    ]

    /// Reads every language's strings: the built-in theme's file, with the keys of the site's
    /// own `Templates/strings/<lang>.yaml` replacing or adding to them key by key (so a site
    /// changes one phrase without copying the whole file). Reports missing files and keys and
    /// non-text values, at the site's file where it has one.
    ///
    /// A language made by conversion (`from` + `convert`) that has no strings file of its own,
    /// built in or the site's, gets its source language's strings, converted.
    package static func load(from folder: URL, languages: [String], editions: [ConvertedEdition] = [], requiredKeys: Set<String>,
                     into diagnostics: inout [Diagnostic]) -> UIStrings {
        let table = editions.themeValues(for: languages, fileName: { "\($0.lowercased()).yaml" }, in: folder) { code in
            load(code, from: folder, into: &diagnostics)
        } convert: { source, edition in
            source.mapValues(edition.converter.convert)
        }
        let allKeys = requiredKeys.union(table.values.flatMap(\.keys))
        for code in languages {
            guard let strings = table[code] else { continue }
            for key in allKeys.sorted() where strings[key] == nil {
                let used = requiredKeys.contains(key) ? "used by the templates or pages" : "given for another language"
                diagnostics.append(.error("missing interface string '\(key)' (\(used))",
                                          at: SourceLocation(file: "Templates/strings/\(code.lowercased()).yaml"),
                                          suggestion: Suggestion.didYouMean(key, among: strings.keys)))
            }
        }
        let conventions = ConventionsFiles.load(from: folder, languages: languages, editions: editions, into: &diagnostics)
        return UIStrings(table: table, conventions: conventions)
    }

    /// One language's own strings: the built-in file's, with the site's file's keys over them;
    /// nil (with diagnostics) when there is neither file or the site's cannot be read.
    private static func load(_ code: String, from folder: URL, into diagnostics: inout [Diagnostic]) -> [String: String]? {
        let file = "\(code.lowercased()).yaml"
        let path = "Templates/strings/\(file)"
        let url = folder.appendingPathComponent("strings/\(file)")
        let siteHasFile = FileManager.default.fileExists(atPath: url.path)
        let builtIn = BuiltInTheme.files[path]
        var strings: [String: String]?
        if let builtIn {
            strings = parse(String(decoding: builtIn, as: UTF8.self), path: BuiltInTheme.location(of: path), into: &diagnostics)
        }
        if siteHasFile, let text = SourceFile.read(url, path: path, into: &diagnostics)?.text {
            if let own = parse(text, path: path, into: &diagnostics) {
                strings = (strings ?? [:]).merging(own) { _, site in site }
            } else {
                strings = nil
            }
        }
        guard siteHasFile || builtIn != nil else {
            diagnostics.append(.error("there are no interface strings for language '\(code)': create this file (`report-site theme export` writes the built-in ones to start from)",
                                      at: SourceLocation(file: path)))
            return nil
        }
        return strings
    }

    /// One strings file's keys and texts; nil (with diagnostics) when it is not a mapping of text.
    private static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> [String: String]? {
        do {
            guard let node = try Yams.compose(yaml: text, .basic), case .mapping(let mapping) = node else {
                diagnostics.append(.error("interface strings must be a mapping of keys to text", at: SourceLocation(file: path, line: 1, column: 1)))
                return nil
            }
            var strings: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                guard let scalar = value.scalar else {
                    diagnostics.append(.error("'\(name)' must be text", at: SourceLocation(file: path, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0)))
                    continue
                }
                strings[name] = scalar.string
            }
            return strings
        } catch {
            diagnostics.append(YAMLDiagnostics.diagnostic(for: error, path: path))
            return nil
        }
    }

    /// The text of a key; loading has made sure every key exists.
    public func text(_ key: String, _ language: String) -> String {
        table[language]?[key] ?? ""
    }
}
