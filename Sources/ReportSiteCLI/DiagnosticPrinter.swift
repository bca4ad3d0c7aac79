import Diagnostics
import Foundation

/// How diagnostics are printed: for people, for GitHub Actions, or as JSON for tools.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// All diagnostics in this format, one string ready to print.
    ///
    /// Locations are relative to the site folder; `siteDirectory` is that folder as the
    /// command was given it (`some/site`), and is put in front of each so that a terminal or
    /// an editor opens the file from the current directory: `some/site/Content/cities/…:12:3`.
    /// GitHub annotations need a path from the repository's root, which is the current
    /// directory in Actions: an absolute path inside it is made relative. JSON's `file` is the
    /// path as text prints it. Built-in theme locations (`(built-in theme) …`) stay as they are.
    public func render(_ diagnostics: [Diagnostic], siteDirectory: String = ".") -> String {
        let path = { (location: SourceLocation) in
            Self.displayPath(location.file, siteDirectory: siteDirectory, fromRepositoryRoot: self == .github)
        }
        switch self {
        case .text:
            return diagnostics.map { d in
                var location = d.location
                location.file = path(location)
                return "\(location): \(d.severity.rawValue): \(d.fullMessage)"
            }.joined(separator: "\n")
        case .github:
            return diagnostics.map { d in
                var properties = ["file=\(escapeProperty(path(d.location)))"]
                if d.location.line > 0 { properties.append("line=\(d.location.line)") }
                if d.location.column > 0 { properties.append("col=\(d.location.column)") }
                return "::\(d.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(d.fullMessage))"
            }.joined(separator: "\n")
        case .json:
            let list = diagnostics.map { d in
                JSONDiagnostic(severity: d.severity.rawValue, file: path(d.location), line: d.location.line,
                               column: d.location.column, message: d.message, suggestion: d.suggestion)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(list)) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// A location's file as the reader can open it: `file` (relative to the site folder) behind
    /// the site folder as given, `Content/x.yaml` alone for `.`. Paths that are not in the site
    /// folder are left alone: absolute ones (the output folder) and `(built-in theme) …`.
    /// With `fromRepositoryRoot`, an absolute result inside the current directory is made
    /// relative to it.
    public static func displayPath(_ file: String, siteDirectory: String, fromRepositoryRoot: Bool = false,
                            currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        guard !file.isEmpty, !file.hasPrefix("("), !file.hasPrefix("/") else { return file }
        var base = Substring(siteDirectory)
        while base.count > 1, base.hasSuffix("/") { base = base.dropLast() }
        while base.hasPrefix("./") { base = base.dropFirst(2).drop { $0 == "/" } }
        let joined = base.isEmpty || base == "." ? file : base == "/" ? "/" + file : "\(base)/\(file)"
        guard fromRepositoryRoot, joined.hasPrefix("/") else { return joined }
        let root = URL(fileURLWithPath: currentDirectory).standardizedFileURL.path
        let full = URL(fileURLWithPath: joined).standardizedFileURL.path
        return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : joined
    }

    /// A note that is no problem (`build` saying robots.txt is not read under a sub-folder):
    /// `note: …`, or a GitHub notice annotation.
    public func render(note: String) -> String {
        self == .github ? "::notice::\(escapeData(note))" : "note: \(note)"
    }

    // GitHub's workflow-command escaping.
    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// A diagnostic as `--format json` writes it.
private struct JSONDiagnostic: Encodable {
    let severity: String
    let file: String
    let line: Int
    let column: Int
    let message: String
    let suggestion: String?
}
