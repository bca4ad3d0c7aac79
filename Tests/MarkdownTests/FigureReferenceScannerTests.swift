import PropertyBased
import Testing
@testable import Markdown

/// The scanner walks the string's own indices; it must split exactly as a scan over an array
/// of its Characters does (the first implementation, kept here as the reference).
@Suite struct FigureReferenceScannerTests {
    private static func reference(_ text: String) -> [FigureReferenceScanner.Segment] {
        let characters = Array(text)
        var segments: [FigureReferenceScanner.Segment] = []
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
                if textStart < index { segments.append(.text(String(characters[textStart..<index]), offset: textStart)) }
                segments.append(.reference(String(characters[(index + 2)..<end]), offset: index))
                index = end + 2
                textStart = index
            } else {
                index += 1
            }
        }
        if textStart < characters.count { segments.append(.text(String(characters[textStart...]), offset: textStart)) }
        return segments
    }

    @Test func knownCases() {
        #expect(FigureReferenceScanner.segments(of: "") == [])
        #expect(FigureReferenceScanner.segments(of: "no reference") == [.text("no reference", offset: 0)])
        #expect(FigureReferenceScanner.segments(of: "优良[[air.pm25@2020]]，较") == [
            .text("优良", offset: 0), .reference("air.pm25@2020", offset: 2), .text("，较", offset: 19),
        ])
        // A bracket carrying a combining mark is one Character, and no bracket.
        #expect(FigureReferenceScanner.segments(of: "[\u{301}[a]]") == [.text("[\u{301}[a]]", offset: 0)])
        #expect(FigureReferenceScanner.segments(of: "[[[a]]]") == [.text("[", offset: 0), .reference("a", offset: 1), .text("]", offset: 6)])
        #expect(FigureReferenceScanner.segments(of: "[[]] [[a\nb]] [[é]]") == [.text("[[]] [[a\nb]] ", offset: 0), .reference("é", offset: 13)])
    }

    @Test func matchesTheCharacterArrayScanOnRandomText() async {
        let pieces = ["[", "]", "[[", "]]", "a", "空", "\n", "\r\n", "e\u{301}", "\u{301}", "👍🏽", " ", ".", "@", "[\u{301}", "]\u{301}"]
        await propertyCheck(count: 5_000, input: Gen.element(of: pieces).compactMap { $0 }.array(of: 0...13).map { $0.joined() }) { text in
            #expect(FigureReferenceScanner.segments(of: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
