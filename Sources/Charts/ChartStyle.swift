/// The CSS that colours charts. Marks carry classes (`rs-series-1`, `rs-axis`, `rs-good`…)
/// and light-mode presentation attributes as a fallback; these rules override them.
enum ChartStyle {
    static let fontStack = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

    /// Rules for the chart classes, with colours taken from `palette`.
    static func rules(_ p: Palette, font: Bool = true) -> String {
        var css = font ? [".rs-chart { font-family: \(fontStack); }"] : []
        css += [
            ".rs-chart .rs-text { fill: \(p.text); }",
            ".rs-chart .rs-muted { fill: \(p.muted); }",
            ".rs-chart .rs-colored { fill: currentColor; }",
            ".rs-chart .rs-axis { stroke: \(p.axis); }",
            ".rs-chart .rs-grid { stroke: \(p.grid); }",
            ".rs-chart .rs-bg { fill: \(p.background); }",
            ".rs-chart .rs-hollow { fill: \(p.background); }",
            ".rs-chart .rs-hatch { stroke: \(p.background); }",
            ".rs-chart .rs-good { color: \(p.good); }",
            ".rs-chart .rs-bad { color: \(p.bad); }",
            ".rs-chart .rs-neutral { color: \(p.neutral); }",
        ]
        css += p.series.indices.map { ".rs-chart .rs-series-\($0 + 1) { color: \(p.series[$0]); }" }
        return css.joined(separator: "\n")
    }

    /// Which layout of a responsive chart shows: compact by default (also where container
    /// queries are unsupported), wide from `ChartLayout.wideFrom`; each capped at its
    /// `maxRenderedWidth` so its text never grows past 16 px.
    static let responsive: String = {
        let px = { (v: Double) in SVGWriter.number(v) + "px" }
        return """
            .rs-responsive { container-type: inline-size; }
            .rs-responsive > svg { display: block; width: 100%; height: auto; }
            .rs-responsive > .rs-compact { max-width: \(px(ChartLayout.compact.maxRenderedWidth)); }
            .rs-responsive > .rs-wide { display: none; max-width: \(px(ChartLayout.wide.maxRenderedWidth)); }
            @container (min-width: \(px(ChartLayout.wideFrom))) {
            .rs-responsive > .rs-compact { display: none; }
            .rs-responsive > .rs-wide { display: block; }
            }
            """
    }()

    /// The page stylesheet: custom properties (light, dark, print), the rules using them and
    /// the choice of layout.
    static let stylesheet: String = """
        \(responsive)
        :root { \(Palette.light.declarations) }
        @media (prefers-color-scheme: dark) {
        :root { \(Palette.dark.declarations) }
        }
        @media print {
        :root { \(Palette.light.declarations) }
        }
        \(rules(Palette.light.asCustomProperties))
        \(links)
        """

    /// A value that leads to its source's words is underlined dotted, as figures linked in
    /// the page's text and tables are, solid under the pointer; focus is outlined.
    static let links = """
        .rs-chart a .rs-text { text-decoration: underline dotted; text-underline-offset: 0.2em; }
        .rs-chart a:hover .rs-text { text-decoration-style: solid; }
        .rs-chart a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
        """

    /// The `<style>` content of a standalone SVG: concrete colours, light by default, dark on request.
    static let standalone: String = """
        \(rules(.light))
        @media (prefers-color-scheme: dark) {
        \(rules(.dark, font: false))
        }
        """
}
