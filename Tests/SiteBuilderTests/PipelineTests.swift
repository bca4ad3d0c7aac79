import Diagnostics
import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// The one pipeline `check`, `build` and the preview share: its stages, run by hand, give
/// exactly what `build` writes, and a narrative's error stops the files but not the problems.
@Suite struct PipelineTests {
    private func pipeline(_ fixture: Fixture, strict: Bool = false) -> Pipeline {
        Pipeline(root: fixture.root, baseURL: nil, strict: strict, drafts: .leftOut, checksNarratives: false)
    }

    /// A Chinese-only report of alpha's whose reference misspells an indicator (line 5,
    /// column 8), and what follows it on that line.
    private func writeNotes(_ fixture: Fixture, then rest: String = "") throws {
        try fixture.write("Content/cities/alpha/notes.zh.md", """
        ---
        title: 甲市补充说明
        date: 2020-06-01
        ---
        只有中文版本。[[beta:enforcement.penalty_case@2020]]\(rest)
        """)
    }

    /// load → validate → resolve → render (concurrently) → `Public/`: the files `build` writes
    /// to disk, byte for byte, and the same files rendering one route after another.
    @Test func theStagesByHandAreWhatBuildWrites() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let result = await SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent("_site")).run()
        #expect(result.summary != nil, "\(result.diagnostics)")
        let written = fixture.snapshot("_site")

        let stages = pipeline(fixture)
        let resolved = stages.resolve(stages.validate(stages.load()))
        #expect(resolved.context != nil)
        var concurrent: [String: Data] = [:]
        var progress: [Int] = []
        let rendered = await stages.render(resolved, jobs: 4, progress: { done, _ in progress.append(done) }) { route in
            for file in route.files { concurrent[file.path] = file.data }
        }
        #expect(!rendered.failed)
        #expect(rendered.diagnostics == result.diagnostics)
        for file in try stages.publicFiles(reserved: Set(concurrent.keys)) { concurrent[file.path] = file.data }
        #expect(concurrent == written)
        let routes = SiteRenderer(context: try #require(resolved.context)).routes
        #expect(progress == Array(0...routes.count))

        var serial: [String: Data] = [:]
        _ = stages.render(stages.prepare()) { route in
            for file in route.files { serial[file.path] = file.data }
        }
        for file in try stages.publicFiles(reserved: Set(serial.keys)) { serial[file.path] = file.data }
        #expect(serial == written)
    }

    /// Rendered in order, the routes before a narrative with an error are kept, none from it
    /// on; the error comes back with its place, as `check` reports it.
    @Test func aNarrativesErrorStopsTheFilesButNotTheProblems() throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        try writeNotes(fixture)
        let stages = pipeline(fixture)
        let resolved = stages.prepare()
        // Narratives are bound as their pages render, so validating alone finds nothing wrong.
        #expect(resolved.diagnostics.errorCount == 0)
        let routes = SiteRenderer(context: try #require(resolved.context)).routes
        var kept: [Route] = []
        let rendered = stages.render(resolved) { kept.append($0.route) }
        #expect(rendered.failed)
        let errors = rendered.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["Content/cities/alpha/notes.zh.md:5:8: error: unknown indicator 'enforcement.penalty_case' in [[beta:enforcement.penalty_case@2020]] (did you mean 'enforcement.penalty_cases'?)"])
        // The pages' own problems, the sample's raw HTML among them, and nothing validation found.
        #expect(rendered.narrativeProblems.map(\.description) == errors + ["Content/cities/alpha/plan.zh.md:10:1: warning: raw HTML is not published; write Markdown instead"])
        let failing = try #require(routes.firstIndex(of: .report("zh", "alpha", "notes")))
        #expect(kept == Array(routes[..<failing]))
        #expect(SiteCheck(root: fixture.root).run().diagnostics.filter { $0.severity == .error }.map(\.description) == errors)
    }

    /// Resolution is a stage of its own: a report's route comes resolved with its narrative
    /// bound and its problems found, and rendering takes both as they are, finding nothing
    /// itself (the same resolution with its problems cleared renders the same files, clean).
    @Test func aRouteIsResolvedBeforeItIsRenderedAndRenderingFindsNothing() throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        try writeNotes(fixture, then: " [[alpha:air.pm25@2020]]")
        let resolved = pipeline(fixture).prepare()
        let context = try #require(resolved.context)
        let resolver = try #require(resolved.routes)
        let route = resolver.resolve(.report("zh", "alpha", "notes"))
        #expect(route.diagnostics.map(\.description) == ["Content/cities/alpha/notes.zh.md:5:8: error: unknown indicator 'enforcement.penalty_case' in [[beta:enforcement.penalty_case@2020]] (did you mean 'enforcement.penalty_cases'?)"])
        #expect(try #require(route.narrative).bindings.figures.count == 1)

        let renderer = SiteRenderer(context: context)
        let rendered = renderer.render(route)
        #expect(rendered.diagnostics == route.diagnostics)
        var cleared = route
        cleared.diagnostics = []
        let again = renderer.render(cleared)
        #expect(again.diagnostics.isEmpty)
        #expect(again.files.map(\.data) == rendered.files.map(\.data))

        // A page's charts from data are chosen and resolved here: an indicator's series of the
        // one city with two levels of it; no comparison, as no two cities share a year.
        let indicator = resolver.resolve(.indicator("zh", "air.good_days_ratio"))
        #expect(indicator.narrative == nil)
        #expect(try #require(indicator.charts[.series]).cities.map(\.id) == ["alpha"])
        #expect(indicator.charts[.comparison] == nil)
        #expect(resolver.resolve(.home("zh")).charts.isEmpty)
        #expect(resolver.resolve(.report("en", "alpha", "notes")).narrative == nil)
    }

    /// Under `--strict` a warning fails the run before anything renders: no context to render.
    @Test func aWarningUnderStrictLeavesNothingToRender() throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let stages = pipeline(fixture, strict: true)
        let resolved = stages.prepare()
        // The sample site has no baseURL, and a report only in Chinese: two warnings.
        #expect(resolved.diagnostics.map(\.message) == [
            SiteCheck.noBaseURL, "report 'notes' has no 'en' version; its en page will say so and link to the versions that exist",
        ])
        #expect(resolved.context == nil)
        var kept = 0
        let rendered = stages.render(resolved) { _ in kept += 1 }
        #expect(rendered.failed && kept == 0)
        #expect(pipeline(fixture).prepare().context != nil)
    }
}
