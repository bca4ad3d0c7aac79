#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Foundation
import Pages
import SiteModel
import Theme

/// What a build made and from what: kept beside the output folder (`.<output>.manifest.json`,
/// e.g. `._site.manifest.json`) so that the next build renders only the routes whose inputs
/// changed and takes every other file from the previous output as a hard link. Written only
/// after a successful build has been swapped in; removed before a build starts to replace the
/// output, so a build that dies halfway leaves no manifest to trust.
struct BuildManifest {
    var header: Header
    /// Every city as the list of cities shows it, in site order.
    var cities: [City.Summary]
    var routes: [Entry]

    /// Each route's entry and each city's summary as the manifest this one was read from held
    /// them, with their encoded lines: one written again unchanged (a route taken from the
    /// previous output, a city not edited) is not encoded again.
    private var lines: [String: (value: Entry, line: Data)] = [:]
    private var cityLines: [String: (value: City.Summary, line: Data)] = [:]

    init(header: Header, cities: [City.Summary], routes: [Entry]) {
        (self.header, self.cities, self.routes) = (header, cities, routes)
    }

    /// Everything but the cities and routes: the file's first line.
    struct Header: Codable, Sendable {
        /// `InputDigests.format`: a manifest of another format is not read.
        var format: String
        /// The output folder it describes (absolute).
        var output: String
        /// `InputDigests.global` of the build that wrote it.
        var global: String
        /// The digest of `Public/`'s files, which are copied, not rendered.
        var publicFiles: String
        /// Whether the output has a search index.
        var search: Bool
        /// The stamps of the output's other files (`Public/`'s, the search index): a build that
        /// changes nothing leaves the output as it is only if they are still as written.
        var others: [String: FileStamp]
        /// The problems the build found before rendering (loading, validation, the theme): a
        /// later build whose content differs only in narratives' bodies reports them again
        /// without loading what they were found in (`PartialLoad`).
        var prepared: [Diagnostic]
        /// The digest of every file under `Content/`, by path (`InputDigests.contentFiles`).
        var inputs: [String: String]
        /// Their stamps when read (`InputDigests.contentStamps`), and when the build began
        /// reading them (`ContentTree.readAt`): the next build takes an unchanged file's
        /// digest from here.
        var inputStamps: [String: InputStamp]
        var inputsReadAt: Int64
        /// The digest of each narrative file's front matter (`InputDigests.frontMatter`).
        var frontMatter: [String: String]
    }

    /// The file's first line: the header, and how many lines of cities, then of routes, follow.
    fileprivate struct FirstLine: Codable, Sendable {
        var header: Header
        var cities: Int
        var routes: Int
    }

    /// A line after the header: a city's or a route's.
    fileprivate enum Line {
        case city(City.Summary)
        case route(Entry)
    }

    /// One route as it was rendered.
    struct Entry: Codable, Equatable {
        /// `Route.file`: unique per route.
        var route: String
        /// `InputDigests.digest(of: reads)` when it was rendered.
        var digest: String
        var reads: RouteReads
        /// The files it wrote (its page, and the standalone charts it drew first).
        var files: [String]
        /// Each file's stamp as written (in the order of `files`), nil if it was not found.
        var stamps: [FileStamp?]
        /// The standalone charts it links to that other routes wrote (those it wrote are in `files`).
        var charts: [String]
        /// Its narrative's problems, reported again when the route is not rendered again.
        var diagnostics: [Diagnostic]
    }

    /// A route's entry as the manifest read held it.
    func entry(for route: String) -> Entry? { lines[route]?.value }

    /// Where the manifest of an output folder lives: beside it, hidden.
    static func location(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).manifest.json")
    }

    /// The manifest of an output folder, or why there is none to trust.
    static func load(for output: URL) -> Result<BuildManifest, Unusable> {
        open(for: output).flatMap { $0.decoded() }
    }

    /// A manifest file read and its header decoded: what the next build needs first (the
    /// digests of `Content/`'s files), before the rest is decoded.
    struct Opened: Sendable {
        fileprivate let first: FirstLine
        fileprivate let lines: [Data]

        /// `Content/`'s files as the build that wrote the manifest read them.
        var known: InputFiles.Known {
            let header = first.header
            var files: [String: (digest: String, stamp: InputStamp)] = [:]
            for (path, stamp) in header.inputStamps { if let digest = header.inputs[path] { files[path] = (digest, stamp) } }
            return InputFiles.Known(files: files, readAt: header.inputsReadAt)
        }

        /// The whole manifest: its city and route lines decoded on all cores (a 300-city build
        /// has 300 and 2,149).
        func decoded() -> Result<BuildManifest, Unusable> {
            let (cities, lines) = (first.cities, lines)
            let decoded = concurrentMap(lines.count - 1) { index -> Line? in
                let decoder = JSONDecoder()
                if index < cities { return (try? decoder.decode(City.Summary.self, from: lines[1 + index])).map(Line.city) }
                return (try? decoder.decode(Entry.self, from: lines[1 + index])).map(Line.route)
            }
            var manifest = BuildManifest(header: first.header, cities: [], routes: [])
            for (index, line) in decoded.enumerated() {
                switch (line, index < cities) {
                case (.city(let city)?, true):
                    manifest.cities.append(city)
                    manifest.cityLines[city.id] = (city, lines[1 + index])
                case (.route(let entry)?, false):
                    manifest.routes.append(entry)
                    manifest.lines[entry.route] = (entry, lines[1 + index])
                default:
                    return .failure(.unreadable)
                }
            }
            return .success(manifest)
        }
    }

    /// An output folder's manifest file read and its header decoded, or why there is none to
    /// trust. It is JSON Lines: a header, then one line per city and one per route.
    static func open(for output: URL) -> Result<Opened, Unusable> {
        let url = location(of: output)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.missing) }
        let lines = Self.lines(of: data)
        guard let line = lines.first, let first = try? JSONDecoder().decode(FirstLine.self, from: line) else {
            return .failure(.unreadable)
        }
        guard first.header.format == InputDigests.format else { return .failure(.otherFormat) }
        guard first.header.output == output.path else { return .failure(.otherOutput(first.header.output)) }
        // A manifest cut short at a line's end is as unreadable as one cut mid-line.
        guard lines.count == 1 + first.cities + first.routes else { return .failure(.unreadable) }
        return .success(Opened(first: first, lines: lines))
    }

    /// The non-empty lines of a file, each as its own bytes. Found with `memchr`: splitting
    /// 4 MB as a collection of bytes cost a rebuild 0.1 s of CPU.
    private static func lines(of data: Data) -> [Data] {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [Data] in
            guard let base = buffer.baseAddress else { return [] }
            var lines: [Data] = []
            var start = 0
            while start < buffer.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
                    .map { $0 - UnsafeMutableRawPointer(mutating: base) } ?? buffer.count
                if end > start { lines.append(Data(bytes: base + start, count: end - start)) }
                start = end + 1
            }
            return lines
        }
    }

    /// Why a previous build's output cannot be reused.
    enum Unusable: Error, Equatable, CustomStringConvertible {
        case missing, unreadable, otherFormat, otherOutput(String)

        var description: String {
            switch self {
            case .missing: "no manifest of a previous build"
            case .unreadable: "the previous build's manifest cannot be read"
            case .otherFormat: "the previous build's manifest is of another version"
            case .otherOutput(let path): "the manifest describes another output folder (\(path))"
            }
        }
    }

    /// The manifest as it is written; nil if it cannot be encoded. A city's summary or a
    /// route's entry that is in `previous` unchanged keeps its line from there.
    func encoded(reusing previous: BuildManifest?) -> Data? {
        let encoder = JSONEncoder()
        // A string with an escape takes the decoder's slow path, and every path has slashes.
        encoder.outputFormatting = .withoutEscapingSlashes
        guard var data = try? encoder.encode(FirstLine(header: header, cities: cities.count, routes: routes.count)) else { return nil }
        // One line more; compact JSON has no line break (one inside a string is written \n).
        func append<Value: Encodable & Equatable>(_ value: Value, kept: (value: Value, line: Data)?) -> Bool {
            data.append(UInt8(ascii: "\n"))
            if let kept, kept.value == value {
                data.append(kept.line)
            } else {
                guard let line = try? encoder.encode(value) else { return false }
                data.append(line)
            }
            return true
        }
        for city in cities { guard append(city, kept: previous?.cityLines[city.id]) else { return nil } }
        for entry in routes { guard append(entry, kept: previous?.lines[entry.route]) else { return nil } }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Writes an encoded manifest beside its output, whole or not at all (a build whose
    /// manifest cannot be written is built all the same: the next one is then a full build).
    static func write(_ data: Data, for output: URL) {
        try? data.write(to: location(of: output), options: .atomic)
    }

    /// Removes an output folder's manifest (before the output is replaced).
    static func remove(for output: URL) {
        try? FileManager.default.removeItem(at: location(of: output))
    }
}

/// A file's identity and state when it was written: a previous output's file is reused only
/// if it is still the very file the build wrote (same inode, size and modification time).
/// Kept as one string (`device:inode:size:modified`): a manifest holds one per output file.
struct FileStamp: Codable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.modifiedTime
    }

    /// The stamp of the file at a path (links not followed); nil when there is none.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    /// The stamp written as `device:inode:size:modified`, split at its colons.
    init?(parts: ArraySlice<Substring>) {
        guard parts.count == 4, let device = UInt64(parts[parts.startIndex]), let inode = UInt64(parts[parts.startIndex + 1]),
              let size = Int64(parts[parts.startIndex + 2]), let modified = Int64(parts[parts.startIndex + 3]) else { return nil }
        (self.device, self.inode, self.size, self.modified) = (device, inode, size, modified)
    }

    /// A stamp's text split at its colons, by bytes, not characters: a manifest holds 22,900
    /// stamps at 300 cities.
    static func parts(of text: String) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    var text: String { "\(device):\(inode):\(size):\(modified)" }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let stamp = FileStamp(parts: Self.parts(of: text)[...]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a file stamp: \(text)"))
        }
        self = stamp
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// The stamp of an open file.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}

extension stat {
    #if canImport(Darwin)
    /// The modification time in nanoseconds since 1970.
    var modifiedTime: Int64 { st_mtimespec.nanoseconds }
    /// The change time (of the content, times or links) in nanoseconds since 1970.
    var changeTime: Int64 { st_ctimespec.nanoseconds }
    #else
    /// The modification time in nanoseconds since 1970.
    var modifiedTime: Int64 { st_mtim.nanoseconds }
    /// The change time (of the content, times or links) in nanoseconds since 1970.
    var changeTime: Int64 { st_ctim.nanoseconds }
    #endif
}

extension timespec {
    var nanoseconds: Int64 { Int64(tv_sec) * 1_000_000_000 + Int64(tv_nsec) }
}
