import Foundation
import ReportSiteCLI
import Testing

/// A city page's small multiples are written by the `multiples` template (issue 21, item 2):
/// a site overrides it under `Templates/` like any other, and `check` reads its names.
@Suite struct MultiplesTemplateTests {
    static let override = """
    -- Templates/multiples.mustache --
    <ol class="trends">
    {{#panels}}
    <li id="chart-{{indicator}}"><h4><a href="{{href}}">{{title}}</a></h4>{{{svg}}}</li>
    {{/panels}}
    </ol>
    """

    /// The site's template replaces the built-in grid: its own elements around each panel,
    /// the anchors the table rows link to, links relative to the page, and the panels' SVG as drawn.
    @Test func aSiteWritesTheGridWithItsOwnTemplate() async throws {
        let fixture = try await CityTrendsTests.build(CityTrendsTests.site + "\n" + Self.override)
        defer { fixture.remove() }
        let html = try fixture.read("_site/en/cities/dongguan/index.html")
        #expect(!html.contains("rs-multiple"))
        #expect(html.contains("""
            <div class="chart-svg">
            <ol class="trends">
            <li id="chart-water.sewage_capacity"><h4><a href="../../../en/indicators/water.sewage_capacity/index.html">Sewage capacity</a></h4><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 
            """))
        #expect(html.contains("""
            </svg>
            </li>
            <li id="chart-water.good_sections"><h4><a href="../../../en/indicators/water.good_sections/index.html">Share of good water</a></h4><svg 
            """))
        #expect(html.contains("</svg>\n</li>\n</ol>\n\n</div>"))
        #expect(html.contains(#"<title id="chart-1-2-title">Share of good water</title>"#))
        let zh = try fixture.read("_site/zh/cities/dongguan/index.html")
        #expect(zh.contains(#"<li id="chart-water.sewage_capacity"><h4><a href="../../../zh/indicators/water.sewage_capacity/index.html">污水处理能力</a></h4>"#))
    }

    /// A name the grid's model does not give is found at its line, with what was meant.
    @Test func aMisspeltNameInTheGridTemplateIsFoundByCheck() async throws {
        let fixture = try Fixture(CityTrendsTests.site + "\n" + Self.override.replacingOccurrences(of: "{{title}}", with: "{{titel}}"))
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["check", fixture.root.path, "--strict"])
        #expect(code == 1)
        #expect(captured.err.contains("Templates/multiples.mustache:3:53: warning: 'titel' is not a variable of the multiples template here"),
                "\(captured.err)")
        #expect(captured.err.contains("did you mean 'title'?"), "\(captured.err)")
    }
}
