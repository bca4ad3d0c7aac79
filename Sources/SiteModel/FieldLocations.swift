import Diagnostics

/// Where each field of one data entry (`indicator`, `year`, `value`, …) was written, for
/// diagnostics. The fields share the entry's file, so only lines and columns are kept: a
/// dictionary of full locations on every observation was a sixth of a loaded site's memory.
public struct FieldLocations: Sendable {
    private struct Entry: Sendable {
        let name: String
        let line: Int32
        let column: Int32
    }

    private var entries: [Entry] = []

    public init() {}

    /// The locations given, whatever their file (the entry's own is used when reading them back).
    public init(_ locations: [String: SourceLocation]) {
        entries = locations.sorted { $0.key < $1.key }.map {
            Entry(name: $0.key, line: Int32(clamping: $0.value.line), column: Int32(clamping: $0.value.column))
        }
    }

    /// Where `field` was written in `file`, or nil when it was not written.
    public func location(of field: String, in file: String) -> SourceLocation? {
        guard let entry = entries.first(where: { $0.name == field }) else { return nil }
        return SourceLocation(file: file, line: Int(entry.line), column: Int(entry.column))
    }
}
