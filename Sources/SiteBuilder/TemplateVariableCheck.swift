import Foundation
import Diagnostics

/// Finds the names a template uses that its model does not give: `{{titel}}` renders as
/// nothing, silently, so `check` says where it is and what was likely meant.
///
/// Each page kind's template is read with its model's fields (and the base every template
/// gets) as the names in reach; a section of an object or list brings its fields into reach,
/// as Mustache does at run time; a partial is read with the names in reach where it is
/// included.
struct TemplateVariableCheck {
    /// A template's text and the path to report it at.
    struct Source {
        let text: String
        let path: String
    }

    /// The templates by name (`city`, `source`…), the site's where it has one.
    let templates: [String: Source]

    /// The page kinds rendered with a typed model, and their models.
    static var roots: [any RootTemplateModel.Type] { [
        LayoutModel.self, LandingModel.self, NotFoundModel.self, ReportModel.self, FreePageModel.self,
        MissingModel.self, DerivedNotesModel.self, SourceTextModel.self, CityModel.self, HomeModel.self, IndicatorModel.self,
        IndicatorIndexModel.self, FigureModel.self, MultiplesModel.self, FigureValue.self, NoteMarker.self, FigureChange.self, SourceLink.self,
    ] }

    /// What the names of one context answer.
    private enum Scope {
        /// A model: its fields.
        case fields(TemplateSchema)
        /// Anything may be named (a value not typed yet).
        case open
        /// A value with no names of its own (a text, a flag); the names around it stay in reach.
        case opaque
    }

    /// The problems of every typed page kind's template, and of the partials they include.
    func diagnostics() -> [Diagnostic] {
        var found: [Diagnostic] = []
        var seen = Set<String>()
        for model in Self.roots {
            guard let template = templates[model.template] else { continue }
            var including: [String] = [model.template]
            check(template, stack: [.fields(PageBase.schema), .fields(model.schema)], root: model.template,
                  including: &including, into: &found, seen: &seen)
        }
        return found
    }

    private func check(_ template: Source, stack rootStack: [Scope], root: String, including: inout [String],
                       into found: inout [Diagnostic], seen: inout Set<String>) {
        var stack = rootStack
        for tag in TemplateSet.tags(in: template.text) {
            switch tag.sigil {
            case "!": continue
            // A changed delimiter hides the tags that follow from this reading: stop here.
            case "=": return
            case ">":
                guard let partial = templates[tag.text], !including.contains(tag.text) else { continue }
                including.append(tag.text)
                check(partial, stack: stack, root: root, including: &including, into: &found, seen: &seen)
                including.removeLast()
            case "/":
                if stack.count > rootStack.count { stack.removeLast() }
            case "#", "^":
                let kind = resolve(tag.text, in: stack, tag: tag, template: template, root: root, into: &found, seen: &seen)
                // An inverted section shows when its value is absent: it brings no names.
                guard tag.sigil == "#" else {
                    stack.append(.opaque)
                    continue
                }
                switch kind {
                case .some(.object(let schema)), .some(.list(let schema)): stack.append(.fields(schema))
                case .some(.strings), nil: stack.append(.open)
                default: stack.append(.opaque)
                }
            default:
                _ = resolve(tag.text, in: stack, tag: tag, template: template, root: root, into: &found, seen: &seen)
            }
        }
    }

    /// What a tag's name holds, or nil when it names a value not typed yet (or nothing, which
    /// is reported once).
    private func resolve(_ expression: String, in stack: [Scope], tag: TemplateSet.Tag, template: Source, root: String,
                         into found: inout [Diagnostic], seen: inout Set<String>) -> TemplateFieldInfo.Kind? {
        let name = Self.variable(in: expression)
        if name == "." || name.isEmpty { return .text }
        // A leading dot names the innermost context only.
        let innermostOnly = name.hasPrefix(".")
        var parts = name.split(separator: ".").map(String.init)
        let first = parts.removeFirst()
        var kind: TemplateFieldInfo.Kind?
        var inReach: [String] = []
        search: for scope in (innermostOnly ? Array(stack.suffix(1)) : stack).reversed() {
            switch scope {
            case .open: return nil
            case .opaque: continue
            case .fields(let schema):
                if let field = schema.field(first) {
                    kind = field.kind
                    break search
                }
                inReach += schema.fields().map(\.name)
            }
        }
        guard var current = kind else {
            report(first, tag: tag, template: template, root: root, suggestion: Suggestion.didYouMean(first, among: inReach),
                   into: &found, seen: &seen)
            return nil
        }
        for part in parts {
            switch current {
            case .object(let schema), .list(let schema):
                guard let field = schema.field(part) else {
                    report("\(first).\(part)", tag: tag, template: template, root: root,
                           suggestion: Suggestion.didYouMean(part, among: schema.fields().map(\.name)), into: &found, seen: &seen)
                    return nil
                }
                current = field.kind
            // `t.key` is checked against the strings files where strings are loaded.
            case .strings: return nil
            default:
                report("\(first).\(part)", tag: tag, template: template, root: root, suggestion: nil, into: &found, seen: &seen)
                return nil
            }
        }
        return current
    }

    private func report(_ name: String, tag: TemplateSet.Tag, template: Source, root: String, suggestion: String?,
                        into found: inout [Diagnostic], seen: inout Set<String>) {
        let location = SourceLocation(file: template.path, line: tag.line, column: tag.column)
        guard seen.insert("\(location.file):\(tag.line):\(tag.column):\(name)").inserted else { return }
        found.append(.warning("'\(name)' is not a variable of the \(root) template here, so it shows nothing (docs/templates.md lists each template's variables)",
                              at: location, suggestion: suggestion))
    }

    /// The variable a tag's text names: `empty(alternates)` (a transform) names `alternates`.
    static func variable(in expression: String) -> String {
        var name = Substring(expression)
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        return name.trimmingCharacters(in: .whitespaces)
    }
}
