/// The Markdown text as lines of UTF-8 bytes, to turn cmark's byte columns into
/// character columns and to look up what a node's position points at.
struct SourceText {
    /// Lines without their line endings (`\n`, `\r\n` or `\r`, as CommonMark counts them).
    private let lines: [[UInt8]]

    init(_ text: String) {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if !previousWasCR { lines.append(current) }
                current = []
                previousWasCR = false
            } else if byte == UInt8(ascii: "\r") {
                lines.append(current)
                current = []
                previousWasCR = true
            } else {
                current.append(byte)
                previousWasCR = false
            }
        }
        lines.append(current)
        self.lines = lines
    }

    /// The bytes of a 1-based line; empty outside the text.
    func bytes(line: Int) -> [UInt8] {
        lines.indices.contains(line - 1) ? lines[line - 1] : []
    }

    /// The 1-based character column of a 1-based byte column.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        let bytes = bytes(line: line)
        let prefix = bytes.prefix(max(0, byteColumn - 1))
        let beyond = max(0, byteColumn - 1 - bytes.count)
        return String(decoding: prefix, as: UTF8.self).count + beyond + 1
    }

    /// The byte column where a paragraph's continuation line really starts: past the
    /// indentation and any `>` of enclosing block quotes (a continuation line never
    /// starts with `>`, which would open a block quote).
    func continuationStart(line: Int) -> Int? {
        let bytes = bytes(line: line)
        let isPrefix: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
        return bytes.firstIndex { !isPrefix($0) }.map { $0 + 1 }
    }

    /// The byte column of the first occurrence of `needle` on `line` at or after `byteColumn`.
    func find(_ needle: [UInt8], line: Int, from byteColumn: Int) -> Int? {
        let bytes = bytes(line: line)
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        var start = max(0, byteColumn - 1)
        while start + needle.count <= bytes.count {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start + 1 }
            start += 1
        }
        return nil
    }

    /// The text between `open` and the next `close` byte, from `byteColumn` (e.g. a footnote label).
    func text(line: Int, from byteColumn: Int, after open: [UInt8], upTo close: UInt8) -> String? {
        let bytes = bytes(line: line)
        let start = byteColumn - 1 + open.count
        guard byteColumn >= 1, start <= bytes.count,
              bytes[(byteColumn - 1)..<start].elementsEqual(open),
              let end = bytes[start...].firstIndex(of: close)
        else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
