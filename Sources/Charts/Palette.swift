/// Chart colours: an Okabe–Ito based, colour-blind-safe series palette plus
/// text, axis, grid and assessment colours, for light and dark backgrounds.
///
/// Good is blue and bad vermilion (not green and red): the pair stays apart for readers
/// without green–red vision, and neutral grey stays apart from both (`ColourBlindTests`).
struct Palette: Sendable {
    var series: [String]
    var text: String
    var muted: String
    var axis: String
    var grid: String
    var good: String
    var bad: String
    var neutral: String
    var background: String

    static let light = Palette(
        series: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"],
        text: "#1f2937", muted: "#4b5563", axis: "#6b7280", grid: "#e5e7eb",
        good: "#0868ac", bad: "#c2410c", neutral: "#6b7280", background: "#ffffff"
    )

    static let dark = Palette(
        series: ["#56b4e9", "#f0884a", "#2bc79a", "#e09cc5", "#f2b33d", "#9bd3f5"],
        text: "#e5e7eb", muted: "#b6bcc6", axis: "#9ca3af", grid: "#374151",
        good: "#6cb4f0", bad: "#fb923c", neutral: "#9ca3af", background: "#111827"
    )

    /// The palette as CSS values: each colour written as `var(--chart-…, fallback)`.
    var asCustomProperties: Palette {
        Palette(
            series: series.indices.map { "var(--chart-\($0 + 1), \(series[$0]))" },
            text: "var(--chart-text, \(text))", muted: "var(--chart-muted, \(muted))",
            axis: "var(--chart-axis, \(axis))", grid: "var(--chart-grid, \(grid))",
            good: "var(--chart-good, \(good))", bad: "var(--chart-bad, \(bad))",
            neutral: "var(--chart-neutral, \(neutral))", background: "var(--chart-bg, \(background))"
        )
    }

    /// `--chart-…: value;` declarations.
    var declarations: String {
        var lines = series.indices.map { "--chart-\($0 + 1): \(series[$0]);" }
        lines += [
            "--chart-text: \(text);", "--chart-muted: \(muted);", "--chart-axis: \(axis);",
            "--chart-grid: \(grid);", "--chart-good: \(good);", "--chart-bad: \(bad);",
            "--chart-neutral: \(neutral);", "--chart-bg: \(background);",
        ]
        return lines.joined(separator: " ")
    }

    /// Colour of series `index` (cycling past the palette's end).
    func seriesColor(_ index: Int) -> String { series[index % series.count] }
}
