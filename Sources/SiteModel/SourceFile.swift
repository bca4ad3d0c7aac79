import Diagnostics
import Foundation

/// A text file of the site, read as UTF-8 with its BOM dropped and CRLF made LF.
public struct SourceFile: Sendable {
    /// Relative to the site folder, e.g. `Content/site.yaml`: what diagnostics print.
    public let path: String
    public let text: String

    /// Reads a file; reports a file that is missing, unreadable, empty or not UTF-8.
    public static func read(_ url: URL, path: String, allowEmpty: Bool = false, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error("cannot read this file", at: SourceLocation(file: path)))
            return nil
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Line ends to LF on the bytes (CR never occurs inside a multi-byte UTF-8 sequence):
        // cheaper than searching the decoded text with Foundation, for every file of a site.
        if bytes.contains(0x0D) { bytes = normalizingLineEnds(bytes) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            diagnostics.append(.error("this file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: path, line: line, column: column)))
            return nil
        }
        if !allowEmpty, isBlank(bytes, text) {
            diagnostics.append(.error("this file is empty: write its content, or restore it from the previous version", at: SourceLocation(file: path)))
            return nil
        }
        // Searched on the bytes first: a search by Character walks grapheme breaks over the whole text.
        if bytes.contains(0), let nul = text.firstIndex(of: "\0") {
            let prefix = text[..<nul]
            let lineStart = prefix.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            diagnostics.append(.error("this file contains a NUL character, which text never holds: save it again as plain UTF-8 text",
                                      at: SourceLocation(file: path, line: prefix.filter { $0 == "\n" }.count + 1,
                                                         column: text.distance(from: lineStart, to: nul) + 1)))
            return nil
        }
        return SourceFile(path: path, text: text)
    }

    /// Whether the text is only white space. Decided on the bytes when the first byte that is not
    /// ASCII white space is ASCII; Foundation's Unicode white space only past that.
    private static func isBlank(_ bytes: [UInt8], _ text: String) -> Bool {
        guard let first = bytes.firstIndex(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }) else { return true }
        if bytes[first] < 0x80 { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// CRLF and lone CR as LF.
    private static func normalizingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    /// Line and column (1-based, in characters) of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return (line, column) }
            if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return (line, column)
    }
}
