import Diagnostics
import Formatting
import Foundation
import SiteModel
import Yams

/// Reads each language's conventions — how it writes numbers, units, changes, years and chart
/// sentences — from `Templates/strings/<lang>.conventions.yaml`: the built-in theme's file,
/// with the entries of the site's own file replacing or adding to them entry by entry, as
/// interface strings are read. A language the theme does not know (`fr`) needs the site's
/// file, whole. Problems are reported at the line of the entry they concern (an unknown
/// placeholder at its column), with a did-you-mean for an unknown entry.
package enum ConventionsFiles {
    /// One entry as read, with where it was written.
    package struct Read {
        package var text: String
        package var location: SourceLocation
    }

    /// One file's entries by dotted key, and the place of each section (`change`, `change.up`),
    /// to point at for an entry missing from it.
    package struct File {
        package var entries: [String: Read] = [:]
        package var sections: [String: SourceLocation] = [:]
        package var path: String
        package var lines: [Substring] = []
    }

    /// The file name of a language's conventions; codes are case-insensitive (`zh-Hant`).
    package static func fileName(_ code: String) -> String { "\(code.lowercased()).conventions.yaml" }

    /// Every language's conventions, by the code as the site gives it.
    /// A language made by conversion that has no conventions file of its own, built in or the
    /// site's, gets its source language's conventions, converted (万 → 萬 with `s2hk`).
    package static func load(from folder: URL, languages: [String], editions: [ConvertedEdition] = [],
                     into diagnostics: inout [Diagnostic]) -> [String: LanguageConventions] {
        editions.themeValues(for: languages, fileName: fileName, in: folder) { code in
            load(code, from: folder, into: &diagnostics)
        } convert: { source, edition in
            // The source's entries were valid; converted, only their words change.
            try? LanguageConventions(language: edition.code, entries: source.entries.mapValues(edition.converter.convert))
        }
    }

    /// The built-in theme's conventions of a language, or nil when it has none.
    package static func builtIn(_ code: String) -> LanguageConventions? {
        var diagnostics: [Diagnostic] = []
        return load(code, from: nil, into: &diagnostics)
    }

    private static func load(_ code: String, from folder: URL?, into diagnostics: inout [Diagnostic]) -> LanguageConventions? {
        let name = fileName(code)
        let path = "Templates/strings/\(name)"
        var files: [File] = []
        if let data = BuiltInTheme.files["Templates/strings/\(name)"] {
            guard let file = parse(String(decoding: data, as: UTF8.self), path: BuiltInTheme.location(of: path), into: &diagnostics) else { return nil }
            files.append(file)
        }
        if let url = folder?.appendingPathComponent("strings/\(name)"), FileManager.default.fileExists(atPath: url.path) {
            guard let text = SourceFile.read(url, path: path, into: &diagnostics)?.text,
                  let file = parse(text, path: path, into: &diagnostics) else { return nil }
            files.append(file)
        }
        guard !files.isEmpty else {
            diagnostics.append(.error("there are no conventions for language '\(code)' (how its pages write numbers, units, changes and years): create this file, e.g. from `report-site theme export`'s en.conventions.yaml, and translate it",
                                      at: SourceLocation(file: path)))
            return nil
        }
        // The site's file, last, replaces the built-in entries one by one.
        var entries: [String: Read] = [:]
        for file in files { entries.merge(file.entries) { _, site in site } }
        do {
            return try LanguageConventions(language: code, entries: entries.mapValues(\.text))
        } catch {
            let last = files[files.count - 1]
            for problem in error.problems {
                diagnostics.append(diagnostic(for: problem, entries: entries, file: last))
            }
            return nil
        }
    }

    private static func diagnostic(for problem: ConventionsError.Problem, entries: [String: Read], file: File) -> Diagnostic {
        switch problem.kind {
        case .unknownKey:
            return .error(problem.message, at: entries[problem.key]?.location ?? SourceLocation(file: file.path),
                          suggestion: Suggestion.didYouMean(problem.key, among: ConventionsSchema.byKey.keys))
        case .badValue:
            return .error(problem.message, at: entries[problem.key]?.location ?? SourceLocation(file: file.path))
        case .unknownPlaceholder(let name):
            var location = entries[problem.key]?.location ?? SourceLocation(file: file.path)
            // At the placeholder itself when it is on the entry's line.
            let line = location.line
            if line > 0, line <= file.lines.count, location.file == file.path,
               let range = file.lines[line - 1].range(of: "{\(name)}") {
                location = SourceLocation(file: location.file, line: line,
                                          column: file.lines[line - 1].distance(from: file.lines[line - 1].startIndex, to: range.lowerBound) + 1)
            }
            let allowed = ConventionsSchema.byKey[problem.key]?.placeholders ?? []
            return .error(problem.message, at: location, suggestion: Suggestion.didYouMean(name, among: allowed))
        case .missing:
            // At the section it belongs in, when the file has that section.
            var section = problem.key
            var at = SourceLocation(file: file.path, line: 1, column: 1)
            while let dot = section.lastIndex(of: ".") {
                section = String(section[..<dot])
                if let place = file.sections[section] { at = place; break }
            }
            return .error(problem.message + ": add it to this file (the built-in theme's files show every entry)", at: at)
        }
    }

    /// One file's entries, flattened to dotted keys; nil (with diagnostics) when it is not YAML
    /// or not a mapping.
    private static func parse(_ text: String, path: String, into diagnostics: inout [Diagnostic]) -> File? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            diagnostics.append(YAMLDiagnostics.diagnostic(for: error, path: path))
            return nil
        }
        guard let root, case .mapping(let mapping) = root else {
            diagnostics.append(.error("conventions must be a mapping of entries", at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        var file = File(path: path, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
        var ok = true
        func walk(_ mapping: Node.Mapping, prefix: String) {
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                let dotted = prefix.isEmpty ? name : prefix + "." + name
                let at = SourceLocation(file: path, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0)
                switch value {
                case .scalar(let scalar):
                    file.entries[dotted] = Read(text: scalar.string, location: at)
                case .mapping(let inner):
                    file.sections[dotted] = at
                    walk(inner, prefix: dotted)
                default:
                    diagnostics.append(.error("'\(dotted)' must be text, or a mapping of entries", at: at))
                    ok = false
                }
            }
        }
        walk(mapping, prefix: "")
        return ok ? file : nil
    }
}
