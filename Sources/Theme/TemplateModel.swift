import Mustache

/// A typed value a template receives: a page, a partial's entry, a list item.
///
/// Each model lists its fields once, with what they hold and a line of documentation; that
/// list answers the template's lookups (no `Mirror`, no dictionary keyed by strings), makes
/// the reference in docs/templates.md, and lets `check` find a name no model gives.
package protocol TemplateModel: MustacheParent, SendableMetatype {
    /// The fields a template may name, in the order the reference lists them.
    static var fields: [TemplateField<Self>] { get }
    /// One sentence on what this value is, for the reference.
    static var about: String { get }
}

extension TemplateModel {
    package func child(named name: String) -> Any? {
        // A model has a few dozen fields at most: a scan is as fast as hashing the name.
        for field in Self.fields where field.info.name == name { return field.value(self) }
        return nil
    }

    /// What a template may name in this value, for the reference and the check.
    package static var schema: TemplateSchema {
        TemplateSchema(name: String(describing: Self.self), about: about, fields: { fields.map(\.info) })
    }
}

/// What a template may name in a value: its fields and what each holds.
package struct TemplateSchema: Sendable {
    package let name: String
    package let about: String
    /// Resolved when asked, so that models may nest without building each other's lists first.
    package let fields: @Sendable () -> [TemplateFieldInfo]

    package func field(_ name: String) -> TemplateFieldInfo? { fields().first { $0.name == name } }
}

/// One field of a model, as the reference and the check see it.
package struct TemplateFieldInfo: Sendable {
    /// What a field holds, as a template uses it.
    package enum Kind: Sendable {
        /// Text, escaped when placed: `{{name}}`.
        case text
        /// Markup the project made and trusts: `{{{name}}}`.
        case html
        /// A condition: `{{#name}}…{{/name}}`.
        case flag
        /// A whole number.
        case number
        /// A list of texts, each placed with `{{.}}`.
        case texts
        /// A list of markup pieces, each placed with `{{{.}}}`.
        case htmls
        /// The interface strings of the page's language: `{{t.key}}`.
        case strings
        /// A value with fields of its own: `{{#name}}{{field}}{{/name}}`.
        case object(TemplateSchema)
        /// A list of values with fields of their own.
        case list(TemplateSchema)
    }

    package let name: String
    package let kind: Kind
    /// Whether the field may be absent (an `{{#name}}` section then shows nothing).
    package let optional: Bool
    package let about: String
}

/// A field of a model: its name, kind and documentation, and how to read it from the model,
/// already safe to place (text is escaped here, on Unicode scalars; see `HTML`).
package struct TemplateField<Model>: Sendable {
    package let info: TemplateFieldInfo
    package let value: @Sendable (Model) -> Any?

    private init(_ name: String, _ kind: TemplateFieldInfo.Kind, optional: Bool, _ about: String,
                 _ value: @escaping @Sendable (Model) -> Any?) {
        self.info = TemplateFieldInfo(name: name, kind: kind, optional: optional, about: about)
        self.value = value
    }

    package static func text(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> String) -> Self {
        Self(name, .text, optional: false, about) { HTML(escaping: read($0)) }
    }

    package static func text(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> String?) -> Self {
        Self(name, .text, optional: true, about) { read($0).map(HTML.init(escaping:)) }
    }

    package static func html(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> HTML) -> Self {
        Self(name, .html, optional: false, about) { read($0) }
    }

    package static func html(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> HTML?) -> Self {
        Self(name, .html, optional: true, about) { read($0) }
    }

    package static func flag(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> Bool) -> Self {
        Self(name, .flag, optional: false, about) { read($0) }
    }

    package static func number(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> Int) -> Self {
        Self(name, .number, optional: false, about) { read($0) }
    }

    package static func texts(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> [String]) -> Self {
        Self(name, .texts, optional: false, about) { read($0).map(HTML.init(escaping:)) }
    }

    package static func htmls(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> [HTML]) -> Self {
        Self(name, .htmls, optional: false, about) { read($0) as [Any] }
    }

    package static func strings(_ name: String, _ about: String, _ read: @escaping @Sendable (Model) -> EscapedTable) -> Self {
        Self(name, .strings, optional: false, about) { read($0) }
    }

    package static func object<Child: TemplateModel>(_ name: String, _ about: String,
                                             _ read: @escaping @Sendable (Model) -> Child) -> Self {
        Self(name, .object(Child.schema), optional: false, about) { read($0) }
    }

    package static func object<Child: TemplateModel>(_ name: String, _ about: String,
                                             _ read: @escaping @Sendable (Model) -> Child?) -> Self {
        Self(name, .object(Child.schema), optional: true, about) { read($0) }
    }

    package static func list<Child: TemplateModel>(_ name: String, _ about: String,
                                           _ read: @escaping @Sendable (Model) -> [Child]) -> Self {
        Self(name, .list(Child.schema), optional: false, about) { read($0) as [Any] }
    }
}

/// What every template is given beneath its own model: the interface strings, the site's
/// title and the page's language. A template's names are looked up in its model first.
package struct PageBase: TemplateModel {
    package let strings: EscapedTable
    package let siteTitle: String
    package let lang: String

    package init(strings: EscapedTable, siteTitle: String, lang: String) {
        self.strings = strings
        self.siteTitle = siteTitle
        self.lang = lang
    }

    package static let about = "Given to every template, beneath its own model."
    package static let fields: [TemplateField<PageBase>] = [
        .strings("t", "The interface strings of the page's language (Templates/strings/<lang>.yaml): `{{t.home}}`.") { $0.strings },
        .text("siteTitle", "The site's title in the page's language.") { $0.siteTitle },
        .text("lang", "The page's language code.") { $0.lang },
    ]
}

/// A template's root: its model, then the base every template gets.
package struct TemplateRoot: MustacheParent {
    package let model: any TemplateModel
    package let base: PageBase

    package func child(named name: String) -> Any? { model.child(named: name) ?? base.child(named: name) }
}

/// A model a page kind's template is rendered with, directly (not as a partial).
package protocol RootTemplateModel: TemplateModel {
    /// The template's name (`Templates/<name>.mustache`).
    static var template: String { get }
}
