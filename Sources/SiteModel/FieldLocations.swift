import Diagnostics

/// Where each field of one data entry (`indicator`, `value`, `source`, …) was written, for
/// diagnostics, held inline in 32 bytes: a site has one per observation (90,000 at 300
/// cities), and an array of names and positions for each was a tenth of a loaded site.
///
/// Kept for the fields diagnostics point at (`located`); the others fall back to the entry's
/// own place. Each is packed in 32 bits: the field (5 bits), its line after the entry's
/// first line (7 bits) and its column (20 bits); one further away falls back the same way.
public struct FieldLocations: Sendable {
    /// The fields whose place is kept. An observation writes at most six of them, a change six.
    static let located = ["indicator", "year", "value", "source", "from", "to", "relative", "points", "absolute", "period", "quote", "ratio"]

    private var packed: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init() {}

    /// The locations given, of an entry that starts on line `line` (whatever their file: the
    /// entry's own is used when reading them back).
    public init(_ locations: [String: SourceLocation], line: Int) {
        var slot = 0
        for (code, name) in Self.located.enumerated() {
            guard slot < 8, let location = locations[name] else { continue }
            let delta = location.line - line
            guard (0..<128).contains(delta), (0..<(1 << 20)).contains(location.column) else { continue }
            let entry = UInt64(code + 1) << 27 | UInt64(delta) << 20 | UInt64(location.column)
            withUnsafeMutableBytes(of: &packed) { $0.storeBytes(of: UInt32(entry), toByteOffset: slot * 4, as: UInt32.self) }
            slot += 1
        }
    }

    /// Where `field` was written in `file`, for an entry that starts on `line`; nil when it
    /// was not written (or not kept).
    public func location(of field: String, in file: String, line: Int) -> SourceLocation? {
        guard let code = Self.located.firstIndex(of: field) else { return nil }
        return withUnsafeBytes(of: packed) { bytes in
            for slot in 0..<8 {
                let entry = bytes.load(fromByteOffset: slot * 4, as: UInt32.self)
                guard entry != 0 else { return nil }
                if Int(entry >> 27) == code + 1 {
                    return SourceLocation(file: file, line: line + Int(entry >> 20 & 0x7F), column: Int(entry & 0xFFFFF))
                }
            }
            return nil
        }
    }
}
