/// A place in a site's source: a file path (relative to the site folder where possible),
/// and a 1-based line and column. Line and column are 0 when unknown (a whole file or folder).
public struct SourceLocation: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, leaving out what is unknown.
    public var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// The same file, `lines` further down (for positions inside an embedded block).
    public func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: newColumn ?? column)
    }

    /// Whether problems of file `a` are listed before those of file `b`: first
    /// `Content/site.yaml` and `Content/indicators.yaml`, which every other file relies on,
    /// then folder by folder in path order, a folder's data (`city.yaml`, `observations.csv`)
    /// before its narratives (`.md`), which read that data.
    public static func displayOrder(_ a: String, _ b: String) -> Bool {
        func key(_ path: String) -> (rank: Int, folder: Substring, narrative: Bool, name: Substring) {
            let rank = path == "Content/site.yaml" ? 0 : path == "Content/indicators.yaml" ? 1 : 2
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { path[..<$0] } ?? ""
            let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
            return (rank, folder, name.hasSuffix(".md"), name)
        }
        let x = key(a), y = key(b)
        if x.rank != y.rank { return x.rank < y.rank }
        if x.folder != y.folder { return x.folder < y.folder }
        if x.narrative != y.narrative { return !x.narrative }
        return x.name < y.name
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
