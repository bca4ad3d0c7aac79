import Foundation
import Theme

/// The reference of every template's variables (docs/templates.md), made from the models
/// themselves, so it cannot drift from what templates are given (a test compares the file).
public enum TemplateReference {
    /// The reference as Markdown.
    public static func markdown() -> String {
        var text = """
        # Template variables

        What each template of the theme is given, made from the code by `report-site theme reference` \
        (a test keeps this file current). A site overrides a template by putting a file of the same name \
        in its `Templates/` folder (`report-site theme export` writes the built-in ones to start from). \
        `report-site check` warns, at its line, about a name a template is not given (`--strict` makes \
        it an error): in Mustache a misspelt name shows nothing.

        Text is escaped wherever it is placed, with `{{name}}` or `{{{name}}}`; only values marked HTML \
        are markup, placed with `{{{name}}}`. A section `{{#name}}…{{/name}}` over a value with fields \
        brings its fields into reach (a list repeats it for each item); over a flag or a text it shows \
        when the value is true or present. `{{#empty(list)}}` and `{{^empty(list)}}` test a list.

        ## Every template

        Beneath its own values, every template is given:


        """
        text += table(PageBase.schema)
        var pending: [TemplateSchema] = []
        var listed = Set<String>()
        for root in PageModels.roots {
            let schema = root.schema
            text += "\n## `\(root.template)` template\n\n\(schema.about) Given a `\(schema.name)`:\n\n"
            text += table(schema)
            enqueue(schema, into: &pending, listed: &listed)
        }
        if !pending.isEmpty { text += "\n## Values inside sections\n" }
        while !pending.isEmpty {
            let schema = pending.removeFirst()
            text += "\n### \(schema.name)\n\n\(schema.about)\n\n" + table(schema)
            enqueue(schema, into: &pending, listed: &listed)
        }
        return text
    }

    /// The templates the renderer asks for that are neither a typed page kind's nor included from
    /// one: `check` would not read their names and this reference would not list them. Empty since
    /// every page kind got its model; a test keeps it so, for a template added without one.
    package static func untypedTemplates() -> [String] {
        func text(_ name: String) -> String {
            String(decoding: BuiltInTheme.files["Templates/\(name).mustache"] ?? Data(), as: UTF8.self)
        }
        var reached = Set(PageModels.roots.map { $0.template })
        var queue = Array(reached)
        while let name = queue.popLast() {
            for tag in TemplateSet.tags(in: text(name)) where tag.sigil == ">" && reached.insert(tag.text).inserted {
                queue.append(tag.text)
            }
        }
        return TemplateSet.required.filter { !reached.contains($0) }.sorted()
    }

    /// Queues the models a schema's fields hold, each once, in the order they are first named.
    private static func enqueue(_ schema: TemplateSchema, into pending: inout [TemplateSchema], listed: inout Set<String>) {
        for field in schema.fields() {
            switch field.kind {
            case .object(let child), .list(let child):
                if listed.insert(child.name).inserted { pending.append(child) }
            default: break
            }
        }
    }

    private static func table(_ schema: TemplateSchema) -> String {
        var rows = "| Name | Holds | What |\n|---|---|---|\n"
        for field in schema.fields() {
            rows += "| `\(field.name)` | \(describe(field)) | \(field.about.replacingOccurrences(of: "|", with: "\\|")) |\n"
        }
        return rows
    }

    private static func describe(_ field: TemplateFieldInfo) -> String {
        let holds: String
        switch field.kind {
        case .text: holds = "text"
        case .html: holds = "HTML"
        case .flag: holds = "flag"
        case .number: holds = "number"
        case .texts: holds = "list of texts"
        case .htmls: holds = "list of HTML"
        case .strings: holds = "strings"
        case .object(let schema): holds = "[\(schema.name)](#\(schema.name.lowercased()))"
        case .list(let schema): holds = "list of [\(schema.name)](#\(schema.name.lowercased()))"
        }
        return field.optional ? holds + ", may be absent" : holds
    }
}
