/// Escaping for HTML and XML text, attributes and URLs, and the check that keeps script URLs out.
///
/// Every function here works on Unicode scalars (or UTF-8 bytes), never on `Character`s:
/// `"` followed by a combining mark, a zero-width joiner or a variation selector is one
/// `Character` that compares equal to none of `"`, `<`, `>`, `&`, yet an HTML parser sees the
/// quote first and ends the attribute there.
public enum HTMLEscaping {
    /// Text or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped (as cmark does).
    public static func escape(_ text: String) -> String {
        escape(text, apostrophe: false, dropXMLForbidden: false)
    }

    /// Text or an attribute value in either quote style: `&`, `<`, `>`, `"` and `'` escaped,
    /// for values a template places wherever its author chose.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, apostrophe: true, dropXMLForbidden: false)
    }

    /// Text or a double-quoted attribute value in XML (feeds, sitemaps): as `escape`, and the
    /// characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return;
    /// U+FFFE and U+FFFF) are left out, so the document stays well-formed.
    public static func escapeXML(_ text: String) -> String {
        escape(text, apostrophe: false, dropXMLForbidden: true)
    }

    private static func escape(_ text: String, apostrophe: Bool, dropXMLForbidden: Bool) -> String {
        // On UTF-8 bytes, and text with nothing to escape or drop (most of it) is returned as
        // it is: escaping builds every page's text, and building scalar by scalar was slow.
        // The bytes that may start something to drop: C0 controls, DEL, 0xC2 (C1 controls),
        // 0xEF (U+FDD0–FDEF, U+FFFE, U+FFFF), 0xF0–0xF4 (the other planes' noncharacters).
        let utf8 = text.utf8
        let plain = !utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophe && byte == 0x27)
                || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte >= 0xEF
        }
        if plain { return text }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".utf8)
            case "<": result.append(contentsOf: "&lt;".utf8)
            case ">": result.append(contentsOf: "&gt;".utf8)
            case "\"": result.append(contentsOf: "&quot;".utf8)
            case "'" where apostrophe: result.append(contentsOf: "&#39;".utf8)
            case "\t", "\n", "\r": result.append(UInt8(scalar.value))
            case _ where dropXMLForbidden && scalar.value < 0x20: continue
            // Control characters and noncharacters are parse errors in HTML (and some are
            // not XML at all): an author never means them, so they are left out everywhere.
            case _ where isParseError(scalar): continue
            default: UTF8.encode(scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether an HTML parser reports the character as an error in a document: C0 controls
    /// but tab, line feed, form feed and carriage return; DEL and the C1 controls; noncharacters.
    public static func isParseError(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0C && v != 0x0D) || (0x7F...0x9F).contains(v)
            || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }

    /// A URL for an `href` or `src`: characters that may not appear in a URL are
    /// percent-encoded (existing `%XX` escapes are kept), then it is escaped for an attribute.
    static func escapeURL(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case _ where isURLSafe(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                result += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
            }
        }
        return result
    }

    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }

    /// Whether a link or image URL may be written out: not `javascript:`, `vbscript:`,
    /// `file:`, nor `data:` other than PNG, GIF, JPEG or WebP images (as cmark's safe mode).
    /// Whitespace and control characters are ignored, as browsers ignore them in a scheme.
    static func isSafeURL(_ url: String) -> Bool {
        let squeezed = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where squeezed.hasPrefix(scheme) {
            return false
        }
        if squeezed.hasPrefix("data:") {
            return ["png", "gif", "jpeg", "webp"].contains { squeezed.hasPrefix("data:image/\($0)") }
        }
        return true
    }

    /// Markup removed, text kept (already escaped): for an `alt` made from rendered inlines.
    /// Works on scalars, so a `<` or `>` inside a grapheme cluster is still seen.
    static func strippingTags(_ html: String) -> String {
        var result = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true } else if scalar == ">" && inTag { inTag = false } else if !inTag {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
