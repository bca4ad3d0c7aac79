import Foundation
import SiteModel

extension [ConvertedEdition] {
    /// Each language's value read from its file in `Templates/strings/` (interface strings,
    /// conventions), where a language made by conversion that has no such file of its own,
    /// built in or the site's, gets its source language's value, converted instead.
    ///
    /// - Parameters:
    ///   - languages: the site's language codes.
    ///   - fileName: a language's file name in `Templates/strings/` (`zh-hant.yaml`).
    ///   - folder: the site's `Templates/` folder.
    ///   - load: reads a language's own value; nil when it could not (its diagnostics said why).
    ///   - convert: a source language's value, converted for an edition; nil when it cannot be.
    /// - Returns: the values by language code; a language whose value (or whose source's) could
    ///   not be read is left out.
    package func themeValues<Value>(for languages: [String], fileName: (String) -> String, in folder: URL,
                            load: (String) -> Value?, convert: (Value, ConvertedEdition) -> Value?) -> [String: Value] {
        let converted = filter { edition in
            let name = fileName(edition.code)
            return BuiltInTheme.files["Templates/strings/\(name)"] == nil
                && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("strings/\(name)").path)
        }
        var values: [String: Value] = [:]
        for code in languages where !converted.contains(where: { $0.code == code }) {
            if let value = load(code) { values[code] = value }
        }
        // In the editions' order, so an edition made from another converted one finds it made.
        for edition in converted {
            guard let source = values[edition.from] else { continue }
            values[edition.code] = convert(source, edition)
        }
        return values
    }
}
