import Diagnostics
import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// The template layer escapes every string itself (on scalars) and places only `HTML`
/// values as they are, whether a template writes `{{x}}` or `{{{x}}}`.
@Suite struct TemplateEscapingTests {
    /// A template set made of the given templates, with the required ones present but empty.
    func templates(_ given: [String: String]) throws -> TemplateSet {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in TemplateSet.required { try Data().write(to: folder.appendingPathComponent("\(name).mustache")) }
        for (name, text) in given { try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).mustache")) }
        var diagnostics: [Diagnostic] = []
        let set = TemplateSet.load(from: folder, models: PageModels.roots, into: &diagnostics)
        #expect(diagnostics.isEmpty)
        return try #require(set)
    }

    /// A model with a text, a list of texts and a nested model, for the template `t`.
    struct Texts: RootTemplateModel {
        static let template = "t"
        var a: String
        var list: [String]
        var b: Inner

        static let about = "A test model."
        static let fields: [TemplateField<Texts>] = [
            .text("a", "") { $0.a },
            .texts("list", "") { $0.list },
            .object("b", "") { $0.b },
        ]
    }

    struct Inner: TemplateModel {
        var c: String
        static let about = "A nested test model."
        static let fields: [TemplateField<Inner>] = [.text("c", "") { $0.c }]
    }

    /// A model with markup and text, for transforms.
    struct Markup: RootTemplateModel {
        static let template = "t"
        var a: HTML
        var b: HTML
        var c: String

        static let about = "A test model."
        static let fields: [TemplateField<Markup>] = [
            .html("a", "") { $0.a },
            .html("b", "") { $0.b },
            .text("c", "") { $0.c },
        ]
    }

    private let base = PageBase(strings: EscapedTable(["k": HTML(escaping: "<t>")]), siteTitle: "S&T", lang: "en")

    @Test(arguments: ["\u{0301}", "\u{200D}", "\u{FE0F}"])
    func stringsAreEscapedOnScalars(follower: String) throws {
        let set = try templates(["t": "<meta content=\"{{a}}\"><i title='{{{a}}}'>{{#list}}{{.}}{{/list}}</i>{{b.c}}"])
        let text = "\"\(follower) autofocus onfocus=alert(2) '\(follower)<\(follower)>&\(follower)"
        let escaped = "&quot;\(follower) autofocus onfocus=alert(2) &#39;\(follower)&lt;\(follower)&gt;&amp;\(follower)"
        let output = set.render(Texts(a: text, list: [text], b: Inner(c: text)), base: base)
        #expect(output == "<meta content=\"\(escaped)\"><i title='\(escaped)'>\(escaped)</i>\(escaped)")
    }

    @Test func trustedMarkupIsPlacedAsIs() throws {
        let set = try templates(["t": "{{a}}|{{{a}}}|{{#empty(b)}}e{{/empty(b)}}{{uppercased(c)}}"])
        #expect(set.render(Markup(a: HTML(trusted: "<b>x</b>"), b: HTML(trusted: ""), c: "a&b"), base: base) == "<b>x</b>|<b>x</b>|eA&amp;B")
    }

    /// Beneath its model a template reads the base (strings, site title), escaped; a name
    /// neither gives renders nothing.
    @Test func theBaseIsBeneathTheModelAndOtherNamesAreNothing() throws {
        let set = try templates(["t": "{{t.k}}|{{siteTitle}}|{{lang}}|{{c}}|{{nothing}}|{{b.nothing}}"])
        #expect(set.render(Markup(a: HTML(trusted: ""), b: HTML(trusted: ""), c: "<c>"), base: base) == "&lt;t&gt;|S&amp;T|en|&lt;c&gt;||")
    }

    /// The pragma put before each template takes a line of its own: errors keep their lines.
    @Test func templateErrorsKeepTheirLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in TemplateSet.required { try Data().write(to: folder.appendingPathComponent("\(name).mustache")) }
        try Data("a\n{{#x}}\n".utf8).write(to: folder.appendingPathComponent("page.mustache"))
        var diagnostics: [Diagnostic] = []
        _ = TemplateSet.load(from: folder, models: PageModels.roots, into: &diagnostics)
        #expect(diagnostics.map(\.location.description) == ["Templates/page.mustache:3:1"])
    }
}
