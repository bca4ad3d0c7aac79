import Diagnostics
import Foundation
import Yams

/// Reads `site.yaml`.
enum ConfigLoader {
    static let keys = ["title", "description", "baseURL", "languages", "defaultLanguage", "requireQuotes"]

    static func load(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        // Languages are not known yet: read them first, then the localized fields.
        let probe = YAMLReader(path: file.path)
        guard let root = probe.parse(file.text) else {
            diagnostics += probe.diagnostics
            return nil
        }
        guard let fields = probe.fields(root, of: "site", allowed: keys, required: ["title", "languages"]) else {
            diagnostics += probe.diagnostics
            return nil
        }
        var languages: [Language] = []
        if let node = fields["languages"], let items = probe.sequence(node, of: "languages") {
            if items.isEmpty { probe.error("'languages' must list at least one language", at: node) }
            for item in items {
                guard let entry = probe.fields(item, of: "language", allowed: ["code", "locale", "name"], required: ["code"]) else { continue }
                guard let code = entry["code"].flatMap({ probe.id($0, "code") }) else { continue }
                if languages.contains(where: { $0.code == code }) {
                    probe.error("language '\(code)' is listed twice", at: entry["code"]!)
                    continue
                }
                let locale = entry["locale"].flatMap { probe.text($0, "locale") } ?? code
                let name = entry["name"].flatMap { probe.text($0, "name") } ?? code
                languages.append(Language(code: code, locale: locale, name: name))
            }
        }
        let codes = languages.map(\.code)
        let reader = YAMLReader(path: file.path, languages: codes)
        let title = fields["title"].flatMap { reader.localized($0, "title") }
        let description = fields["description"].flatMap { reader.localized($0, "description") }
        var baseURL: String?
        if let node = fields["baseURL"], let url = reader.text(node, "baseURL") {
            if let parsed = URL(string: url), let scheme = parsed.scheme, ["http", "https"].contains(scheme), parsed.host != nil {
                baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                reader.error("'baseURL' must be an absolute http(s) URL such as https://example.org/env/, not '\(url)'", at: node)
            }
        }
        var defaultLanguage = codes.first ?? ""
        if let node = fields["defaultLanguage"], let code = reader.string(node, "defaultLanguage") {
            if codes.contains(code) {
                defaultLanguage = code
            } else if !codes.isEmpty {
                reader.error("'defaultLanguage' is '\(code)', which is not among 'languages' (\(codes.joined(separator: ", ")))", at: node,
                             suggestion: Suggestion.didYouMean(code, among: codes))
            }
        }
        let requireQuotes = fields["requireQuotes"].flatMap { reader.bool($0, "requireQuotes") } ?? false
        diagnostics += probe.diagnostics + reader.diagnostics
        guard let title, !languages.isEmpty else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, languages: languages, defaultLanguage: defaultLanguage)
        config.requireQuotes = requireQuotes
        return config
    }
}
