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
    /// Every report's place, date and front matter: what report listings show.
    private let reportList: String
    /// Every city's id, name and indicators.
    private let cityList: String
    /// `Public/`: the site's files and the built-in theme's (in the binary). They are copied,
    /// not rendered, so no route reads them.
    let publicFiles: String

    /// Digests the site's inputs: files under `root` and the validated site (drafts left out
    /// as they are for the build).
    /// `content`: `Content/`'s files with their digests, in path order, when already read.
    init(root: URL, site: Site, options: [String], content: [(path: String, digest: String)]? = nil) {
        let files = InputFiles(root: root)
        // Every file under Content/, read and digested on all cores: 24 MB at 300 cities.
        let content = content ?? files.tree("Content")
        contentFiles = Dictionary(content.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        var global = Digest()
        global.add(Self.format)
        global.add(Self.binaryIdentity)
        for option in options { global.add(option) }
        for path in ["Content/site.yaml", "Content/indicators.yaml"] { global.add(path, contentFiles[path] ?? "-") }
        for (path, digest) in files.tree("Templates") { global.add(path, digest) }

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
            for (path, fileDigest) in byCity[city.id] ?? [] where path.hasPrefix(folder + "/") {
                if path.hasSuffix(".md"), !path.dropFirst(folder.count + 1).contains("/") {
                    narratives[path] = fileDigest
                    digest.add(path)
                } else {
                    digest.add(path, fileDigest)
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
        for (path, digest) in files.tree("Public") { publicFiles.add(path, digest) }
        self.publicFiles = publicFiles.hex
    }

    /// Raised when what a cache holds or how inputs are digested changes meaning.
    static let format = "report-site build manifest 4"

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

/// Files under a site folder, digested by content.
struct InputFiles {
    let root: URL

    /// The digest of one file's bytes; "-" when it cannot be read.
    func digest(of path: String) -> String {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return "-" }
        var hash = ContentHash()
        data.withUnsafeBytes { hash.add($0) }
        return hash.hex
    }

    /// Every file under a folder (hidden ones too: a cache must not guess what matters), with
    /// its digest, in path order; empty when there is no such folder.
    func tree(_ folder: String) -> [(path: String, digest: String)] {
        let base = root.appendingPathComponent(folder)
        guard let paths = FileManager.default.subpaths(atPath: base.path) else { return [] }
        let files = paths.sorted().map { folder + "/" + $0 }
        // Read and digested on all cores; a folder (or what cannot be read as a file) is left out.
        let digests = concurrentMap(files.count) { index -> String? in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(files[index]).path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { return nil }
            return digest(of: files[index])
        }
        return zip(files, digests).compactMap { path, digest in digest.map { (path, $0) } }
    }
}
