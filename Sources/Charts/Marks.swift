/// A point in the chart's user space.
struct Point: Sendable, Equatable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle, used for text boxes and collision checks.
struct Box: Sendable, Equatable, CustomStringConvertible {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    func intersects(_ other: Box, margin: Double = 0) -> Bool {
        x < other.maxX + margin && other.x < maxX + margin
            && y < other.maxY + margin && other.y < maxY + margin
    }

    var description: String { "Box(x: \(x), y: \(y), w: \(width), h: \(height))" }
}

/// Paint given as presentation attributes: the fallback when no stylesheet applies
/// (CSS rules on the mark's classes override them).
struct Paint: Sendable, Equatable {
    var fill: String? = nil
    var fillOpacity: Double? = nil
    var stroke: String? = nil
    var strokeWidth: Double? = nil
    var dash: String? = nil
    var lineJoin: Bool = false

    static let none = Paint()
    static let current = Paint(fill: "currentColor")
    static func line(width: Double, dash: String? = nil) -> Paint {
        Paint(fill: "none", stroke: "currentColor", strokeWidth: width, dash: dash, lineJoin: true)
    }
}

enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// A text label, possibly on several lines; `y` is the first line's baseline.
struct TextMark: Sendable, Equatable {
    var x: Double
    var y: Double
    var lines: [String]
    var fontSize: Double
    var anchor: TextAnchor = .start
    var classes: String = "rs-text"
    var bold: Bool = false
    var fill: String? = Palette.light.text

    var lineHeight: Double { fontSize * 1.2 }

    /// The box the text occupies, from the font metrics used for layout.
    var box: Box {
        let width = lines.map { TextMeasure.width($0, fontSize: fontSize, bold: bold) }.max() ?? 0
        let left: Double
        switch anchor {
        case .start: left = x
        case .middle: left = x - width / 2
        case .end: left = x - width
        }
        let top = y - fontSize * 0.82
        let height = fontSize * 1.02 + lineHeight * Double(max(lines.count, 1) - 1)
        return Box(x: left, y: top, width: width, height: height)
    }

    /// The baseline that vertically centres one line of text of `fontSize` on `middle`
    /// (computed rather than left to `dominant-baseline`, which renderers treat differently).
    static func baseline(centeredOn middle: Double, fontSize: Double) -> Double {
        middle + fontSize * 0.35
    }
}

/// Marker shapes that tell series apart without colour.
enum MarkerShape: Sendable, CaseIterable {
    case circle, square, triangle, diamond
}

/// Everything a chart draws, as plain values; the SVG writer turns them into elements.
indirect enum Mark: Sendable, Equatable {
    /// A `<g>` with optional classes, a `color` fallback (marks inside paint with
    /// `currentColor`) and a `<title>` tooltip.
    case group(classes: String?, color: String? = nil, title: String? = nil, children: [Mark])
    case rect(Box, classes: String, paint: Paint)
    /// A straight line (axes, grid lines, zero lines).
    case rule(from: Point, to: Point, classes: String, paint: Paint)
    /// An open polyline through the points.
    case line([Point], classes: String, paint: Paint)
    /// A closed polygon (areas, arrow heads, axis breaks drawn filled).
    case polygon([Point], classes: String, paint: Paint)
    case marker(MarkerShape, center: Point, size: Double, classes: String, paint: Paint)
    case text(TextMark)
    /// An `<a href>` around its children, named by `label` for assistive technology: a drawn
    /// value that leads to the words of its source. Only a page's chart keeps it; a
    /// standalone file draws the children alone.
    case link(ChartLink, children: [Mark])

    /// All text marks, depth first, in drawing order.
    var texts: [TextMark] {
        switch self {
        case .text(let t): return [t]
        case .group(_, _, _, let children), .link(_, let children): return children.flatMap(\.texts)
        default: return []
        }
    }

    /// Whether the mark is or holds a link.
    var hasLink: Bool {
        switch self {
        case .link: return true
        case .group(_, _, _, let children): return children.contains(where: \.hasLink)
        default: return false
        }
    }
}
