import Diagnostics
import Foundation
import ScriptConversion
import Yams

/// Reads `site.yaml`.
enum ConfigLoader {
    static let keys = ["title", "description", "baseURL", "languages", "defaultLanguage", "requireQuotes", "licence"]

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
        var conversions: [(code: String, from: Node, convert: Node)] = []
        if let node = fields["languages"], let items = probe.sequence(node, of: "languages") {
            if items.isEmpty { probe.error("'languages' must list at least one language", at: node) }
            for item in items {
                guard let entry = probe.fields(item, of: "language", allowed: ["code", "locale", "name", "from", "convert"], required: ["code"]),
                      let codeNode = entry["code"] else { continue }
                // BCP 47 codes are case-insensitive: `zh-Hant` is `zh-hant` in URLs and file names.
                guard let code = probe.languageCode(codeNode) else { continue }
                if languages.contains(where: { $0.code == code }) {
                    probe.error("language '\(code)' is listed twice", at: codeNode)
                    continue
                }
                let locale = entry["locale"].flatMap { probe.text($0, "locale") } ?? code
                let name = entry["name"].flatMap { probe.text($0, "name") } ?? code
                var language = Language(code: code, locale: locale, name: name)
                switch (entry["from"], entry["convert"]) {
                case (let from?, let convert?):
                    language.from = probe.languageCode(from)
                    language.convert = probe.text(convert, "convert")
                    conversions.append((code, from, convert))
                case (let from?, nil):
                    probe.error("language '\(code)' is made 'from' another but does not say how: add 'convert:' with an OpenCC configuration (\(ScriptConverter.knownConfigurations.prefix(4).joined(separator: ", ")))", at: from)
                case (nil, let convert?):
                    probe.error("language '\(code)' has 'convert' but no 'from': name the language it is converted from", at: convert)
                case (nil, nil): break
                }
                languages.append(language)
            }
        }
        let editions = conversions.compactMap { conversion in
            Self.edition(conversion.code, from: conversion.from, convert: conversion.convert, languages: languages, reader: probe)
        }
        let codes = languages.map(\.code)
        let reader = YAMLReader(path: file.path, languages: codes, editions: editions)
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
        let licence = fields["licence"].flatMap { Self.licence($0, reader: reader) }
        diagnostics += probe.diagnostics + reader.diagnostics
        guard let title, !languages.isEmpty else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, languages: languages, defaultLanguage: defaultLanguage)
        config.requireQuotes = requireQuotes
        config.licence = licence
        config.editions = editions
        return config
    }

    /// `licence: { name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/ }`; the
    /// name may be given per language.
    private static func licence(_ node: Node, reader: YAMLReader) -> Licence? {
        guard let fields = reader.fields(node, of: "licence", allowed: ["name", "url"], required: ["name"]),
              let name = fields["name"].flatMap({ reader.localized($0, "licence.name", requireAllLanguages: false) }) else { return nil }
        var url: String?
        if let node = fields["url"], let text = reader.text(node, "licence.url") {
            if let parsed = URL(string: text), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil {
                url = text
            } else {
                reader.error("'licence.url' must be an absolute http(s) URL, such as https://creativecommons.org/licenses/by/4.0/, not '\(text)'", at: node)
            }
        }
        return Licence(name: name, url: url)
    }

    /// A converted language's converter, with its `from` checked: another listed language that
    /// is not itself converted (conversions do not chain).
    private static func edition(_ code: String, from: Node, convert: Node, languages: [Language], reader: YAMLReader) -> ConvertedEdition? {
        guard let source = languages.first(where: { $0.code == code })?.from, let name = reader.string(convert, "convert") else { return nil }
        let codes = languages.map(\.code).filter { $0 != code }
        guard let base = languages.first(where: { $0.code == source }), source != code else {
            reader.error("'from: \(source)' of language '\(code)' is not another of the site's languages (\(codes.joined(separator: ", ")))",
                         at: from, suggestion: Suggestion.didYouMean(source, among: codes))
            return nil
        }
        guard base.from == nil else {
            reader.error("'from: \(source)' of language '\(code)' is itself converted from '\(base.from!)': convert from '\(base.from!)' directly",
                         at: from)
            return nil
        }
        guard ScriptConverter.knownConfigurations.contains(name) || name.hasSuffix(".json") else {
            reader.error("'convert: \(name)' is not an OpenCC configuration: use one of \(ScriptConverter.knownConfigurations.joined(separator: ", "))",
                         at: convert, suggestion: Suggestion.didYouMean(name, among: ScriptConverter.knownConfigurations))
            return nil
        }
        do {
            return ConvertedEdition(code: code, from: source, converter: try ScriptConverter(configuration: name))
        } catch {
            reader.error("language '\(code)' cannot be made: \(error)", at: convert)
            return nil
        }
    }
}
