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
        let characters = Array(text)
        var segments: [Segment] = []
        var textStart = 0
        var index = 0
        while index + 1 < characters.count {
            guard characters[index] == "[", characters[index + 1] == "[" else {
                index += 1
                continue
            }
            var end = index + 2
            while end < characters.count, !isStop(characters[end]) { end += 1 }
            if end > index + 2, end + 1 < characters.count, characters[end] == "]", characters[end + 1] == "]" {
                if textStart < index {
                    segments.append(.text(String(characters[textStart..<index]), offset: textStart))
                }
                segments.append(.reference(String(characters[(index + 2)..<end]), offset: index))
                index = end + 2
                textStart = index
            } else {
                index += 1
            }
        }
        if textStart < characters.count {
            segments.append(.text(String(characters[textStart...]), offset: textStart))
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
