import Foundation
@testable import Pages
@testable import SiteBuilder
import SiteModel
import Testing
@testable import Theme

/// Files made piece by piece as they are written (the all-cities CSV): the same bytes as
/// made whole, on disk and in memory.
@Suite struct StreamedFileTests {
    @Test func aStreamedFileIsWrittenPieceByPiece() throws {
        let pieces = ["城市,", "value\r\n", "", "dongguan,91.3\r\n"].map { Data($0.utf8) }
        let streamed = OutputFile(path: "data/x.csv", streaming: { emit in for piece in pieces { try emit(piece) } })
        let whole = pieces.reduce(Data(), +)
        #expect(streamed.data == whole)
        #expect(streamed == OutputFile(path: "data/x.csv", data: whole))
        #expect(streamed != OutputFile(path: "data/x.csv", data: whole.dropLast()))

        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("report-site-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let staged = try StagedOutput(output: parent.appendingPathComponent("out"))
        try staged.write(streamed)
        try staged.commit()
        #expect(try Data(contentsOf: parent.appendingPathComponent("out/data/x.csv")) == whole)
    }

    @Test func theAllCitiesFileIsHandedOnACityAtATime() throws {
        let (loaded, _) = SiteLoader(root: Fixture.repository).load()
        let site = try #require(loaded)
        try #require(site.cities.count >= 2)
        let files = DataFiles(site: site, conventions: Dictionary(uniqueKeysWithValues: site.config.languageCodes.map { ($0, ConventionsFiles.builtIn($0)!) }))
        var pieces: [Data] = []
        try files.renderAll(pieceSize: 1).write { pieces.append($0) }
        // One piece per city (each is over a byte), then what is left: nothing.
        #expect(pieces.count == site.cities.count + 1)
        #expect(pieces.last == Data())
        let whole = files.renderAll().data
        #expect(pieces.reduce(Data(), +) == whole)
        let text = String(decoding: whole, as: UTF8.self)
        #expect(text.hasPrefix("\u{FEFF}city,indicator,"))
        // A row per level, then per reported change (the CSV carries both, issue 20).
        #expect(text.components(separatedBy: "\r\n").count - 2 == site.cities.reduce(0) { $0 + $1.observations.count + $1.changes.count })
    }
}
