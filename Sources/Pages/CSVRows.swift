import Foundation
import Theme

/// CSV rows as bytes: RFC 4180 (a field holding `"`, `,`, CR or LF is quoted, with `"`
/// doubled), CRLF after every row, as spreadsheet programs expect, behind a UTF-8 BOM so they
/// read Chinese text.
///
/// Written here rather than through the CSV package's writer, which searched every field
/// with Foundation (an eighth of a 100-city build); reading CSV stays with the package, and
/// `CSVRowsTests` reads these bytes back with it.
package struct CSVRows {
    /// The file so far. `Data` rather than an array: it grows in place (an array grows by
    /// copying), and it is what the file is written from, so nothing is copied at the end;
    /// the all-cities file is 42 MB at 1,000 cities.
    private(set) var data = Data([0xEF, 0xBB, 0xBF])
    /// The row being written, appended to `data` in one piece.
    private var row: [UInt8] = []

    /// An empty file (its BOM) with room for about `rows` rows.
    package init(capacity rows: Int = 0) { data.reserveCapacity(3 + rows * 144) }

    /// Adds one row; rows are written as they come, never held as fields (the all-cities
    /// file was a quarter of a 300-city build's memory as `[[String]]`).
    package mutating func append(_ fields: [String]) {
        row.removeAll(keepingCapacity: true)
        for (index, field) in fields.enumerated() {
            if index > 0 { row.append(UInt8(ascii: ",")) }
            Self.append(field, to: &row)
        }
        row.append(contentsOf: [0x0D, 0x0A])
        data.append(contentsOf: row)
    }

    /// The bytes so far, leaving none: a file written in pieces hands each on as it fills.
    package mutating func take() -> Data {
        defer { data = Data() }
        return data
    }

    package static func data(_ rows: [[String]]) -> Data {
        var csv = CSVRows(capacity: rows.count)
        for row in rows { csv.append(row) }
        return csv.data
    }

    private static func append(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        // Multi-byte UTF-8 never contains these ASCII bytes, so a byte test is exact.
        guard utf8.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(0x22)
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }
}
