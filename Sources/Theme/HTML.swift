import Markdown
import Mustache

/// A piece of HTML a template may place as is: text escaped here, or markup the project
/// built itself (a rendered template, a figure, a narrative's body) and deliberately trusts.
///
/// A template model's text fields give their text as `HTML(escaping:)` (see `TemplateField`),
/// so author text can only reach a page escaped, whether a template writes `{{x}}` or
/// `{{{x}}}`; only values the Swift code wraps in `HTML(trusted:)` become markup.
package struct HTML: Sendable, Hashable {
    /// The markup, ready to be placed in a page.
    package let raw: String
    /// The text it was escaped from, for template transforms (`empty`, `uppercased`…); nil when trusted.
    private let text: String?

    /// Text made safe for element content and for attribute values in either quote style;
    /// escaped on Unicode scalars, so a quote followed by a combining mark is escaped too.
    package init(escaping text: String) {
        self.raw = HTMLEscaping.escapeAttribute(text)
        self.text = text
    }

    /// Markup the project produced and vouches for: placed as is.
    package init(trusted markup: String) {
        self.raw = markup
        self.text = nil
    }
}

extension HTML: MustacheCustomRenderable {
    package var renderText: String { raw }
    package var isNull: Bool { false }
}

/// Inside `{{#value}}…{{/value}}` the value is on the context stack, and the library looks
/// every name up in it first: as a parent with no children, it answers at once, where any
/// other value is searched by reflection (`Mirror`), a sixth of all template rendering.
extension HTML: MustacheParent {
    package func child(named name: String) -> Any? { nil }
}

extension HTML: MustacheTransformable {
    /// String transforms work on the text and escape their result again; trusted markup
    /// only answers `empty`, as changing its case or order would break its tags.
    package func transform(_ name: String) -> Any? {
        guard let text else { return name == "empty" ? raw.isEmpty : nil }
        let result = text.transform(name)
        switch result {
        case let string as String: return HTML(escaping: string)
        case let substring as Substring: return HTML(escaping: String(substring))
        default: return result
        }
    }
}

/// A table of escaped values that templates read by key (`{{t.home}}`): escaped once and
/// shared by every render, instead of escaping the same strings for each page.
package struct EscapedTable: MustacheParent, Sendable {
    package let values: [String: HTML]

    package init(_ values: [String: HTML]) { self.values = values }

    package func child(named name: String) -> Any? { values[name] }
}
