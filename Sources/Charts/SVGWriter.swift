/// Writes marks as SVG text. Output depends only on the input: numbers at a fixed
/// precision, attributes in a fixed order, text escaped, no ids but the ones given.
import Foundation

struct SVGWriter {
    private var depth = 0
    /// Whether `.link` marks are written as `<a>`; without, only what they hold (a standalone
    /// file travels away from the site, where its relative links would lead nowhere).
    var writesLinks = true

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

    /// Through the writer's own escaping, so there is one rule for both.
    private static func escape(_ text: String, quotes: Bool) -> String {
        var writer = SVGWriter()
        writer.putEscaped(text, quotes: quotes)
        return writer.output
    }

    /// XML forbids C0 controls (tab, line feed and carriage return are handled before this);
    /// the HTML parser of a page with inline SVG also rejects DEL, C1 controls and noncharacters.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    typealias Attributes = [(String, String)]

    // Elements are appended as UTF-8 bytes: every chart is written three times (two page
    // layouts and its file), and appending to a `String` piece by piece was a fifth of a build.
    private var bytes: [UInt8] = []

    /// The SVG text written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    init() { bytes.reserveCapacity(16_384) }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        start(name, attributes)
        put(">\n")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        put("</")
        put(name)
        put(">\n")
    }

    mutating func empty(_ name: String, _ attributes: Attributes) {
        start(name, attributes)
        put("/>\n")
    }

    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        start(name, attributes)
        put(">")
        putEscaped(text, quotes: false)
        put("</")
        put(name)
        put(">\n")
    }

    mutating func raw(_ text: String) {
        indent()
        put(text)
        put("\n")
    }

    private mutating func start(_ name: String, _ attributes: Attributes) {
        indent()
        put("<")
        put(name)
        for (key, value) in attributes { attribute(key, value) }
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, depth)))
    }

    // MARK: Bytes

    private mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func put(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// ` key="value"`, the value escaped.
    private mutating func attribute(_ key: String, _ value: String) {
        put(" ")
        put(key)
        put("=\"")
        putEscaped(value, quotes: true)
        put("\"")
    }

    /// ` key="number"`: numbers need no escaping.
    private mutating func attribute(_ key: StaticString, number value: Double) {
        put(" ")
        put(key)
        put("=\"")
        putNumber(value)
        put("\"")
    }

    /// `number(value)`, written without making a `String`.
    private mutating func putNumber(_ value: Double) {
        guard value.isFinite else { return put("0") }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else { return putInteger(Int64(value.rounded())) }
        let n = Int64(hundredths)
        if n == 0 { return put("0") }
        if n < 0 { put("-") }
        let whole = abs(n) / 100, fraction = abs(n) % 100
        putInteger(whole)
        if fraction == 0 { return }
        put(".")
        if fraction % 10 == 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        } else {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        }
    }

    private mutating func putInteger(_ value: Int64) {
        if value < 0 { put("-") }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends text escaped; text with nothing to escape or drop (the usual case) as it is.
    private mutating func putEscaped(_ text: String, quotes: Bool) {
        // Bytes that start a character the full path drops (DEL; 0xC2 leads the C1 controls,
        // 0xEF U+FDD0–FDEF, U+FFFE and U+FFFF, 0xF0–0xF4 the other planes' noncharacters):
        // text holding them takes the full path.
        let plain = !text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && byte == 0x22) || byte == 0x7F || byte == 0xC2
                || byte >= 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        }
        if plain { return put(text) }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": put("&amp;")
            case "<": put("&lt;")
            case ">": put("&gt;")
            case "\"" where quotes: put("&quot;")
            case "\t", "\n", "\r": bytes.append(UInt8(scalar.value))
            default:
                if Self.isDropped(scalar) { continue }
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    // MARK: Marks

    mutating func write(_ mark: Mark) {
        switch mark {
        case let .group(classes, color, title, children):
            indent()
            put("<g")
            if let classes { attribute("class", classes) }
            if let color { attribute("color", color) }
            put(">\n")
            depth += 1
            if let title { element("title", text: title) }
            for child in children { write(child) }
            close("g")
        case let .rect(box, classes, paint):
            begin("rect", classes: classes)
            attribute("x", number: box.x)
            attribute("y", number: box.y)
            attribute("width", number: max(0, box.width))
            attribute("height", number: max(0, box.height))
            end(paint)
        case let .rule(from, to, classes, paint):
            begin("line", classes: classes)
            attribute("x1", number: from.x)
            attribute("y1", number: from.y)
            attribute("x2", number: to.x)
            attribute("y2", number: to.y)
            end(paint)
        case let .line(points, classes, paint):
            begin("polyline", classes: classes)
            putPoints(points)
            end(paint)
        case let .polygon(points, classes, paint):
            begin("polygon", classes: classes)
            putPoints(points)
            end(paint)
        case let .marker(shape, center, size, classes, paint):
            writeMarker(shape, center: center, size: size, classes: classes, paint: paint)
        case let .text(text):
            writeText(text)
        case let .link(link, children):
            guard writesLinks else {
                for child in children { write(child) }
                return
            }
            open("a", [("href", link.href), ("aria-label", link.label)])
            for child in children { write(child) }
            close("a")
        }
    }

    /// `<name class="…"`, indented.
    private mutating func begin(_ name: StaticString, classes: String) {
        indent()
        put("<")
        put(name)
        attribute("class", classes)
    }

    /// The paint attributes and `/>`.
    private mutating func end(_ paint: Paint) {
        if let fill = paint.fill { attribute("fill", fill) }
        if let opacity = paint.fillOpacity { attribute("fill-opacity", number: opacity) }
        if let stroke = paint.stroke { attribute("stroke", stroke) }
        if let width = paint.strokeWidth { attribute("stroke-width", number: width) }
        if let dash = paint.dash { attribute("stroke-dasharray", dash) }
        if paint.lineJoin { put(" stroke-linejoin=\"round\" stroke-linecap=\"round\"") }
        put("/>\n")
    }

    private mutating func putPoints(_ points: [Point]) {
        put(" points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { put(" ") }
            putNumber(point.x)
            put(",")
            putNumber(point.y)
        }
        put("\"")
    }

    private mutating func writeMarker(_ shape: MarkerShape, center c: Point, size: Double, classes: String, paint: Paint) {
        let r = size / 2
        switch shape {
        case .circle:
            begin("circle", classes: classes)
            attribute("cx", number: c.x)
            attribute("cy", number: c.y)
            attribute("r", number: r)
            end(paint)
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
        begin("text", classes: text.classes)
        attribute("x", number: text.x)
        attribute("y", number: text.y)
        attribute("font-size", number: text.fontSize)
        if text.anchor != .start { attribute("text-anchor", text.anchor.rawValue) }
        if text.bold { put(" font-weight=\"700\"") }
        if let fill = text.fill { attribute("fill", fill) }
        put(">")
        if text.lines.count == 1 {
            putEscaped(text.lines[0], quotes: false)
            put("</text>\n")
            return
        }
        for (index, line) in text.lines.enumerated() {
            put("<tspan x=\"")
            putNumber(text.x)
            put("\"")
            if index > 0 {
                put(" dy=\"")
                putNumber(text.lineHeight)
                put("\"")
            }
            put(">")
            putEscaped(line, quotes: false)
            put("</tspan>")
        }
        put("</text>\n")
    }
}
