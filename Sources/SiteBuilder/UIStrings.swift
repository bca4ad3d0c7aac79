import Diagnostics
import Foundation
import SiteModel
import Yams

/// Interface text per language, read from `Templates/strings/<lang>.yaml` so that no page
/// text lives in Swift code. A key missing in any language is an error, never a blank.
public struct UIStrings: Sendable {
    /// By language code, then key.
    public let table: [String: [String: String]]

    /// Keys the Swift code itself asks for (templates' `{{t.key}}` are found by scanning them).
    static let codeKeys = [
        "home", "indicators", "derived_label", "reported_change", "better_higher", "better_lower", "better_none",
        "not_found_title", "not_found_text", "home_label", "table_year", "table_city", "table_indicator",
        "table_value", "table_change", "table_period", "table_note", "title_separator", "feed_title", "no_data",
        "assessment_good", "assessment_bad", "assessment_neutral", "source_separator",
    ]

    /// Reads every language's file; reports missing files, keys and non-text values.
    static func load(from folder: URL, languages: [String], requiredKeys: Set<String>, into diagnostics: inout [Diagnostic]) -> UIStrings {
        var table: [String: [String: String]] = [:]
        var locations: [String: [String: SourceLocation]] = [:]
        for code in languages {
            let path = "Templates/strings/\(code).yaml"
            let url = folder.appendingPathComponent("strings/\(code).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                diagnostics.append(.error("there are no interface strings for language '\(code)': create this file (copy another language's and translate it)",
                                          at: SourceLocation(file: path)))
                continue
            }
            guard let text = SourceFile.read(url, path: path, into: &diagnostics)?.text else { continue }
            do {
                guard let node = try Yams.compose(yaml: text), case .mapping(let mapping) = node else {
                    diagnostics.append(.error("interface strings must be a mapping of keys to text", at: SourceLocation(file: path, line: 1, column: 1)))
                    continue
                }
                var strings: [String: String] = [:]
                for (key, value) in mapping {
                    guard let name = key.scalar?.string else { continue }
                    let at = SourceLocation(file: path, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0)
                    guard let scalar = value.scalar else {
                        diagnostics.append(.error("'\(name)' must be text", at: at))
                        continue
                    }
                    strings[name] = scalar.string
                    locations[code, default: [:]][name] = at
                }
                table[code] = strings
            } catch {
                diagnostics.append(YAMLDiagnostics.diagnostic(for: error, path: path))
            }
        }
        let allKeys = requiredKeys.union(table.values.flatMap(\.keys))
        for code in languages {
            guard let strings = table[code] else { continue }
            for key in allKeys.sorted() where strings[key] == nil {
                let used = requiredKeys.contains(key) ? "used by the templates or pages" : "given for another language"
                diagnostics.append(.error("missing interface string '\(key)' (\(used))",
                                          at: SourceLocation(file: "Templates/strings/\(code).yaml"),
                                          suggestion: Suggestion.didYouMean(key, among: strings.keys)))
            }
        }
        return UIStrings(table: table)
    }

    /// The text of a key; loading has made sure every key exists.
    public func text(_ key: String, _ language: String) -> String {
        table[language]?[key] ?? ""
    }
}
