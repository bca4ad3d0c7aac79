import Foundation
@testable import Pages
import ReportSiteCLI
@testable import SiteBuilder
import Testing
@testable import Theme

/// Templates receive typed models: a name a template is not given is found by `check` at its
/// line, and the reference of every template's variables is made from the models.
@Suite struct TemplateVariableTests {
    @Test func aMisspeltVariableIsAWarningAtItsLineAndFailsStrict() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/report.mustache --
        <article>
        <h1>{{titel}}</h1>
        {{{body}}}
        </article>
        """)
        defer { fixture.remove() }
        let (plain, plainOutput) = await runCLI(["check", fixture.root.path])
        #expect(plain == 0, "\(plainOutput.err)")
        #expect(plainOutput.err.contains("Templates/report.mustache:2:5: warning: 'titel' is not a variable of the report template here, so it shows nothing (docs/templates.md lists each template's variables)"),
                "\(plainOutput.err)")
        #expect(plainOutput.err.contains("did you mean 'title'?"), "\(plainOutput.err)")
        let (strict, strictOutput) = await runCLI(["check", fixture.root.path, "--strict"])
        #expect(strict == 1)
        #expect(strictOutput.err.contains("Templates/report.mustache:2:5:"), "\(strictOutput.err)")
    }

    @Test func namesInsideSectionsAndPartialsAreCheckedWithWhatIsInReachThere() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/missing.mustache --
        <p>{{title}}</p>
        <ul>{{#versions}}<li><a href="{{hreff}}">{{name}} {{siteTitle}} {{t.home}}</a></li>{{/versions}}</ul>
        <p>{{name}}</p>
        -- Templates/source.mustache --
        <cite>{{title}}</cite>{{#publisher}}, {{pubisher}}{{/publisher}}{{#url}} {{cityName}}{{/url}}
        """)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["check", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        let warnings = captured.err.split(separator: "\n").filter { $0.contains("warning: '") }.map(String.init)
        // `name` is a field of each version, not of the page; `cityName` is the source page's
        // and the city page's, not the footer's: reported where the partial is used without it.
        #expect(warnings.contains { $0.contains("Templates/missing.mustache:2:31: warning: 'hreff' is not a variable of the missing template here") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("Templates/missing.mustache:3:4: warning: 'name' is not a variable of the missing template here") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("Templates/source.mustache:1:39: warning: 'pubisher' is not a variable of the layout template here") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("Templates/source.mustache:1:74: warning: 'cityName' is not a variable of the layout template here") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("'siteTitle'") || $0.contains("'t.home'") || $0.contains("'title'") })
        // Each place once, however many pages or templates include it.
        #expect(warnings.count == Set(warnings).count)
    }

    @Test func theBuiltInTemplatesNameOnlyWhatTheyAreGiven() {
        var sources: [String: TemplateVariableCheck.Source] = [:]
        for (path, data) in BuiltInTheme.files where path.hasPrefix("Templates/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            sources[name] = TemplateVariableCheck.Source(text: String(decoding: data, as: UTF8.self), path: path)
        }
        // Every typed page kind has its template, so the check reads them all.
        for root in PageModels.roots { #expect(sources[root.template] != nil, "\(root.template)") }
        let found = TemplateVariableCheck(templates: sources, models: PageModels.roots).diagnostics()
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// A template the renderer asks for with no model, and not included from a template that has
    /// one, would go unread by `check` and unlisted in docs/templates.md: it must get a model.
    @Test func everyTemplateIsTypedOrIncludedFromATypedOne() {
        #expect(TemplateReference.untypedTemplates() == [])
    }

    @Test func docsTemplatesMdIsTheReferenceTheModelsMake() async throws {
        let path = Fixture.repository.appendingPathComponent("docs/templates.md")
        let onDisk = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        #expect(onDisk == TemplateReference.markdown(),
                "docs/templates.md is out of date: run `swift run report-site theme reference > docs/templates.md`")
        let (code, captured) = await runCLI(["theme", "reference"])
        #expect(code == 0)
        #expect(captured.out.contains("## `report` template"))
    }
}
