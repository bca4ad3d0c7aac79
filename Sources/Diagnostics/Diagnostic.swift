/// How bad a problem is. Errors fail the build; warnings fail it only under `--strict`.
public enum Severity: String, Sendable, Hashable, Comparable, Codable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in a site's source, with the place it concerns.
///
/// Every stage reports problems as values of this one type, collected rather than thrown,
/// so that a run reports all of them at once.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A likely fix, such as the id the author probably meant.
    public var suggestion: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, suggestion: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.suggestion = suggestion
    }

    public static func error(_ message: String, at location: SourceLocation, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, suggestion: suggestion)
    }

    public static func warning(_ message: String, at location: SourceLocation, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, suggestion: suggestion)
    }

    /// The message with its suggestion, as one sentence: `unknown indicator 'x' (did you mean 'y'?)`.
    public var fullMessage: String {
        guard let suggestion else { return message }
        return "\(message) (\(suggestion))"
    }

    /// `path:line:column: error: message (suggestion)`.
    public var description: String {
        "\(location): \(severity.rawValue): \(fullMessage)"
    }
}

extension Array where Element == Diagnostic {
    /// Sorted so that a file's problems come before those of the files that rely on it, then
    /// by line, column, errors before warnings; duplicates removed.
    ///
    /// Files come in the order `SourceLocation.displayOrder` gives: a mistake in `site.yaml`,
    /// `indicators.yaml` or a city's data is listed before what it may cause in the reports that
    /// read them, which a reader fixing from the top would otherwise meet first.
    public func sortedForDisplay() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }.sorted {
            if $0.location.file != $1.location.file {
                return SourceLocation.displayOrder($0.location.file, $1.location.file)
            }
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return $0.message < $1.message
        }
    }

    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Whether these problems fail a run: any error, or any warning when strict.
    public func fails(strict: Bool) -> Bool {
        contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}
