import Foundation

/// CSV rows as bytes: RFC 4180 (a field holding `"`, `,`, CR or LF is quoted, with `"`
/// doubled), CRLF after every row, as spreadsheet programs expect, behind a UTF-8 BOM so they
/// read Chinese text.
///
/// Written here rather than through the CSV package's writer, which searched every field
/// with Foundation (an eighth of a 100-city build); reading CSV stays with the package, and
/// `CSVRowsTests` reads these bytes back with it.
enum CSVRows {
    static func data(_ rows: [[String]]) -> Data {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(rows.count * 96)
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(field, to: &bytes)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(bytes)
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
