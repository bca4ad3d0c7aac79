import Diagnostics
import Foundation
import Mustache
import SiteModel

/// The site's Mustache templates: a layout, one template per page kind, and partials.
/// A missing or broken template is an error at its file and line, never a missing page.
package struct TemplateSet: Sendable {
    /// The page kinds the renderer asks for; the built-in theme has every one (tested).
    package static let required = [
        "layout", "header", "footer", "source", "figure", "landing", "home", "headlines", "reportlist",
        "indicatorlist", "indicatorindex", "city", "report", "missing", "indicator", "page", "notfound", "derivednotes", "sourcetext",
        "figurevalue", "figurechange", "notemarker", "sourcelink", "multiples",
    ]

    /// The partials placed inside a line of text (a figure, a change, a note marker, a cited
    /// title): the line break that ends their file is not theirs, it would stand in the text.
    package static let inline: Set<String> = ["figurevalue", "figurechange", "notemarker", "sourcelink"]

    package let library: MustacheLibrary
    /// Every `t.key` the templates use.
    package let usedStringKeys: Set<String>

    /// Loads the built-in templates with the site's own `Templates/*.mustache` laid over them:
    /// a site file replaces the built-in template of the same name, or adds a partial. Problems
    /// in a site file are reported at that file; a partial named nowhere is an error at its line.
    /// Each template rendered with a typed model (`models`) is checked against its model's fields.
    package static func load(from folder: URL, models: [any RootTemplateModel.Type], into diagnostics: inout [Diagnostic]) -> TemplateSet? {
        var library = MustacheLibrary()
        var keys = Set<String>()
        var partials: [(name: String, usedIn: String, line: Int)] = []
        var sources: [String: TemplateVariableCheck.Source] = [:]
        var ok = true
        let siteNames = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }.map { String($0.dropLast(".mustache".count)) }
        let builtIn = BuiltInTheme.files(in: "Templates").filter { $0.key.hasSuffix(".mustache") }
        let builtInNames = builtIn.keys.map { String($0.dropLast(".mustache".count)) }
        let names = Set(siteNames).union(builtInNames).sorted()
        for name in names {
            var text: String
            let path: String
            if siteNames.contains(name) {
                path = "Templates/\(name).mustache"
                guard let file = SourceFile.read(folder.appendingPathComponent("\(name).mustache"), path: path, allowEmpty: true,
                                                 into: &diagnostics) else {
                    ok = false
                    continue
                }
                text = file.text
            } else {
                path = BuiltInTheme.location(of: "Templates/\(name).mustache")
                text = String(decoding: builtIn["\(name).mustache"]!, as: UTF8.self)
            }
            // "\r\n" is one Character: either ending goes whole.
            if inline.contains(name), text.last?.isNewline == true { text.removeLast() }
            do {
                try library.register(textContentType + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma takes a line of its own before the template's first.
                diagnostics.append(.error("template error: \(describe(error.error))",
                                          at: SourceLocation(file: path, line: max(1, error.context.lineNumber - 1),
                                                             column: error.context.columnNumber)))
                ok = false
            } catch {
                diagnostics.append(.error("template error: \(error)", at: SourceLocation(file: path)))
                ok = false
            }
            sources[name] = TemplateVariableCheck.Source(text: text, path: path)
            let tags = self.tags(in: text)
            keys.formUnion(tags.compactMap { $0.text.hasPrefix("t.") ? String($0.text.dropFirst(2)) : nil })
            partials += tags.filter { $0.sigil == ">" }.map { ($0.text, path, $0.line) }
        }
        for partial in partials where !names.contains(partial.name) {
            diagnostics.append(.error("the partial '\(partial.name)' exists neither in Templates/ nor in the built-in theme",
                                      at: SourceLocation(file: partial.usedIn, line: partial.line),
                                      suggestion: Suggestion.didYouMean(partial.name, among: names)))
            ok = false
        }
        if ok { diagnostics += TemplateVariableCheck(templates: sources, models: models).diagnostics() }
        return ok ? TemplateSet(library: library, usedStringKeys: keys) : nil
    }

    /// Put before every template so the library escapes nothing itself: its HTML escaping
    /// compares `Character`s and lets a quote followed by a combining mark through (see
    /// docs/upstream/swift-mustache-escaping.md). Escaping is done here instead, see `HTML`.
    /// Partials get the library's HTML type back, so each template carries the pragma. On a
    /// line of its own it is a standalone tag and leaves no trace in the output.
    private static let textContentType = "{{% CONTENT_TYPE: TEXT }}\n"

    /// Renders a page kind's template with its model, over the base every template gets.
    /// Text in the model is escaped as the template reads it; only `HTML` is placed as is.
    package func render<Model: RootTemplateModel>(_ model: Model, base: PageBase) -> String {
        library.render(TemplateRoot(model: model, base: base), withTemplate: Model.template) ?? ""
    }

    /// A tag of a template: its sigil (`#`, `^`, `/`, `>`, `&`, `{`, `!`, `=` or none), the name
    /// or text inside, and where it starts.
    package struct Tag {
        package let sigil: Character?
        package let text: String
        package let line: Int
        package let column: Int
    }

    /// The tags of a template, in order.
    package static func tags(in text: String) -> [Tag] {
        var found: [Tag] = []
        var rest = Substring(text)
        var line = 1
        var lineStart = text.startIndex
        func advance(through end: Substring.Index) {
            for index in rest[..<end].indices where rest[index].isNewline {
                line += 1
                lineStart = rest.index(after: index)
            }
        }
        while let open = rest.range(of: "{{") {
            advance(through: open.lowerBound)
            let column = text[lineStart..<open.lowerBound].count + 1
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            var sigil: Character?
            if let first = tag.first, "#^/>&{!=".contains(first) {
                sigil = first
                tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            found.append(Tag(sigil: sigil, text: tag, line: line, column: column))
            advance(through: close.lowerBound)
            rest = rest[close.upperBound...]
        }
        return found
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section {{#…}} is never closed with {{/…}}"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
