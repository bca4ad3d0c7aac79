/// Text widths from the advance widths of the fonts the page uses (`FontMetrics`, generated
/// from DejaVu Sans, Liberation Sans and Noto Sans CJK SC by scripts/font-metrics.py: per
/// character the widest of them, so a label sized here fits whichever the browser picks).
/// CJK ideographs, kana, Hangul and fullwidth forms take a full em.
enum TextMeasure {
    /// Width of `text` at `fontSize` (user units), in the regular or bold weight.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance($1, bold: bold) } * fontSize
    }

    /// Advance width of one character in em.
    static func advance(_ scalar: Unicode.Scalar, bold: Bool = false) -> Double {
        if isWide(scalar) { return 1.0 }
        let v = scalar.value
        // Controls and zero-width characters draw nothing.
        if v < 0x20 || (0x200B...0x200F).contains(v) || v == 0xFEFF { return 0 }
        for table in FontMetrics.tables where v >= table.first {
            let index = Int(v - table.first)
            let widths = bold ? table.bold : table.regular
            guard index < widths.count else { continue }
            let width = widths[index]
            // Not in any of the measured fonts: the browser falls back to another; assume a full em.
            return width == 0 ? 1.0 : Double(width) / 1000
        }
        return 1.0
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
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> [String] {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return [text] }
        var lines: [String] = []
        var line = ""
        for token in tokens(text) {
            let candidate = line + token
            if line.isEmpty || width(candidate.trimmingTrailingSpaces, fontSize: fontSize, bold: bold) <= maxWidth {
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
