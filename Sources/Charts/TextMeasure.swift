/// Text width estimates without a font engine: per-character advance widths in em,
/// slightly generous so labels sized from them do not collide in common system fonts.
/// CJK ideographs, kana and fullwidth forms take a full em.
enum TextMeasure {
    /// Estimated width of `text` at `fontSize` (user units).
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance($1) } * fontSize
    }

    /// Advance width of one character in em.
    static func advance(_ scalar: Unicode.Scalar) -> Double {
        if isWide(scalar) { return 1.0 }
        switch scalar {
        case "0"..."9": return 0.58
        case " ": return 0.3
        case ".", ",", ":", ";", "'", "!", "|": return 0.3
        case "i", "j", "l", "I": return 0.3
        case "f", "t", "r": return 0.4
        case "(", ")", "[", "]", "/", "\\", "-": return 0.38
        case "m", "w": return 0.85
        case "M", "W", "%", "@": return 0.9
        case "A"..."Z": return 0.68
        case "a"..."z": return 0.56
        case "+", "=", "<", ">", "~", "−", "–", "±", "×": return 0.6
        case "—": return 1.0
        case "▲", "▼", "●", "■", "◆": return 0.8
        default:
            return scalar.value < 0x2E80 ? 0.62 : 1.0
        }
    }

    /// Han, kana, Hangul, CJK punctuation and fullwidth forms: one em each.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Breaks `text` into lines no wider than `maxWidth`: CJK may break between any
    /// two characters (but not before closing punctuation), Latin only at spaces.
    /// A Latin word longer than the line is left whole rather than split mid-word.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        guard width(text, fontSize: fontSize) > maxWidth else { return [text] }
        var lines: [String] = []
        var line = ""
        for token in tokens(text) {
            let candidate = line + token
            if line.isEmpty || width(candidate.trimmingTrailingSpaces, fontSize: fontSize) <= maxWidth {
                line = candidate
            } else {
                lines.append(line.trimmingTrailingSpaces)
                line = token == " " ? "" : token
            }
        }
        if !line.isEmpty { lines.append(line.trimmingTrailingSpaces) }
        return lines
    }

    /// Units that may not be split: a single wide character (with any closing
    /// punctuation that follows it), a run of non-space narrow characters, or a space.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var word = ""
        func flush() { if !word.isEmpty { result.append(word); word = "" } }
        for char in text {
            let scalar = char.unicodeScalars.first!
            if char == " " {
                flush()
                result.append(" ")
            } else if isClosing(char), !word.isEmpty || !result.isEmpty {
                // Keep closing punctuation on the line of the character before it.
                if word.isEmpty, let last = result.popLast() { word = last }
                word.append(char)
            } else if isWide(scalar) {
                flush()
                word.append(char)
                flush()
            } else {
                word.append(char)
            }
        }
        flush()
        return result
    }

    static func isClosing(_ char: Character) -> Bool {
        "，。、；：？！）》」』】〕”’,.;:?!)%".contains(char)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
