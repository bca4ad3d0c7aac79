import Diagnostics
import Foundation
import SiteModel

/// The default theme compiled into the binary (from the repository's top-level `Templates/` and
/// `Public/`): templates, interface strings and the stylesheet. A site folder needs only
/// `Content/`; a file in the site's `Templates/`, `Templates/strings/` or `Public/` overrides the
/// built-in one of that name.
public enum BuiltInTheme {
    /// Every file by its path in a site folder, e.g. `Templates/layout.mustache`, `Public/style.css`.
    public static let files: [String: Data] = Dictionary(
        uniqueKeysWithValues: EmbeddedTheme.files.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) })

    /// What diagnostics print for a built-in file, so a reader never looks for it in the site.
    package static func location(of path: String) -> String { "(built-in theme) \(path)" }

    /// The built-in files under a folder (`Templates`, `Templates/strings`, `Public`), directly
    /// or, with `recursive`, at any depth; by path relative to that folder.
    package static func files(in folder: String, recursive: Bool = false) -> [String: Data] {
        var found: [String: Data] = [:]
        for (path, data) in files where path.hasPrefix(folder + "/") {
            let relative = String(path.dropFirst(folder.count + 1))
            if recursive || !relative.contains("/") { found[relative] = data }
        }
        return found
    }

    /// Writes the theme into a folder as `Templates/…` and `Public/…`, ready to edit as a
    /// site's overrides. Refuses to replace an existing file unless `overwrite`; returns the
    /// paths written, sorted.
    public static func export(to folder: URL, overwrite: Bool = false) throws -> [String] {
        let fileManager = FileManager.default
        let paths = files.keys.sorted()
        if !overwrite {
            let existing = paths.filter { fileManager.fileExists(atPath: folder.appendingPathComponent($0).path) }
            if !existing.isEmpty { throw ExportError.wouldOverwrite(existing) }
        }
        for path in paths {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files[path]!.write(to: url, options: .atomic)
        }
        return paths
    }

    public enum ExportError: Error, CustomStringConvertible {
        case wouldOverwrite([String])

        public var description: String {
            switch self {
            case .wouldOverwrite(let paths):
                return "these files exist and would be replaced: \(paths.joined(separator: ", ")) (use --force to replace them)"
            }
        }
    }
}
