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
            while end < characters.count, !"[]\n\r".contains(characters[end]) { end += 1 }
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
}
