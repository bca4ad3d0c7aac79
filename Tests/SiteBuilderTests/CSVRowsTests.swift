import CSV
import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// The data downloads' CSV: exact bytes, and read back to the same fields by the CSV package.
@Suite struct CSVRowsTests {
    static let rows = [
        ["indicator", "name", "note"],
        ["air.pm25", "PM2.5年均浓度", ""],
        ["a,b", "say \"90%\"", "line one\r\nline two"],
        ["lf\nonly", "cr\ronly", "\"", ",", "é"],
    ]

    @Test func quotesOnlyWhatNeedsQuoting() {
        let text = String(decoding: CSVRows.data(Self.rows), as: UTF8.self)
        #expect(text == "\u{FEFF}indicator,name,note\r\nair.pm25,PM2.5年均浓度,\r\n"
            + "\"a,b\",\"say \"\"90%\"\"\",\"line one\r\nline two\"\r\n"
            + "\"lf\nonly\",\"cr\ronly\",\"\"\"\",\",\",é\r\n")
    }

    @Test func theCSVPackageReadsTheSameFields() throws {
        let text = String(decoding: CSVRows.data(Self.rows).dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: text)
        var read: [[String]] = []
        while let row = reader.next() { read.append(row) }
        #expect(read == Self.rows)
    }
}
