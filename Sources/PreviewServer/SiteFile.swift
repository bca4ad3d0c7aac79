import Foundation
import Hummingbird

/// One file of the rendered site as the preview holds it: its bytes ready to send, a hash of
/// them for ETags and change detection, and for HTML where the live-reload script goes.
struct SiteFile: Sendable {
    var bytes: ByteBuffer
    var hash: UInt64
    /// Byte offset of the last `</body>` in an HTML page (where the preview's script goes).
    var bodyEnd: Int?

    init(path: String, data: Data) {
        bytes = ByteBuffer(bytes: data)
        hash = ContentHash.of(data)
        bodyEnd = ContentType.isHTML(path) ? data.range(of: Data("</body>".utf8), options: .backwards)?.lowerBound : nil
    }
}

/// A 64-bit content hash (FNV-1a over the bytes, then mixed) — stable across runs, so a
/// browser's cached ETag stays valid when the preview restarts on unchanged content.
enum ContentHash {
    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in raw {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    static func of(_ text: String) -> UInt64 { of(Data(text.utf8)) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
