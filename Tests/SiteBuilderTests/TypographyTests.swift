import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// The phone typography of issue 22 (item 7) on a built site: an author's table with a figure
/// marks the figure's cell as a number and leaves text cells plain, in a box that scrolls;
/// 2021年 in a narrative is kept whole; a footnote marker after a figure stands apart; the
/// stylesheet keeps every figure (`<data>`) on one line.
@Suite struct TypographyTests {
    @Test func authorTablesFiguresAndMarkersOnABuiltPage() async throws {
        let narrative = """
        ## Air

        | City | Good-air days |
        | --- | --- |
        | Alpha | [[air.good_days_ratio@2020]] |

        In 2020年 terms, good-air days were [[air.good_days_ratio@2020]][^1].

        [^1]: As reported.
        """
        let text = SampleSite.text.replacingOccurrences(
            of: "## Air\n\nGood-air days were [[air.good_days_ratio@2020]] in 2020, [[air.good_days_ratio@2019..2020]] on the year before. PM2.5 fell [[air.pm25@2017..2020]].",
            with: narrative)
        #expect(text != SampleSite.text)
        let site = try Fixture(text)
        defer { site.remove() }
        let (code, captured) = await runCLI(["build", site.root.path])
        #expect(code == 0, "\(captured.err)")
        let page = try site.read("_site/en/cities/alpha/plan/index.html")
        #expect(page.contains("""
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="air">
        <table>
        <thead>
        <tr>
        <th>City</th>
        <th class="num">Good-air days</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>Alpha</td>
        <td class="num"><
        """), "\(page)")
        #expect(page.contains("In <span class=\"nobr\">2020年</span> terms"))
        #expect(page.contains(##"</data></a><sup class="footnote-ref after-number"><a href="#fn-1""##)
                || page.contains(##"</data><sup class="footnote-ref after-number"><a href="#fn-1""##), "\(page)")
        let style = try site.read("_site/style.css")
        #expect(style.contains("data,\n.nobr {\n  white-space: nowrap;\n}"))
        #expect(style.contains(".footnote-ref.after-number,"))
    }
}
