import Foundation
import Pages
import SiteModel
import Theme

/// Digests of what routes read, so that a rebuild can tell whether a route's inputs are the
/// ones its previous output was made from (`BuildManifest`). A route's digest combines the
/// site-wide inputs (`global`) with the digest of each thing its `RouteReads` name, taken from
/// the files and the loaded site as they are now.
///
/// Site-wide, and so re-rendering everything when they change: the binary, the options that
/// change output (base URL, drafts, search), `site.yaml`, `indicators.yaml`, every file under
/// `Templates/` (a template or string is not attributed to the routes that use it), and the
/// free pages and their titles (every page's navigation lists them, and a page added is in
/// no page's reads).
struct InputDigests {
    /// The site-wide inputs' digest.
    let global: String
    /// Each city's files but its narratives, and its narratives' names, by city id.
    private let cities: [String: String]
    /// Each narrative file's bytes, by site-relative path.
    private let narratives: [String: String]
    /// Each narrative's front matter (in every language made from the file), by path.
    let frontMatter: [String: String]
    /// Every file under `Content/`: its digest, by site-relative path.
    let contentFiles: [String: String]
    /// Every file under `Content/`: its stamp when it was read, by site-relative path.
    let contentStamps: [String: InputStamp]
    /// When this build began reading `Content/` (`ContentTree.readAt`).
    let contentReadAt: Int64
    /// Every report's place, date and front matter: what report listings show.
    private let reportList: String
    /// Every city's id, name and indicators.
    private let cityList: String
    /// `Public/`: the site's files and the built-in theme's (in the binary). They are copied,
    /// not rendered, so no route reads them.
    let publicFiles: String

    /// Digests the site's inputs: files under `root` and the validated site (drafts left out
    /// as they are for the build).
    /// `content`: `Content/`'s files with their digests, as this build read them.
    init(root: URL, site: Site, options: [String], content: ContentTree) {
        let files = InputFiles(root: root)
        contentFiles = Dictionary(content.files.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        contentStamps = Dictionary(content.files.compactMap { file in file.stamp.map { (file.path, $0) } }, uniquingKeysWith: { first, _ in first })
        contentReadAt = content.readAt
        let content = content.files
        var global = Digest()
        global.add(Self.format)
        global.add(Self.binaryIdentity)
        for option in options { global.add(option) }
        for path in ["Content/site.yaml", "Content/indicators.yaml"] { global.add(path, contentFiles[path] ?? "-") }
        for file in files.tree("Templates") { global.add(file.path, file.digest) }

        var cities: [String: String] = [:]
        var narratives: [String: String] = [:]
        var cityList = Digest()
        var frontMatter: [String: Digest] = [:]
        var reportList = Digest()
        let byCity = Dictionary(grouping: content.filter { $0.path.hasPrefix("Content/cities/") }) { file in
            file.path.split(separator: "/", maxSplits: 3).dropFirst(2).first.map(String.init) ?? ""
        }
        for city in site.cities {
            let folder = "Content/cities/\(city.id)"
            var digest = Digest()
            // In path order, as the tree is; a file directly in the folder, not under a sub-folder of the same name.
            for file in byCity[city.id] ?? [] where file.path.hasPrefix(folder + "/") {
                if file.path.hasSuffix(".md"), !file.path.dropFirst(folder.count + 1).contains("/") {
                    narratives[file.path] = file.digest
                    digest.add(file.path)
                } else {
                    digest.add(file.path, file.digest)
                }
            }
            cities[city.id] = digest.hex
            // Which indicators a city has decides which indicator pages list it (pages that
            // record only the cities reporting an indicator).
            cityList.add(city.id, Self.text(city.name), city.indicatorIDs.sorted().joined(separator: ","))
            for report in city.reports {
                reportList.add(city.id, report.id, report.date)
                for (language, narrative) in report.narratives.sorted(by: { $0.key < $1.key }) {
                    let described = String(describing: narrative.frontMatter)
                    reportList.add(language, narrative.path, described)
                    frontMatter[narrative.path, default: Digest()].add(language, described)
                }
            }
        }
        // The free pages and their titles are site-wide: every page's navigation lists them,
        // and a page added is in no route's reads.
        var freePages = Digest()
        for page in site.pages {
            for (language, narrative) in page.narratives.sorted(by: { $0.key < $1.key }) {
                let described = String(describing: narrative.frontMatter)
                freePages.add(page.slug, language, narrative.path, described)
                frontMatter[narrative.path, default: Digest()].add(language, described)
                narratives[narrative.path] = contentFiles[narrative.path] ?? "-"
            }
        }
        global.add(freePages.hex)
        self.global = global.hex
        self.cities = cities
        self.narratives = narratives
        self.frontMatter = frontMatter.mapValues(\.hex)
        self.reportList = reportList.hex
        self.cityList = cityList.hex
        var publicFiles = Digest()
        publicFiles.add(Self.binaryIdentity)
        for file in files.tree("Public") { publicFiles.add(file.path, file.digest) }
        self.publicFiles = publicFiles.hex
    }

    /// Raised when what a cache holds or how inputs are digested changes meaning.
    static let format = "report-site build manifest 6"

    /// The running binary, by its file's identity (device, inode, size, modification time):
    /// another binary may render differently, so its output is not reused.
    static let binaryIdentity: String = {
        let given = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let path = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        guard let stamp = FileStamp(path: path) else { return "unknown binary" }
        return "\(path) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified)"
    }()

    /// The digest of everything a route read, site-wide inputs included.
    func digest(of reads: RouteReads) -> String {
        var digest = Digest()
        digest.add(global)
        for path in reads.narratives.sorted() { digest.add("narrative", path, narratives[path] ?? "-") }
        for path in reads.listedNarratives.sorted() { digest.add("listed", path, frontMatter[path] ?? "-") }
        for id in reads.cities.sorted() { digest.add("city", id, cities[id] ?? "-") }
        if reads.cityList { digest.add("cities", cityList) }
        if reads.reportList { digest.add("reports", reportList) }
        return digest.hex
    }

    /// A localized text in a fixed order of languages.
    private static func text(_ text: LocalizedText) -> String {
        text.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{1}")
    }
}

/// A digest over a sequence of fields, each ended by a separator no field holds, so that
/// ("ab", "c") and ("a", "bc") differ.
struct Digest {
    private var hash = ContentHash()

    mutating func add(_ fields: String...) {
        for field in fields {
            var field = field
            field.withUTF8 { hash.add($0) }
            hash.add(0)
        }
    }

    var hex: String { hash.hex }
}

/// `Content/`'s files as a build read them, and when it began.
struct ContentTree: Sendable {
    var files: [InputFile]
    /// Nanoseconds since 1970, taken before the first file was looked at.
    var readAt: Int64

    /// Reads and digests `Content/` under a site folder on all cores (24 MB at 300 cities),
    /// taking from `known` the digests of files unchanged since a previous build read them.
    static func read(root: URL, known: InputFiles.Known?) -> ContentTree {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return ContentTree(files: InputFiles(root: root).tree("Content", known: known), readAt: now.nanoseconds)
    }
}

/// A file under a site folder as a build read it: its digest, and its stamp then.
struct InputFile: Sendable {
    /// Site-relative, e.g. `Content/cities/dongguan/city.yaml`.
    var path: String
    var digest: String
    /// Nil when the file could not be read.
    var stamp: InputStamp?
}

/// A file's identity and last change as `stat` gives them (device, inode, size, modification
/// and change times): a later build takes a file's digest from the previous one's instead of
/// reading it again while its stamp is unchanged (`InputFiles.Known`). Kept as one string
/// (`device:inode:size:modified:changed`).
struct InputStamp: Codable, Equatable, Sendable {
    var file: FileStamp
    /// When the file last changed in any way (its content, times or links), in nanoseconds
    /// since 1970: a program can set a file's modification time back, not this.
    var changed: Int64

    init(_ info: stat) {
        file = FileStamp(info)
        changed = info.changeTime
    }

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = FileStamp.parts(of: text)
        guard parts.count == 5, let file = FileStamp(parts: parts.prefix(4)), let changed = Int64(parts[4]) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an input stamp: \(text)"))
        }
        (self.file, self.changed) = (file, changed)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode("\(file.text):\(changed)")
    }
}

/// Files under a site folder, digested by content.
struct InputFiles {
    let root: URL

    /// Digests a previous build found, and when it began reading them.
    struct Known: Sendable {
        /// Each file's digest and stamp as the previous build read it, by site-relative path.
        var files: [String: (digest: String, stamp: InputStamp)]
        /// When the previous build began reading them (nanoseconds since 1970).
        var readAt: Int64

        /// How long before `readAt` a file must have last changed for its digest to be taken
        /// from `files`. A file changed again later has a later change time, unless the second
        /// change falls within the same tick of the file system's clock as the first (a few
        /// milliseconds; a second on some): a file changed that close to the reading is read
        /// again, as git treats a "racily clean" file.
        static let margin: Int64 = 2_000_000_000

        /// The digest of a file whose stamp is the one it had when the previous build read it,
        /// and had been long before.
        func digest(of path: String, stamp: InputStamp) -> String? {
            guard let known = files[path], known.stamp == stamp, stamp.changed < readAt - Self.margin else { return nil }
            return known.digest
        }
    }

    /// The digest of one file's bytes; "-" when it cannot be read.
    func digest(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return "-" }
        var hash = ContentHash()
        data.withUnsafeBytes { hash.add($0) }
        return hash.hex
    }

    /// Every file under a folder (hidden ones too: a cache must not guess what matters), with
    /// its digest, in path order; empty when there is no such folder.
    /// `known`: digests a previous build found, taken for files unchanged since (not read).
    func tree(_ folder: String, known: Known? = nil) -> [InputFile] {
        let base = root.appendingPathComponent(folder)
        guard let paths = FileManager.default.subpaths(atPath: base.path) else { return [] }
        let files = paths.sorted().map { folder + "/" + $0 }
        // Read and digested on all cores; a folder (or what cannot be read as a file) is left out.
        let found = concurrentMap(files.count) { index -> InputFile? in
            let path = files[index]
            var info = stat()
            // Through links, as the file is read.
            guard stat(root.appendingPathComponent(path).path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
            let stamp = InputStamp(info)
            return InputFile(path: path, digest: known?.digest(of: path, stamp: stamp) ?? digest(of: path), stamp: stamp)
        }
        return found.compactMap { $0 }
    }
}
