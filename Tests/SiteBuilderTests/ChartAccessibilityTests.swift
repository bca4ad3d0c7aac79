import Foundation
import ReportSiteCLI
import Testing

/// Every inline chart of a built site is accessible: an `<svg role="img">` whose
/// `aria-labelledby` names a `<title>` and a `<desc>` inside it, a data table, and a CSV link.
@Suite struct ChartAccessibilityTests {
    @Test func everyInlineChartHasRoleTitleDescTableAndCSV() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let code = await runCLI(["build", fixture.root.path]).code
        #expect(code == 0)
        var figures = 0
        for (path, data) in fixture.snapshot("_site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for figure in html.components(separatedBy: "<figure class=\"chart").dropFirst() {
                let body = String(figure[..<(figure.range(of: "</figure>")?.lowerBound ?? figure.endIndex)])
                figures += 1
                // A key figure without a sparkline is text only; every other figure has its chart in each layout.
                let svgTags = body.components(separatedBy: "<svg").dropFirst().map { $0.prefix { $0 != ">" } }
                if svgTags.isEmpty {
                    #expect(body.contains("class=\"kpi-figure\""), "no svg in \(path)")
                } else {
                    #expect(svgTags.count == 2, "\(path): compact and wide layouts")
                }
                for svgTag in svgTags {
                    #expect(svgTag.contains("role=\"img\""), "\(path)")
                    let labelled = try #require(svgTag.range(of: "aria-labelledby=\"").map { svgTag[$0.upperBound...].prefix { $0 != "\"" } })
                    let ids = labelled.split(separator: " ").map(String.init)
                    #expect(ids.count == 2, "\(path)")
                    for id in ids { #expect(body.contains("id=\"\(id)\""), "\(path): \(id) missing") }
                    #expect(body.contains("<title id=\"\(ids.first ?? "")\">"), "\(path)")
                    #expect(body.contains("<desc id=\"\(ids.last ?? "")\">"), "\(path)")
                }
                #expect(body.contains("<table>") && body.contains("<th scope=\"col\">"), "\(path)")
                // Its data beside its standalone SVG: the same name, .csv.
                let svgHref = try #require(body.firstMatch(of: #/<a href="([^"]+/charts/[^"]+)\.svg">/#)?.output.1, "\(path)")
                #expect(body.contains("<a href=\"\(svgHref).csv\" download>"), "\(path)")
            }
        }
        // Report, free-page, indicator and home figures of the sample site (city pages chart only
        // series of three levels or more since issue 10).
        #expect(figures >= 10)
    }
}
