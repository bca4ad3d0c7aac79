import Foundation
import Pages
import SiteModel

/// A rebuild that loads only the cities its pages to render read. When `Content/` differs from
/// the previous build's only in narratives of cities (the common edit while writing), the
/// site's problems are the ones that build found: loading and validation read a narrative's
/// front matter, never its body, and each page's narrative problems are found again as it is
/// rendered. The pages to render are those showing a changed narrative; the cities their
/// previous render read (`RouteReads.cities`) and those the new text names are loaded, and
/// every other city stands in from its summary (id, name, indicators: what the list of cities
/// shows; its reports' front matter: what report lists show), its folder not read at all.
///
/// Whatever this cannot vouch for falls back to a whole load, said under `--verbose`: files
/// added or removed, any other file changed, a changed front matter or site-wide input, a
/// draft left out, a page to render that is new or read other cities (their data or a
/// narrative's body), a narrative naming a city not loaded. `RebuildEqualsBuildTests`
/// compares the result with a build into an empty folder.
struct PartialLoad {
    /// Cities loaded whole, by id.
    let loaded: Set<String>
    /// Cities that stand in from their summaries, by id.
    let unloaded: [String: City.Summary]
    /// Narrative files whose bytes changed, by site-relative path.
    let changed: Set<String>
    /// The routes whose previous render read only loaded cities, by `Route.file`.
    private let renderable: Set<String>

    /// `Content/`'s files with their digests, in path order (`InputFiles.tree`), as this
    /// load found them (the build's digests take them).
    let content: ContentTree

    /// The partial load for `Content/`'s files as they are now (`InputFiles.tree`) against the
    /// previous build's manifest, or why there is none.
    static func plan(content: ContentTree, manifest: BuildManifest) -> Swift.Result<PartialLoad, Refusal> {
        let files = Dictionary(content.files.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        guard Set(files.keys) == Set(manifest.header.inputs.keys) else { return .failure(Refusal("files were added to or removed from Content/")) }
        var changed = Set<String>()
        var loaded = Set<String>()
        for (path, digest) in files where manifest.header.inputs[path] != digest {
            guard let city = city(ofNarrative: path) else { return .failure(Refusal("'\(path)' changed, which is not a city's narrative")) }
            changed.insert(path)
            loaded.insert(city)
        }
        for entry in manifest.routes where !entry.reads.narratives.isDisjoint(with: changed) { loaded.formUnion(entry.reads.cities) }
        let renderable = manifest.routes.filter { reads($0.reads, onlyOf: loaded) }.map(\.route)
        let unloaded = Dictionary(manifest.cities.filter { !loaded.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return .success(PartialLoad(loaded: loaded, unloaded: unloaded, changed: changed, renderable: Set(renderable), content: content))
    }

    /// Why the content is not loaded in part.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Checks the site loaded in part against the previous build: nil if it stands for the
    /// whole, else why not.
    func check(_ site: Site, digests: InputDigests, manifest: BuildManifest) -> Refusal? {
        guard digests.global == manifest.header.global else { return Refusal("a site-wide input changed") }
        for path in changed.sorted() {
            guard digests.frontMatter[path] == manifest.header.frontMatter[path] else { return Refusal("the front matter of '\(path)' changed") }
            // A draft left out has no page: its body's problems are validation's.
            guard let narrative = site.narratives.first(where: { $0.narrative.path == path && $0.narrative.convertedFrom == nil })?.narrative
            else { return Refusal("'\(path)' is a draft left out") }
            if let city = narrative.namedCities(languages: site.config.languageCodes).first(where: { !loaded.contains($0) }) {
                return Refusal("'\(path)' names the city '\(city)', whose data is not loaded")
            }
        }
        return nil
    }

    /// Whether a route may be rendered from the site loaded in part, by what it read last time
    /// (asked before rendering).
    func mayRender(_ route: String) -> Bool { renderable.contains(route) }

    /// Whether what a route read as it was rendered was all loaded (asked after rendering).
    func read(_ reads: RouteReads) -> Bool { Self.reads(reads, onlyOf: loaded) }

    /// Whether a route's reads are all of loaded cities: their data, and the bodies of their
    /// narratives (a city standing in has its reports' front matter only).
    static func reads(_ reads: RouteReads, onlyOf loaded: Set<String>) -> Bool {
        reads.cities.isSubset(of: loaded) && reads.narratives.allSatisfy { city(ofNarrative: $0).map(loaded.contains) ?? true }
    }

    /// The city whose narrative a path is (`Content/cities/<city>/<report>.<lang>.md`); nil for
    /// any other file (a free page's narrative, a city's data).
    private static func city(ofNarrative path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 4, parts[1] == "cities", path.hasSuffix(".md") else { return nil }
        return String(parts[2])
    }
}
