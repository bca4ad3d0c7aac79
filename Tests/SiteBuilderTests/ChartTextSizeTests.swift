import Foundation
import ReportSiteCLI
import Testing

/// Chart text on every page of a built site measures 12–16 CSS px at 360 and 1280 px
/// viewports, computed from the layout as a browser would lay it out: the page's gutter and
/// figure width (style.css), the layout the container query picks and its max width
/// (charts.css), and each text's font size over its SVG's viewBox width.
@Suite struct ChartTextSizeTests {
    /// What the stylesheets say, read from the built site's CSS.
    struct PageGeometry {
        var gutter: (min: Double, vw: Double, max: Double)
        var wrap: Double
        var figure: Double
        var wideFrom: Double
        var maxWidth: [String: Double]

        init(style: String, charts: String) throws {
            func number(_ pattern: String, in text: String) throws -> [Double] {
                let regex = try NSRegularExpression(pattern: pattern)
                let match = try #require(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "\(pattern) not found")
                return (1..<match.numberOfRanges).map { Double(text[Range(match.range(at: $0), in: text)!])! }
            }
            let g = try number(#"--gutter: clamp\(([\d.]+)rem, ([\d.]+)vw, ([\d.]+)rem\)"#, in: style)
            gutter = (g[0] * 16, g[1], g[2] * 16)
            wrap = try number(#"--wide: ([\d.]+)rem"#, in: style)[0] * 16
            figure = try number(#"--chart-width: ([\d.]+)rem"#, in: style)[0] * 16
            wideFrom = try number(#"@container \(min-width: ([\d.]+)px\)"#, in: charts)[0]
            maxWidth = [
                "rs-compact": try number(#"\.rs-compact \{ max-width: ([\d.]+)px"#, in: charts)[0],
                "rs-wide": try number(#"\.rs-wide \{ display: none; max-width: ([\d.]+)px"#, in: charts)[0],
            ]
        }

        /// The figure's width (the chart's container) in a viewport `width` px wide.
        func container(viewport width: Double) -> Double {
            let gutter = min(max(gutter.min, width * self.gutter.vw / 100), self.gutter.max)
            let column = min(width, wrap) - 2 * gutter
            return min(column, figure)
        }
    }

    @Test(arguments: [320.0, 360, 390, 768, 1280, 1440])
    func chartTextIsTwelveToSixteenPixels(viewport: Double) async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let code = await runCLI(["build", fixture.root.path]).code
        #expect(code == 0)
        let geometry = try PageGeometry(style: fixture.read("_site/style.css"), charts: fixture.read("_site/charts.css"))
        let container = geometry.container(viewport: viewport)
        let shown = container >= geometry.wideFrom ? "rs-wide" : "rs-compact"
        let rendered = min(container, geometry.maxWidth[shown]!)
        let svgPattern = try NSRegularExpression(pattern: #"<svg [^>]*viewBox="0 0 ([\d.]+) [\d.]+" class="([^"]*)"[^>]*>(.*?)</svg>"#,
                                                 options: [.dotMatchesLineSeparators])
        let fontPattern = try NSRegularExpression(pattern: #"font-size="([\d.]+)""#)
        var measured = 0
        for (path, data) in fixture.snapshot("_site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in svgPattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let viewBox = Double(html[Range(match.range(at: 1), in: html)!])!
                let classes = html[Range(match.range(at: 2), in: html)!].split(separator: " ").map(String.init)
                // Every chart on a page is one of the layouts; nothing is drawn at an unchecked scale.
                #expect(classes.contains("rs-compact") || classes.contains("rs-wide"), "\(path): \(classes)")
                guard classes.contains(shown) else { continue }
                let body = String(html[Range(match.range(at: 3), in: html)!])
                for font in fontPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    let size = Double(body[Range(font.range(at: 1), in: body)!])!
                    let px = size * rendered / viewBox
                    measured += 1
                    #expect(px >= 12 && px <= 16, "\(path): text of \(size) units in a \(viewBox)-unit chart is \(px) px at \(viewport) px")
                }
            }
        }
        #expect(measured > 50)
    }
}
