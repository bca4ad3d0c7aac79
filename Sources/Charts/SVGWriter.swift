/// Writes marks as SVG text. Output depends only on the input: numbers at a fixed
/// precision, attributes in a fixed order, text escaped, no ids but the ones given.
import Foundation

struct SVGWriter {
    private(set) var output = ""
    private var depth = 0

    /// A number with at most two decimals, trailing zeros trimmed, never `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else { return String(Int64(value.rounded())) }
        let n = Int64(hundredths)
        if n == 0 { return "0" }
        let sign = n < 0 ? "-" : ""
        let whole = abs(n) / 100, fraction = abs(n) % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Escapes text and (double-quoted) attribute values for XML; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// Escapes character data (element content), where quotes need no escaping. Both work on
    /// Unicode scalars: a `"` or `<` followed by a combining mark is still seen.
    static func escapeText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                // XML forbids C0 controls; the HTML parser of a page with inline SVG also
                // rejects DEL, C1 controls and noncharacters.
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    typealias Attributes = [(String, String)]

    // Elements are appended piece by piece to `output`: building each line as its own string
    // (attributes mapped, joined, interpolated, then indented) was most of the writer's time.

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        start(name, attributes)
        output += ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        output += "</"
        output += name
        output += ">\n"
    }

    mutating func empty(_ name: String, _ attributes: Attributes) {
        start(name, attributes)
        output += "/>\n"
    }

    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        start(name, attributes)
        output += ">"
        Self.append(text, quotes: false, to: &output)
        output += "</"
        output += name
        output += ">\n"
    }

    mutating func raw(_ text: String) {
        indent()
        output += text
        output += "\n"
    }

    private mutating func start(_ name: String, _ attributes: Attributes) {
        indent()
        output += "<"
        output += name
        for (key, value) in attributes {
            output += " "
            output += key
            output += "=\""
            Self.append(value, quotes: true, to: &output)
            output += "\""
        }
    }

    private static let spaces = String(repeating: " ", count: 64)

    private mutating func indent() {
        if depth <= Self.spaces.count { output += Self.spaces.prefix(depth) } else { output += String(repeating: " ", count: depth) }
    }

    /// Appends text escaped; text with nothing to escape or drop (the usual case) as it is.
    private static func append(_ text: String, quotes: Bool, to output: inout String) {
        // Bytes that start a character the full path drops (DEL; 0xC2 leads the C1 controls,
        // 0xEF U+FDD0–FDEF, U+FFFE and U+FFFF, 0xF0–0xF4 the other planes' noncharacters):
        // text holding them takes the full path.
        let plain = !text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && byte == 0x22) || byte == 0x7F || byte == 0xC2
                || byte >= 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        }
        if plain { output += text } else { output += escape(text, quotes: quotes) }
    }

    // MARK: Marks

    mutating func write(_ mark: Mark) {
        switch mark {
        case let .group(classes, color, title, children):
            var attributes: Attributes = []
            if let classes { attributes.append(("class", classes)) }
            if let color { attributes.append(("color", color)) }
            open("g", attributes)
            if let title { element("title", text: title) }
            for child in children { write(child) }
            close("g")
        case let .rect(box, classes, paint):
            empty("rect", [("class", classes)] + Self.position(box) + Self.paint(paint))
        case let .rule(from, to, classes, paint):
            empty("line", [("class", classes), ("x1", Self.number(from.x)), ("y1", Self.number(from.y)),
                           ("x2", Self.number(to.x)), ("y2", Self.number(to.y))] + Self.paint(paint))
        case let .line(points, classes, paint):
            empty("polyline", [("class", classes), ("points", Self.points(points))] + Self.paint(paint))
        case let .polygon(points, classes, paint):
            empty("polygon", [("class", classes), ("points", Self.points(points))] + Self.paint(paint))
        case let .marker(shape, center, size, classes, paint):
            writeMarker(shape, center: center, size: size, classes: classes, paint: paint)
        case let .text(text):
            writeText(text)
        }
    }

    private mutating func writeMarker(_ shape: MarkerShape, center c: Point, size: Double, classes: String, paint: Paint) {
        let r = size / 2
        switch shape {
        case .circle:
            empty("circle", [("class", classes), ("cx", Self.number(c.x)), ("cy", Self.number(c.y)),
                             ("r", Self.number(r))] + Self.paint(paint))
        case .square:
            let s = r * 0.9
            write(.rect(Box(x: c.x - s, y: c.y - s, width: 2 * s, height: 2 * s), classes: classes, paint: paint))
        case .triangle:
            let s = r * 1.2
            write(.polygon([Point(x: c.x, y: c.y - s), Point(x: c.x + s, y: c.y + s * 0.8),
                            Point(x: c.x - s, y: c.y + s * 0.8)], classes: classes, paint: paint))
        case .diamond:
            let s = r * 1.25
            write(.polygon([Point(x: c.x, y: c.y - s), Point(x: c.x + s, y: c.y),
                            Point(x: c.x, y: c.y + s), Point(x: c.x - s, y: c.y)], classes: classes, paint: paint))
        }
    }

    private mutating func writeText(_ text: TextMark) {
        var attributes: Attributes = [("class", text.classes), ("x", Self.number(text.x)), ("y", Self.number(text.y)),
                                      ("font-size", Self.number(text.fontSize))]
        if text.anchor != .start { attributes.append(("text-anchor", text.anchor.rawValue)) }
        if text.bold { attributes.append(("font-weight", "700")) }
        if let fill = text.fill { attributes.append(("fill", fill)) }
        if text.lines.count == 1 {
            element("text", attributes, text: text.lines[0])
        } else {
            start("text", attributes)
            output += ">"
            for (index, line) in text.lines.enumerated() {
                output += "<tspan x=\"\(Self.number(text.x))\""
                if index > 0 { output += " dy=\"\(Self.number(text.lineHeight))\"" }
                output += ">"
                Self.append(line, quotes: false, to: &output)
                output += "</tspan>"
            }
            output += "</text>\n"
        }
    }

    private static func position(_ box: Box) -> Attributes {
        [("x", number(box.x)), ("y", number(box.y)), ("width", number(max(0, box.width))),
         ("height", number(max(0, box.height)))]
    }

    private static func points(_ points: [Point]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    private static func paint(_ paint: Paint) -> Attributes {
        var attributes: Attributes = []
        if let fill = paint.fill { attributes.append(("fill", fill)) }
        if let opacity = paint.fillOpacity { attributes.append(("fill-opacity", number(opacity))) }
        if let stroke = paint.stroke { attributes.append(("stroke", stroke)) }
        if let width = paint.strokeWidth { attributes.append(("stroke-width", number(width))) }
        if let dash = paint.dash { attributes.append(("stroke-dasharray", dash)) }
        if paint.lineJoin { attributes += [("stroke-linejoin", "round"), ("stroke-linecap", "round")] }
        return attributes
    }
}
