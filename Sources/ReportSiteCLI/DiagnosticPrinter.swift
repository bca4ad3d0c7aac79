import Diagnostics
import Foundation

/// How diagnostics are printed: for people, for GitHub Actions, or as JSON for tools.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github

    /// All diagnostics in this format, one string ready to print.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map(\.description).joined(separator: "\n")
        case .github:
            return diagnostics.map { d in
                var properties = ["file=\(escapeProperty(d.location.file))"]
                if d.location.line > 0 { properties.append("line=\(d.location.line)") }
                if d.location.column > 0 { properties.append("col=\(d.location.column)") }
                return "::\(d.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(d.fullMessage))"
            }.joined(separator: "\n")
        case .json:
            let list: [[String: Any]] = diagnostics.map { d in
                var entry: [String: Any] = ["severity": d.severity.rawValue, "file": d.location.file,
                                            "line": d.location.line, "column": d.location.column, "message": d.message]
                if let suggestion = d.suggestion { entry["suggestion"] = suggestion }
                return entry
            }
            let data = (try? JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self)
        }
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
