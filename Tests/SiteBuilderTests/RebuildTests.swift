import Diagnostics
import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// A build over a previous build's output renders only the routes whose inputs changed and
/// takes the rest as hard links: the output must be byte for byte what a build into an empty
/// folder writes, whatever was edited, and whatever happened to the cache.
@Suite struct RebuildTests {
    /// Builds the fixture into `_site`, reusing what the previous build there left.
    @discardableResult
    private func rebuild(_ fixture: Fixture, strict: Bool = false) async -> SiteBuild.Result {
        var build = SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent("_site"), strict: strict)
        build.jobs = 2
        return await build.run()
    }

    /// Every file a build into an empty folder writes now.
    private func fresh(_ fixture: Fixture) async -> [String: Data] {
        let folder = "_fresh-\(UUID().uuidString)"
        var build = SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent(folder))
        build.reusesPreviousOutput = false
        let result = await build.run()
        #expect(result.summary != nil, "\(result.diagnostics)")
        defer { try? FileManager.default.removeItem(at: fixture.root.appendingPathComponent(folder)) }
        return fixture.snapshot(folder)
    }

    private func expectSameAsFresh(_ fixture: Fixture, after edit: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async {
        let built = fixture.snapshot("_site")
        let expected = await fresh(fixture)
        let missing = Set(expected.keys).subtracting(built.keys).sorted(), extra = Set(built.keys).subtracting(expected.keys).sorted()
        #expect(missing.isEmpty && extra.isEmpty, "after \(edit): missing \(missing.prefix(5)), extra \(extra.prefix(5))", sourceLocation: sourceLocation)
        let differing = expected.keys.filter { built[$0] != nil && built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "after \(edit): \(differing.prefix(5)) differ from a fresh build", sourceLocation: sourceLocation)
    }

    private func inode(_ fixture: Fixture, _ path: String) -> UInt64? {
        FileStamp(path: fixture.root.appendingPathComponent("_site/" + path).path)?.inode
    }

    private func replace(_ fixture: Fixture, _ path: String, _ old: String, _ new: String) throws {
        let text = try fixture.read(path)
        #expect(text.contains(old), "\(path) does not contain \(old)")
        try fixture.write(path, text.replacingOccurrences(of: old, with: new))
    }

    @Test func aRebuildWithNothingChangedLeavesTheOutputAsItIs() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let first = await rebuild(fixture)
        #expect(first.summary != nil, "\(first.diagnostics)")
        #expect(first.plan.first?.hasPrefix("full build: no manifest") == true, "\(first.plan)")
        let before = inode(fixture, "zh/index.html")
        let second = await rebuild(fixture)
        #expect(second.plan.contains("nothing changed: the output is up to date"), "\(second.plan)")
        #expect(second.summary == first.summary)
        #expect(second.diagnostics == first.diagnostics)
        #expect(inode(fixture, "zh/index.html") == before)
        await expectSameAsFresh(fixture, after: "no change")
    }

    @Test func anEditedNarrativeRendersItsPageAndLinksTheRest() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let untouched = inode(fixture, "zh/cities/beta/index.html")
        let edited = inode(fixture, "zh/cities/alpha/plan/index.html")
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 空气质量")
        let result = await rebuild(fixture)
        #expect(result.summary != nil)
        #expect(result.plan.first?.hasPrefix("1 of ") == true, "\(result.plan)")
        #expect(inode(fixture, "zh/cities/beta/index.html") == untouched)
        #expect(inode(fixture, "zh/cities/alpha/plan/index.html") != edited)
        #expect(try fixture.read("_site/zh/cities/alpha/plan/index.html").contains("空气质量</h2>"))
        await expectSameAsFresh(fixture, after: "a narrative's body")
    }

    /// Each kind of input, edited one after another over the same output, each rebuild
    /// compared with a build into an empty folder.
    @Test func everyKindOfEditGivesWhatAFreshBuildGives() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let edits: [(String, () throws -> Void)] = [
            ("a narrative's title", { try self.replace(fixture, "Content/cities/alpha/plan.en.md", "title: Alpha's five years", "title: Alpha's five good years") }),
            ("a city's value", { try self.replace(fixture, "Content/cities/alpha/city.yaml", "value: 373万", "value: 375万") }),
            ("another city's value a report quotes", {
                try self.replace(fixture, "Content/cities/beta/city.yaml", "value: 77", "value: 78")
                try self.replace(fixture, "Content/cities/beta/city.yaml", "relative: 149.35", "relative: 146.15")
            }),
            ("observations.csv", { try self.replace(fixture, "Content/cities/alpha/observations.csv", "air.pm25,2020,24", "air.pm25,2020,25") }),
            ("a city's name", { try self.replace(fixture, "Content/cities/beta/city.yaml", "en: Beta }", "en: Beta City }") }),
            ("a free page", { try self.replace(fixture, "Content/pages/about.en.md", "two cities", "two cities, and more") }),
            ("a free page's title", { try self.replace(fixture, "Content/pages/about.en.md", "title: About", "title: About us") }),
            ("indicators.yaml", { try self.replace(fixture, "Content/indicators.yaml", "en: Administrative penalty cases", "en: Penalty cases") }),
            ("site.yaml", { try self.replace(fixture, "Content/site.yaml", "en: City Environment Disclosure", "en: City Environment Data") }),
            ("a template", {
                let footer = try String(contentsOf: Fixture.repository.appendingPathComponent("Templates/footer.mustache"), encoding: .utf8)
                try fixture.write("Templates/footer.mustache", footer + "<!-- edited -->\n")
            }),
            ("interface strings", { try fixture.write("Templates/strings/en.yaml", "reports: Reports and plans\n") }),
            ("a Public file", { try fixture.write("Public/extra.txt", "hello\n") }),
            ("a new report", { try fixture.write("Content/cities/beta/review.en.md", "---\ntitle: Beta's review\ndate: 2022-02-01\n---\nA short review.\n") }),
            ("a removed report", { try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("Content/cities/alpha/notes.zh.md")) }),
            ("a new city", { try fixture.write("Content/cities/gamma/city.yaml", "name: { zh: 丙市, en: Gamma }\nsources:\n  - { id: g, title: { zh: 丙市公报, en: Gamma bulletin }, url: https://example.org/gamma }\nobservations:\n  - { indicator: air.pm25, year: 2020, value: 30 }\n") }),
            ("a removed city", { try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("Content/cities/gamma")) }),
        ]
        for (name, edit) in edits {
            try edit()
            let result = await rebuild(fixture)
            #expect(result.summary != nil, "after \(name): \(result.diagnostics.filter { $0.severity == .error })")
            if result.summary == nil { return }
            await expectSameAsFresh(fixture, after: name)
        }
    }

    @Test func aBrokenManifestOrChangedOutputIsNotTrusted() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let manifest = BuildManifest.location(of: fixture.root.appendingPathComponent("_site"))

        let output = fixture.root.appendingPathComponent("_site")

        // Truncated: a full build.
        #expect(try RebuildCheck.damage(0, output: output) == "manifest truncated")
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 大气")
        var result = await rebuild(fixture)
        #expect(result.plan.first == "full build: the previous build's manifest cannot be read", "\(result.plan)")
        await expectSameAsFresh(fixture, after: "a truncated manifest")

        // A page of the output changed in place (same inode): that route is rendered again.
        #expect(try RebuildCheck.damage(1, output: output) == "en/index.html changed in place")
        result = await rebuild(fixture)
        #expect(result.plan.contains { $0.contains("1 whose previous files were changed or removed") }, "\(result.plan)")
        await expectSameAsFresh(fixture, after: "a page changed in the output")

        // A page removed from the output.
        #expect(try RebuildCheck.damage(2, output: output) == "zh/index.html removed")
        result = await rebuild(fixture)
        #expect(result.summary != nil)
        await expectSameAsFresh(fixture, after: "a page removed from the output")

        // A manifest of another output folder.
        try FileManager.default.copyItem(at: fixture.root.appendingPathComponent("_site"), to: fixture.root.appendingPathComponent("_copy"))
        try FileManager.default.copyItem(at: manifest, to: BuildManifest.location(of: fixture.root.appendingPathComponent("_copy")))
        var other = SiteBuild(root: fixture.root, output: fixture.root.appendingPathComponent("_copy"))
        other.jobs = 1
        result = await other.run()
        #expect(result.plan.first?.hasPrefix("full build: the manifest describes another output folder") == true, "\(result.plan)")
    }

    /// A build that fails writes nothing: the output and its manifest stay, and the next good
    /// build still reuses them.
    @Test func aFailedBuildKeepsTheOutputAndItsManifest() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let manifest = BuildManifest.location(of: fixture.root.appendingPathComponent("_site"))
        let before = try Data(contentsOf: manifest)
        let path = "Content/cities/alpha/plan.zh.md"
        let text = try fixture.read(path)
        try fixture.write(path, text + "\n[[air.nonexistent@2020]]\n")
        let failed = await rebuild(fixture)
        #expect(failed.summary == nil)
        #expect(try Data(contentsOf: manifest) == before)
        try fixture.write(path, text)
        let result = await rebuild(fixture)
        #expect(result.plan.contains("nothing changed: the output is up to date"), "\(result.plan)")
    }

    /// A narrative's warning is reported by every build, rendered or not, and fails a strict
    /// build that reuses the page.
    @Test func aReusedPagesWarningsAreReportedAgain() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let path = "Content/cities/beta/review.en.md"
        try fixture.write(path, "---\ntitle: Review\ndate: 2022-02-01\n---\n# A second title\n\nText.\n")
        let first = await rebuild(fixture)
        let warnings = first.diagnostics.filter { $0.location.file == path }
        #expect(!warnings.isEmpty, "\(first.diagnostics)")
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 大气")
        let second = await rebuild(fixture)
        #expect(second.diagnostics.filter { $0.location.file == path } == warnings)
        let strict = await rebuild(fixture, strict: true)
        #expect(strict.summary == nil)
    }

    /// The output a rebuild replaces is kept beside it (`._site.previous`) exactly as it was,
    /// and is the next build's staging folder: the next build's new pages are new files, never
    /// written into the kept ones (which share their inodes with the live output's).
    @Test func theReplacedOutputIsKeptAsItWasAndTakenForTheNextBuild() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        #expect(!fixture.exists("._site.previous"), "a first build has no output to keep")
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 空气质量")
        await rebuild(fixture)
        let second = fixture.snapshot("_site")
        // A page the second build took from the first: the kept output's file is the live one.
        try replace(fixture, "Content/cities/alpha/plan.en.md", "## Air", "## Air quality")
        let third = await rebuild(fixture)
        #expect(third.summary != nil, "\(third.diagnostics)")
        let kept = fixture.snapshot("._site.previous")
        #expect(Set(kept.keys) == Set(second.keys))
        #expect(second.keys.filter { kept[$0] != second[$0] }.sorted() == [], "the kept output changed")
        #expect(try fixture.read("._site.previous/en/cities/alpha/plan/index.html").contains("Air</h2>"))
        #expect(try fixture.read("_site/en/cities/alpha/plan/index.html").contains("Air quality</h2>"))
        // An unchanged page is one file in both: the kept output costs only what changed.
        let shared = FileStamp(path: fixture.root.appendingPathComponent("._site.previous/zh/cities/beta/index.html").path)
        #expect(shared != nil && shared?.inode == inode(fixture, "zh/cities/beta/index.html"))
        await expectSameAsFresh(fixture, after: "two narrative edits")
    }

    /// A template edit renders every route again, but a file that comes out as the previous
    /// build wrote it is taken from it, not written: charts and the pages the template does not
    /// draw keep their files, and the next rebuild finds them in the kept output.
    @Test func aFileRenderedTheSameKeepsThePreviousFile() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let before = fixture.snapshot("_site")
        let charts = before.keys.filter { $0.contains("/charts/") && $0.hasSuffix(".svg") }.sorted()
        let (chart, copied) = (try #require(charts.first), try #require(charts.last))
        let (page, report) = ("zh/cities/beta/index.html", "zh/cities/alpha/plan/index.html")
        let inodes = [chart, page, report].map { inode(fixture, $0) }
        // A file put in the output by hand, though with the same bytes, is not the build's: not
        // taken. (Made beside it and renamed over it: a file made after the original is removed
        // may get its inode number, and its time within the same clock tick.)
        let original = inode(fixture, copied)
        try before[copied]!.write(to: fixture.root.appendingPathComponent("copy.svg"))
        #expect(rename(fixture.root.appendingPathComponent("copy.svg").path, fixture.root.appendingPathComponent("_site/" + copied).path) == 0)
        let copy = inode(fixture, copied)
        #expect(copy != nil && copy != original)
        let template = String(decoding: try #require(BuiltInTheme.files["Templates/city.mustache"]), as: UTF8.self)
        try fixture.write("Templates/city.mustache", template.replacingOccurrences(of: "<h1>{{cityName}}</h1>", with: "<h1 class=\"city\">{{cityName}}</h1>"))
        let result = await rebuild(fixture)
        #expect(result.summary != nil, "\(result.diagnostics)")
        #expect(result.plan.first?.hasPrefix("full build: a site-wide input changed") == true, "\(result.plan)")
        #expect(try fixture.read("_site/" + page).contains("<h1 class=\"city\">"))
        #expect(inode(fixture, page) != inodes[1], "a page that changed is written anew")
        #expect(inode(fixture, chart) == inodes[0] && inode(fixture, report) == inodes[2], "a file rendered the same is the previous one")
        #expect(inode(fixture, copied) != copy)
        await expectSameAsFresh(fixture, after: "a template edit")
        // The next rebuild's staging (the kept output) holds those files already.
        try replace(fixture, "Content/cities/alpha/plan.en.md", "## Air", "## Air quality")
        await rebuild(fixture)
        #expect(inode(fixture, chart) == inodes[0])
        await expectSameAsFresh(fixture, after: "a template edit, then a narrative's")
    }

    /// Nothing in the kept output is trusted: a file replaced in it, a file it should not hold,
    /// a folder where a page goes and a link to a folder elsewhere neither reach the site nor
    /// touch anything outside it.
    @Test func whatTheKeptOutputHoldsNeverReachesTheSite() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 空气质量")
        await rebuild(fixture)
        let kept = fixture.root.appendingPathComponent("._site.previous")
        let fileManager = FileManager.default
        try fileManager.removeItem(at: kept.appendingPathComponent("zh/index.html"))
        try fixture.write("._site.previous/zh/index.html", "replaced")
        try fixture.write("._site.previous/zh/stale/index.html", "stale")
        try fixture.write("._site.previous/zh/stale.html", "stale")
        try fileManager.removeItem(at: kept.appendingPathComponent("zh/cities/beta/index.html"))
        try fixture.write("._site.previous/zh/cities/beta/index.html/inner.html", "a folder where a page goes")
        try fixture.write("elsewhere/keep.txt", "not the site's")
        try fileManager.removeItem(at: kept.appendingPathComponent("en"))
        try fileManager.createSymbolicLink(at: kept.appendingPathComponent("en"), withDestinationURL: fixture.root.appendingPathComponent("elsewhere"))
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气质量", "## 大气")
        let result = await rebuild(fixture)
        #expect(result.summary != nil, "\(result.diagnostics)")
        #expect(try fixture.read("elsewhere/keep.txt") == "not the site's")
        #expect(!fixture.exists("_site/zh/stale/index.html") && !fixture.exists("_site/zh/stale.html"))
        await expectSameAsFresh(fixture, after: "a tampered kept output")
    }

    /// An edit of narratives' bodies only loads the cities the changed pages read: the others
    /// stand in from the manifest, the site's problems are the previous build's (a warning in
    /// another narrative is still reported), and the output is a fresh build's.
    @Test func aNarrativeBodyEditLoadsOnlyTheCitiesItsPageReads() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let warned = "Content/cities/beta/review.en.md"
        try fixture.write(warned, "---\ntitle: Review\ndate: 2022-02-01\n---\n# A second title\n\nText.\n")
        let first = await rebuild(fixture)
        #expect(first.summary != nil, "\(first.diagnostics)")
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 空气质量")
        let result = await rebuild(fixture)
        #expect(result.plan.contains("loaded in part: 1 of 2 cities; only narratives' bodies changed (1), so the site's problems are the previous build's"),
                "\(result.plan)")
        #expect(result.diagnostics == first.diagnostics)
        #expect(result.diagnostics.contains { $0.location.file == warned })
        await expectSameAsFresh(fixture, after: "a narrative's body, loaded in part")

        // Nothing changed at all: no city is loaded.
        let again = await rebuild(fixture)
        #expect(again.plan.contains("nothing changed: the output is up to date"), "\(again.plan)")
        #expect(again.plan.contains { $0.hasPrefix("loaded in part: 0 of 2 cities") }, "\(again.plan)")
        #expect(again.diagnostics == first.diagnostics)
    }

    /// A city standing in has its reports' front matter, not their bodies: a page that showed
    /// one's body is not rendered from a site loaded in part, as one that read its data is not.
    @Test func aPageShowingANarrativeOfACityNotLoadedIsNotRenderedInPart() {
        var reads = RouteReads()
        reads.cities = ["alpha"]
        reads.narratives = ["Content/cities/alpha/plan.en.md", "Content/pages/about.en.md"]
        reads.listedNarratives = ["Content/cities/beta/review.en.md"]
        #expect(PartialLoad.reads(reads, onlyOf: ["alpha"]))
        reads.narratives.insert("Content/cities/beta/review.en.md")
        #expect(!PartialLoad.reads(reads, onlyOf: ["alpha"]))
        #expect(PartialLoad.reads(reads, onlyOf: ["alpha", "beta"]))
        reads.cities.insert("gamma")
        #expect(!PartialLoad.reads(reads, onlyOf: ["alpha", "beta"]))
    }

    /// What loading in part cannot vouch for loads the whole site, and says why.
    @Test func whatALoadInPartCannotVouchForLoadsTheWholeSite() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let cases: [(String, String, () throws -> Void)] = [
            ("a city's data", "whole load: 'Content/cities/beta/city.yaml' changed, which is not a city's narrative", {
                try self.replace(fixture, "Content/cities/beta/city.yaml", "value: 77", "value: 78")
                try self.replace(fixture, "Content/cities/beta/city.yaml", "relative: 149.35", "relative: 146.15")
            }),
            ("a city the text newly names", "whole load: 'Content/cities/alpha/plan.zh.md' names the city 'beta', whose data is not loaded", {
                try self.replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "乙市为[[beta:air.good_days_ratio@2021]]。\n\n## 空气")
            }),
            ("a narrative's title", "whole load: the front matter of 'Content/cities/alpha/plan.en.md' changed", {
                try self.replace(fixture, "Content/cities/alpha/plan.en.md", "title: Alpha's five years", "title: Alpha's five good years")
            }),
            ("a new report", "whole load: files were added to or removed from Content/", {
                try fixture.write("Content/cities/beta/review.en.md", "---\ntitle: Beta's review\ndate: 2022-02-01\n---\nA short review.\n")
            }),
        ]
        for (name, why, edit) in cases {
            try edit()
            let result = await rebuild(fixture)
            #expect(result.summary != nil, "after \(name): \(result.diagnostics)")
            #expect(result.plan.last == why, "after \(name): \(result.plan)")
            await expectSameAsFresh(fixture, after: name)
        }
    }

    /// A file's digest is taken from the previous build only while its stamp is the one it had
    /// then, and only if it had last changed well before that build read it (a change within the
    /// same tick of the file system's clock keeps the times).
    @Test func aDigestIsTakenOnlyForAFileUnchangedSinceLongBeforeItWasRead() {
        var info = stat()
        info.st_dev = 1
        info.st_ino = 2
        info.st_size = 3
        info.st_mtim = timespec(tv_sec: 100, tv_nsec: 0)
        info.st_ctim = timespec(tv_sec: 100, tv_nsec: 0)
        let stamp = InputStamp(info)
        let known = InputFiles.Known(files: ["Content/a.md": ("digest", stamp)], readAt: 110_000_000_000)
        #expect(known.digest(of: "Content/a.md", stamp: stamp) == "digest")
        #expect(known.digest(of: "Content/b.md", stamp: stamp) == nil)
        var touched = stamp
        touched.changed += 1
        #expect(known.digest(of: "Content/a.md", stamp: touched) == nil, "a change time moved is a file changed, whatever its modification time")
        let racy = InputFiles.Known(files: known.files, readAt: 101_000_000_000)
        #expect(racy.digest(of: "Content/a.md", stamp: stamp) == nil, "changed a second before it was read: read again")
    }

    /// An edit that keeps the file's size and sets its modification time back is seen: the
    /// change time moved. (The manifest says the previous build read the files a minute later
    /// than it did, so that every file's digest would otherwise be taken from it.)
    @Test func anEditWithItsModificationTimeSetBackIsSeen() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let manifest = BuildManifest.location(of: fixture.root.appendingPathComponent("_site"))
        var lines = try Data(contentsOf: manifest).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var first = try #require(JSONSerialization.jsonObject(with: lines[0]) as? [String: Any])
        var header = try #require(first["header"] as? [String: Any])
        header["inputsReadAt"] = try #require(header["inputsReadAt"] as? Int64) + 60_000_000_000
        first["header"] = header
        lines[0] = try JSONSerialization.data(withJSONObject: first)[...]
        try Data(lines.joined(separator: [UInt8(ascii: "\n")])).write(to: manifest)
        let path = fixture.root.appendingPathComponent("Content/cities/alpha/plan.zh.md").path
        var before = stat(), after = stat()
        #expect(stat(path, &before) == 0)
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 大气")
        // The modification time set back to the nanosecond, as `touch -r` or `rsync -t` would.
        let times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
        #expect(stat(path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let result = await rebuild(fixture)
        #expect(result.summary != nil, "\(result.diagnostics)")
        #expect(try fixture.read("_site/zh/cities/alpha/plan/index.html").contains("大气"))
        await expectSameAsFresh(fixture, after: "an edit with its modification time set back")
    }

    /// The manifest is a header and a line per route: one cut at a line's end is not taken for a
    /// site with fewer pages, and an unchanged route's line is written again as it was.
    @Test func aManifestCutBetweenLinesIsNotTrusted() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        await rebuild(fixture)
        let manifest = BuildManifest.location(of: fixture.root.appendingPathComponent("_site"))
        let lines = try Data(contentsOf: manifest).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count > 10)
        // An edit that renders one route: every other line comes back byte for byte.
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气", "## 空气质量")
        await rebuild(fixture)
        let again = try Data(contentsOf: manifest).split(separator: UInt8(ascii: "\n"))
        #expect(again.count == lines.count)
        #expect(Set(again.dropFirst()).symmetricDifference(lines.dropFirst()).count == 2, "one route's line should differ")
        var cut = Data(again.prefix(4).joined(separator: [UInt8(ascii: "\n")]))
        cut.append(UInt8(ascii: "\n"))
        try cut.write(to: manifest)
        try replace(fixture, "Content/cities/alpha/plan.zh.md", "## 空气质量", "## 大气")
        let result = await rebuild(fixture)
        #expect(result.plan.first == "full build: the previous build's manifest cannot be read", "\(result.plan)")
        await expectSameAsFresh(fixture, after: "a manifest cut between lines")
    }
}
