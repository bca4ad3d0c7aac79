/// Finds `[[…]]` spans in a piece of text: two opening brackets, at least one character
/// that is neither a bracket nor a line break, two closing brackets.
enum FigureReferenceScanner {
    enum Segment: Equatable {
        /// Plain text, and its offset in characters from the start of the scanned text.
        case text(String, offset: Int)
        /// A reference's inner text, and the offset of its `[[`.
        case reference(String, offset: Int)
    }

    static func segments(of text: String) -> [Segment] {
        // Most text holds no reference: decided on the bytes, without splitting into Characters.
        guard containsOpening(text.utf8) else { return text.isEmpty ? [] : [.text(text, offset: 0)] }
        // Walked by Character (a bracket followed by a combining mark is no bracket), on the
        // string's own indices: copying it into an array of Characters first was a tenth of `check`.
        var segments: [Segment] = []
        var textStart = text.startIndex, textStartOffset = 0
        var index = text.startIndex, offset = 0
        while index < text.endIndex {
            let next = text.index(after: index)
            guard text[index] == "[", next < text.endIndex, text[next] == "[" else {
                index = next
                offset += 1
                continue
            }
            let contentStart = text.index(after: next)
            var end = contentStart, endOffset = offset + 2
            while end < text.endIndex, !isStop(text[end]) {
                end = text.index(after: end)
                endOffset += 1
            }
            if endOffset > offset + 2, end < text.endIndex, text[end] == "]" {
                let close = text.index(after: end)
                if close < text.endIndex, text[close] == "]" {
                    if textStart < index {
                        segments.append(.text(String(text[textStart..<index]), offset: textStartOffset))
                    }
                    segments.append(.reference(String(text[contentStart..<end]), offset: offset))
                    index = text.index(after: close)
                    offset = endOffset + 2
                    textStart = index
                    textStartOffset = offset
                    continue
                }
            }
            index = next
            offset += 1
        }
        if textStart < text.endIndex {
            segments.append(.text(String(text[textStart...]), offset: textStartOffset))
        }
        return segments
    }

    private static func isStop(_ character: Character) -> Bool {
        character == "[" || character == "]" || character == "\n" || character == "\r"
    }

    private static func containsOpening(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "["), previous == byte { return true }
            previous = byte
        }
        return false
    }
}
