/// A laid-out chart: its size and its marks, ready for the SVG writer.
/// Layout is separate from writing so tests can check text boxes directly.
struct Scene: Sendable {
    var width: Double
    var height: Double
    var marks: [Mark]

    /// Every text mark in drawing order.
    var texts: [TextMark] { marks.flatMap(\.texts) }
}

/// Where a chart body may draw: the full width, below `top` (room for a standalone title).
struct Frame: Sendable {
    var width: Double
    var top: Double
    /// Requested total height of the body, if the caller fixed one.
    var height: Double?
}

/// Sizes shared by all chart types, in viewBox units. Every text a page shows is
/// `ChartLayout.fontSize` (see there why); hierarchy comes from weight and colour.
/// Only the standalone file's title, which is drawn at 1:1, is larger.
enum Metrics {
    static let tickFont = ChartLayout.fontSize
    static let labelFont = ChartLayout.fontSize
    static let legendFont = ChartLayout.fontSize
    static let valueFont = ChartLayout.fontSize
    static let titleFont = 18.0
    static let pad = 8.0
    static let markerSize = 8.0
    static let lineWidth = 2.5
}

/// How series are told apart: colour class, dash pattern and marker shape.
struct SeriesStyle: Sendable {
    var index: Int

    var classes: String { "rs-series-\(index % 6 + 1)" }
    var color: String { Palette.light.seriesColor(index) }
    var dash: String? { [nil, "7 4", "2 4", "10 4 2 4"][index % 4] }
    var shape: MarkerShape { MarkerShape.allCases[index % MarkerShape.allCases.count] }
}

extension Array where Element == Double {
    /// Minimum and maximum of the finite values, or nil when there are none.
    var finiteExtent: (Double, Double)? {
        let finite = filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return nil }
        return (lo, hi)
    }
}

/// Years laid out evenly: the common step between consecutive years (so a series
/// reported every five years is not "missing" the years in between).
enum YearSteps {
    static func step(_ years: [Int]) -> Int {
        let sorted = Array(Set(years)).sorted()
        var g = 0
        for (a, b) in zip(sorted, sorted.dropFirst()) { g = gcd(g, b - a) }
        return max(g, 1)
    }

    /// Every year from the first to the last, by the common step; gaps stay visible.
    static func filled(_ years: [Int]) -> [Int] {
        guard let lo = years.min(), let hi = years.max() else { return [] }
        let s = step(years)
        // A huge span with a step of one would make thousands of bands; fall back to the years given.
        guard (hi - lo) / s <= 200 else { return Array(Set(years)).sorted() }
        return Array(stride(from: lo, through: hi, by: s))
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
}
