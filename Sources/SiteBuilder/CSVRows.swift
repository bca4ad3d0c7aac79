import Foundation

/// CSV rows as bytes: RFC 4180 (a field holding `"`, `,`, CR or LF is quoted, with `"`
/// doubled), CRLF after every row, as spreadsheet programs expect, behind a UTF-8 BOM so they
/// read Chinese text.
///
/// Written here rather than through the CSV package's writer, which searched every field
/// with Foundation (an eighth of a 100-city build); reading CSV stays with the package, and
/// `CSVRowsTests` reads these bytes back with it.
struct CSVRows {
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// An empty file (its BOM) with room for about `rows` rows.
    init(capacity rows: Int = 0) { bytes.reserveCapacity(3 + rows * 96) }

    /// Adds one row; rows are written as they come, never held as fields (the all-cities
    /// file was a quarter of a 300-city build's memory as `[[String]]`).
    mutating func append(_ row: [String]) {
        for (index, field) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.append(field, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// The file's bytes.
    var data: Data { Data(bytes) }

    static func data(_ rows: [[String]]) -> Data {
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
