/// Escaping for HTML text, attributes and URLs, and the check that keeps script URLs out.
public enum HTMLEscaping {
    /// Text or a double-quoted attribute value: `&`, `<`, `>` and `"` escaped.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
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
    static func strippingTags(_ html: String) -> String {
        var result = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag {
                result.append(character)
            }
        }
        return result
    }
}
