/// Renders charts as SVG.
///
/// Output is deterministic: the same chart and id always give the same bytes.
/// Ids inside the SVG are derived from `id` (`ID-title`, `ID-desc`).
public enum ChartRenderer {
    /// CSS for the page: `--chart-…` custom properties (light, dark via
    /// `prefers-color-scheme`, light again for print) and the rules for the
    /// chart classes (`rs-chart`, `rs-series-1`…`rs-series-6`, `rs-axis`, `rs-grid`,
    /// `rs-text`, `rs-muted`, `rs-good`, `rs-bad`, `rs-neutral`, `rs-hollow`, `rs-derived`).
    /// Include it in the site's stylesheet; inline SVGs rely on it for dark mode.
    public static let stylesheet: String = ChartStyle.stylesheet

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - chart: what to draw, with its caller-formatted text.
    ///   - id: a page-unique id; characters other than ASCII letters, digits, `-` and `_` are replaced by `-`.
    ///   - form: `.inline` for HTML pages, `.standalone` for a `.svg` file.
    public static func svg(_ chart: Chart, id: String, form: SVGForm) -> String {
        svg(chart, id: id, form: form, classes: nil)
    }

    /// The mark of a derived value, appended to its label in charts (and used by the page
    /// in tables and text, so one sign means one thing everywhere).
    public static let derivedMark = "†"

    /// The chart for a page: a `<div class="rs-responsive">` holding the chart drawn in each
    /// `ChartLayout`, of which the stylesheet shows the one that fits the column, so chart
    /// text stays 12–16 CSS px at every width without script. Ids are `ID-compact-title`…
    /// Key figures (`kpi`) draw only their sparkline here (the page writes the figure as
    /// text); without a sparkline the result is empty.
    public static func responsiveSVG(_ chart: Chart, id: String) -> String {
        if case .kpi(let kpi) = chart.content, !KPIChart.hasSparkline(kpi) { return "" }
        let id = sanitize(id)
        let svgs = ChartLayout.allCases.map { layout -> String in
            var drawn = chart
            drawn.width = layout.viewBoxWidth
            return svg(drawn, id: "\(id)-\(layout.rawValue)", form: .inline, classes: "rs-\(layout.rawValue)")
        }
        return "<div class=\"rs-responsive\">\n" + svgs.joined() + "</div>\n"
    }

    /// The standalone files' style sheet, escaped once (not for each of thousands of files).
    private static let standaloneStyleLines = ChartStyle.standalone.split(separator: "\n").map { SVGWriter.escapeText(String($0)) }

    static func svg(_ chart: Chart, id: String, form: SVGForm, classes: String?) -> String {
        let id = sanitize(id)
        let (scene, header) = layout(chart, form: form)
        var writer = SVGWriter()
        writer.writesLinks = form == .inline
        // A chart whose values are links is a document of its own, not an image: an image's
        // content is hidden from assistive technology, links and all.
        let linked = form == .inline && scene.marks.contains(where: \.hasLink)
        // No width or height: the file scales to the width it is shown at (a fixed size cropped it on a phone).
        let root: SVGWriter.Attributes = [("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(SVGWriter.number(scene.width)) \(SVGWriter.number(scene.height))"),
            ("class", "rs-chart rs-chart-\(chart.kind.rawValue)" + (classes.map { " " + $0 } ?? "")),
            // A fallback for when no stylesheet applies; the `.rs-chart` rule overrides it.
            ("font-family", ChartStyle.fontStack),
            ("role", linked ? "graphics-document" : "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
        ]
        writer.open("svg", root)
        writer.element("title", [("id", "\(id)-title")], text: fileTitle(chart.text, form: form))
        writer.element("desc", [("id", "\(id)-desc")], text: chart.text.description)
        if form == .standalone {
            writer.open("style")
            for line in standaloneStyleLines { writer.raw(line) }
            writer.close("style")
            writer.write(.rect(Box(x: 0, y: 0, width: scene.width, height: scene.height), classes: "rs-bg",
                               paint: Paint(fill: Palette.light.background)))
        }
        for mark in header + scene.marks { writer.write(mark) }
        writer.close("svg")
        return writer.output
    }

    /// The `<title>`: the chart's title, and in a file of its own also what it is about,
    /// unless the title already says so.
    static func fileTitle(_ text: ChartText, form: SVGForm) -> String {
        guard form == .standalone, !text.scope.isEmpty, !text.title.contains(text.scope) else { return text.title }
        return text.title.isEmpty ? text.scope : text.title + " — " + text.scope
    }

    /// Lays out `chart`; the standalone form gets a visible title above the body, what the
    /// chart is about under it, and its source and credit at the foot; every form the
    /// subtitle (unit and period), except a page's key figure, whose figure, unit and period
    /// the page writes as text.
    static func layout(_ chart: Chart, form: SVGForm) -> (body: Scene, header: [Mark]) {
        var header: [Mark] = []
        var top = 0.0
        let maxWidth = chart.width - 2 * Metrics.pad
        if form == .standalone && !chart.text.title.isEmpty {
            let font = Metrics.titleFont
            let lines = TextMeasure.wrap(chart.text.title, maxWidth: maxWidth, fontSize: font, bold: true)
            let title = TextMark(x: Metrics.pad, y: 8 + font * 0.82, lines: lines, fontSize: font, bold: true)
            header.append(.text(title))
            top = title.box.maxY + 8
        }
        if form == .standalone && !chart.text.scope.isEmpty && !chart.text.title.contains(chart.text.scope) {
            let font = Metrics.labelFont
            let lines = TextMeasure.wrap(chart.text.scope, maxWidth: maxWidth, fontSize: font, bold: true)
            let scope = TextMark(x: Metrics.pad, y: top + 4 + font * 0.82, lines: lines, fontSize: font, classes: "rs-text rs-scope",
                                 bold: true)
            header.append(.text(scope))
            top = scope.box.maxY + 4
        }
        let figureInText = form == .inline && chart.kind == .kpi
        if !chart.text.subtitle.isEmpty && !figureInText {
            let font = Metrics.labelFont
            let lines = TextMeasure.wrap(chart.text.subtitle, maxWidth: maxWidth, fontSize: font)
            let subtitle = TextMark(x: Metrics.pad, y: top + 4 + font * 0.82, lines: lines, fontSize: font,
                                    classes: "rs-muted rs-subtitle", fill: Palette.light.muted)
            header.append(.text(subtitle))
            top = subtitle.box.maxY + 8
        }
        let frame = Frame(width: chart.width, top: top, height: chart.height)
        var body = scene(chart, frame: frame, figure: !figureInText)
        if form == .standalone && !chart.text.footer.isEmpty {
            // Source and credit under the body, so the file carries them wherever it goes.
            let font = Metrics.labelFont
            var y = body.height + 8
            for line in chart.text.footer where !line.isEmpty {
                let lines = hardWrap(line, maxWidth: maxWidth, fontSize: font)
                let mark = TextMark(x: Metrics.pad, y: y + font * 0.82, lines: lines, fontSize: font,
                                    classes: "rs-muted rs-footer", fill: Palette.light.muted)
                body.marks.append(.text(mark))
                y = mark.box.maxY + 4
            }
            body.height = y + 8
        }
        return (body, header)
    }

    /// Wrapped at spaces and wide characters, and a run still too wide (an address) cut
    /// where it reaches the edge: a footer line must never run out of the picture.
    static func hardWrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        TextMeasure.wrap(text, maxWidth: maxWidth, fontSize: fontSize).flatMap { line -> [String] in
            guard TextMeasure.width(line, fontSize: fontSize) > maxWidth else { return [line] }
            var pieces: [String] = []
            var piece = ""
            for character in line {
                if !piece.isEmpty, TextMeasure.width(piece + String(character), fontSize: fontSize) > maxWidth {
                    pieces.append(piece)
                    piece = ""
                }
                piece.append(character)
            }
            return pieces + [piece]
        }
    }

    /// The body of `chart` inside `frame`; `figure: false` leaves a key figure's number out.
    static func scene(_ chart: Chart, frame: Frame, figure: Bool = true) -> Scene {
        switch chart.content {
        case .line(let series): return LineChart.scene(series, text: chart.text, frame: frame)
        case .column(let series): return ColumnChart.scene(series, text: chart.text, frame: frame)
        case .bar(let items): return BarChart.scene(items, text: chart.text, frame: frame, domain: chart.sharedDomain)
        case .change(let items): return ChangeChart.scene(items, text: chart.text, frame: frame, domain: chart.sharedDomain)
        case .kpi(let kpi):
            return figure ? KPIChart.scene(kpi, text: chart.text, frame: frame)
                : KPIChart.sparklineScene(kpi, text: chart.text, frame: frame)
        }
    }

    /// All text marks of the rendered chart (header included) and its size, for layout tests.
    static func texts(_ chart: Chart, form: SVGForm) -> (texts: [TextMark], width: Double, height: Double) {
        let (body, header) = layout(chart, form: form)
        return (header.flatMap(\.texts) + body.texts, body.width, body.height)
    }

    static func sanitize(_ id: String) -> String {
        let cleaned = String(id.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return Character(scalar)
            default: return "-"
            }
        })
        guard let first = cleaned.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) else {
            return "chart-" + cleaned
        }
        return cleaned
    }
}
