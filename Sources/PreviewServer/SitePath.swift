import Foundation

/// Maps a request's raw path to a key of the in-memory site, refusing anything that is not
/// plainly a path inside it.
///
/// The preview serves only exact keys of the rendered map, so nothing outside the site can be
/// reached whatever the path says; this adds a second line of defence and keeps the answers
/// plain: encoded slashes or backslashes, dot segments, NUL, empty segments and paths that do
/// not start with `/` are not found, never normalised into something else.
enum SitePath {
    enum Resolution: Equatable {
        /// Look up this key (`zh/index.html`).
        case file(String)
        /// Not a path this server will ever answer.
        case invalid
    }

    static func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.hasPrefix("/") else { return .invalid }
        let lowered = rawPath.lowercased()
        // Encoded separators and NUL would smuggle a second path through one segment.
        for encoded in ["%2f", "%5c", "%00"] where lowered.contains(encoded) { return .invalid }
        guard let decoded = rawPath.removingPercentEncoding else { return .invalid }
        if decoded.contains("\\") || decoded.contains("\0") { return .invalid }
        var relative = decoded.dropFirst()
        let isDirectory = relative.isEmpty || relative.hasSuffix("/")
        if isDirectory && !relative.isEmpty { relative = relative.dropLast() }
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        if !relative.isEmpty, segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return .invalid }
        if isDirectory { return .file(relative.isEmpty ? "index.html" : relative + "/index.html") }
        return .file(String(relative))
    }
}
