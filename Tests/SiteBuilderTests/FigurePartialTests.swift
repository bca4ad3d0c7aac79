import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// The markup of a figure, a change, a note marker and a cited source title lives in the
/// theme's partials (`figurevalue`, `figurechange`, `notemarker`, `sourcelink`): a site's
/// override restyles every place that shows one, and a misspelt name in it is found by `check`.
@Suite struct FigurePartialTests {
    /// The sample site, with a third city whose only value (with a note) is its indicator's only one.
    private static let site = SampleSite.text.replacingOccurrences(of: "-- Content/cities/alpha/city.yaml --", with: """
        - id: waste.incineration
          category: waste
          name: { zh: 垃圾焚烧能力, en: Incineration capacity }
          unit: tonnes_per_day
          better: none
        -- Content/cities/alpha/city.yaml --
        """) + "\n" + """
        -- Content/cities/gamma/city.yaml --
        name: { zh: 丙市, en: Gamma }
        sources:
          - id: g-2021
            title: { zh: 丙市总结, en: Gamma's summary }
            url: https://example.org/gamma
        observations:
          - { indicator: waste.incineration, year: 2021, value: 1200, note: { zh: 初步数据, en: preliminary } }
        """

    @Test func theBuiltInPartialsWriteDataElementsChangesMarkersAndSources() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        let city = try fixture.read("_site/en/cities/alpha/index.html")
        // A table row: the level, then the computed change (†, linked to the derived values) with its period apart.
        #expect(city.contains(##"<td class="num"><data value="3730000">3.73 million t/day</data> <span class="year">2020</span></td><td class="change good"><span aria-hidden="true">▲</span> <data value="44.3">+44.3%</data><a class="derived-marker" href="#derived-notes" aria-label="derived">†</a> <span class="period">2015–2020</span></td>"##))
        // A headline card: the same change partial, its period run on.
        #expect(city.contains(#"<span class="headline-change good"><span aria-hidden="true">▲</span> <data value="1.7">+1.7 pp</data> 2019–2020</span>"#))
        // An indicator's only value is a figure: its note's marker, and its source cited and linked.
        let incineration = try fixture.read("_site/en/indicators/waste.incineration/index.html")
        #expect(incineration.contains(##"<dd><span class="headline-value"><data value="1200">1,200 t/day</data><sup class="note-ref"><a href="#note-1" aria-label="Note 1">1</a></sup></span> <span class="muted">2021</span><br><span class="figure-cite">Source: <a href="https://example.org/gamma"><cite>Gamma&#39;s summary</cite></a></span></dd>"##))
        // A figure in a narrative, with what it is.
        let report = try fixture.read("_site/en/cities/alpha/plan/index.html")
        #expect(report.contains(#"PM2.5 fell <data value="-29.4" title="Average PM2.5 concentration, 2017–2020">down 29.4%</data>.</p>"#))
    }

    @Test func anOverriddenFigurePartialRestylesEveryFigure() async throws {
        // The file ends with a line break, as an editor writes it (the fixture adds one): it does not reach the text.
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/figurevalue.mustache --
        <b class="figure" data-value="{{value}}"{{#title}} data-what="{{title}}"{{/title}}>{{text}}{{#derived}}*{{/derived}}</b>
        """)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        let city = try fixture.read("_site/en/cities/alpha/index.html")
        // A table row's level and change, a headline card's level and change.
        #expect(city.contains(#"<td class="num"><b class="figure" data-value="3730000">3.73 million t/day</b> <span class="year">2020</span></td><td class="change good"><span aria-hidden="true">▲</span> <b class="figure" data-value="44.3">+44.3%*</b> <span class="period">2015–2020</span></td>"#))
        #expect(city.contains(#"<span class="headline-value"><b class="figure" data-value="91.3">91.3%</b></span> <span class="muted">2020</span><br><span class="headline-change good"><span aria-hidden="true">▲</span> <b class="figure" data-value="1.7">+1.7 pp</b> 2019–2020</span>"#))
        // A figure in a narrative.
        let report = try fixture.read("_site/en/cities/alpha/plan/index.html")
        #expect(report.contains(#"Good-air days were <b class="figure" data-value="91.3" data-what="Share of days with good air quality, 2020">91.3%</b> in 2020, "#))
        // A value in a chart's table, and a derived one.
        let penalties = try fixture.read("_site/en/indicators/enforcement.penalty_cases/index.html")
        #expect(penalties.contains(#"<b class="figure" data-value="77">77 cases*</b></td>"#))
        // No built-in figure markup is left anywhere.
        for page in [city, report, penalties] { #expect(!page.contains("<data value=")) }
    }

    @Test func anOverriddenChangePartialRestylesTableRowsAndCardsAlike() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/figurechange.mustache --
        <i class="change">{{arrow}}{{#size}}{{text}}{{/size}}{{#period}}, {{period}}{{#periodApart}} (row){{/periodApart}}{{/period}}</i>
        """)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        let city = try fixture.read("_site/en/cities/alpha/index.html")
        #expect(city.contains(#"<td class="change good"><i class="change">▲+1.7 pp, 2019–2020 (row)</i></td>"#))
        #expect(city.contains(#"<span class="headline-change good"><i class="change">▲+1.7 pp, 2019–2020</i></span>"#))
    }

    @Test func aMisspeltNameInAnOverriddenFigurePartialIsFoundAtItsLine() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/figurevalue.mustache --
        <data value="{{value}}">{{txet}}</data>
        -- Templates/notemarker.mustache --
        <sup><a href="#note-{{numbr}}">{{number}}</a></sup>
        """)
        defer { fixture.remove() }
        let (code, captured) = await runCLI(["check", fixture.root.path, "--strict"])
        // A warning that --strict makes fail.
        #expect(code == 1)
        #expect(captured.err.contains("Templates/figurevalue.mustache:1:25: warning: 'txet' is not a variable of the figurevalue template here"), "\(captured.err)")
        #expect(captured.err.contains("did you mean 'text'?"), "\(captured.err)")
        #expect(captured.err.contains("Templates/notemarker.mustache:1:21: warning: 'numbr' is not a variable of the notemarker template here"), "\(captured.err)")
    }
}
