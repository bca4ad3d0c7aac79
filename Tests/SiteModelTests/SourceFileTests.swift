import Diagnostics
import Foundation
import SiteModel
import Testing

/// How a source file's bytes become text: BOM dropped, every line end a line feed, and
/// bytes that are not UTF-8 reported where they are.
@Suite struct SourceFileTests {
    private func read(_ bytes: [UInt8]) throws -> (SourceFile?, [Diagnostic]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("source-file-\(UUID().uuidString).md")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var diagnostics: [Diagnostic] = []
        return (SourceFile.read(url, path: "Content/x.md", into: &diagnostics), diagnostics)
    }

    @Test func lineEndsBecomeLineFeeds() throws {
        let (file, diagnostics) = try read([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n\r\n\r甲\r".utf8))
        #expect(diagnostics.isEmpty)
        #expect(file?.text == "a\nb\nc\n\n\n甲\n")
    }

    @Test func bytesThatAreNotUTF8AreLocated() throws {
        let (file, diagnostics) = try read(Array("ab\r\n甲".utf8) + [0xFF] + Array("c".utf8))
        #expect(file == nil)
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "Content/x.md", line: 2, column: 2)])
    }
}
