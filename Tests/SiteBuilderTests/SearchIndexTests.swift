import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// The search index `build` makes with Pagefind: one index per language holding the pages
/// that say a word; without Pagefind the site still builds, with a note; a failing Pagefind
/// leaves the previous site. (The search itself, typed into the box in Chromium, is
/// scripts/check-site/search.py, run by `make check-site`.)
@Suite struct SearchIndexTests {
    /// Only Alpha's report says 臭氧 / ozone; no indicator or summary does, so no other page.
    private static let site = """
    -- Content/site.yaml --
    title: { zh: 测试, en: Test }
    baseURL: https://example.org/
    languages:
      - { code: zh, locale: zh-CN, name: 中文 }
      - { code: en, locale: en, name: English }
    defaultLanguage: zh
    -- Content/indicators.yaml --
    - id: air.pm25
      category: air
      name: { zh: 细颗粒物年均浓度, en: Annual mean PM2.5 }
      unit: ug_per_m3
      better: lower
    -- Content/cities/alpha/city.yaml --
    name: { zh: 甲市, en: Alpha }
    sources:
      - id: a-2020
        title: { zh: 甲市报告, en: Alpha report }
        url: https://example.org/a-2020
    observations:
      - { indicator: air.pm25, year: 2020, value: 30 }
    -- Content/cities/alpha/air.zh.md --
    ---
    title: 甲市空气
    date: 2021-01-05
    summary: 甲市的空气质量。
    ---
    细颗粒物浓度为[[air.pm25@2020]]，臭氧仍是空气质量的主要短板。
    -- Content/cities/alpha/air.en.md --
    ---
    title: Alpha's air
    date: 2021-01-05
    summary: Alpha's air quality.
    ---
    PM2.5 stood at [[air.pm25@2020]]; ozone remains the weak point of its air.
    -- Content/cities/beta/city.yaml --
    name: { zh: 乙市, en: Beta }
    summary: { zh: 乙市的空气质量有所改善。, en: Beta's air got better. }
    sources:
      - id: b-2020
        title: { zh: 乙市报告, en: Beta report }
        url: https://example.org/b-2020
    observations:
      - { indicator: air.pm25, year: 2020, value: 25 }
    """

    private static let pagefind: URL? = {
        if case .found(let binary) = SearchIndex.locate(explicit: nil, environment: ProcessInfo.processInfo.environment,
                                                        siteRoot: Fixture.repository) { return binary }
        return nil
    }()

    private func build(_ fixture: Fixture, _ arguments: [String], strict: Bool = true) async -> (Int32, Captured) {
        await runCLI(["build", fixture.root.path] + (strict ? ["--strict"] : []) + arguments)
    }

    @Test(.enabled(if: pagefind != nil, "Pagefind is not installed: make deps"))
    func eachLanguageHasAnIndexThatFindsThePagesSayingTheWord() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (code, output) = await build(fixture, ["--pagefind", Self.pagefind!.path])
        #expect(code == 0, "\(output.err)")
        #expect(output.err == "")
        let entry = try JSONSerialization.jsonObject(with: fixture.bytes("_site/pagefind/pagefind-entry.json")) as? [String: Any]
        let languages = try #require(entry?["languages"] as? [String: [String: Any]])
        #expect(languages.keys.sorted() == ["en", "zh-cn"])
        // Every page of each language folder, and nothing outside them (the landing and 404 pages).
        for (language, folder) in [("en", "en"), ("zh-cn", "zh")] {
            let pages = fixture.snapshot("_site/\(folder)").keys.filter { $0.hasSuffix(".html") }.count
            #expect(languages[language]?["page_count"] as? Int == pages, "\(language)")
        }
        #expect(fixture.exists("_site/pagefind/pagefind-ui.js"))
        #expect(fixture.exists("_site/pagefind/pagefind-ui.css"))
        let fragments = try Self.fragments(in: fixture.root.appendingPathComponent("_site/pagefind/fragment"))
        #expect(Self.urls(fragments, language: "zh-cn", saying: "臭氧") == ["/zh/cities/alpha/air/index.html"])
        #expect(Self.urls(fragments, language: "en", saying: "ozone") == ["/en/cities/alpha/air/index.html"])
        #expect(Self.urls(fragments, language: "zh-cn", saying: "乙市").contains("/zh/cities/beta/index.html"))
        // The extended build segments Chinese: it stores 臭氧 as a word of its own, between zero-width spaces.
        let report = try #require(fragments.first { $0.url == "/zh/cities/alpha/air/index.html" })
        #expect(report.content.contains("\u{200B}臭氧\u{200B}"))
        // Only <main> is indexed: the navigation's words are not in a page's content.
        let home = try #require(fragments.first { $0.url == "/en/index.html" })
        #expect(!home.content.contains("Skip to content"))
    }

    @Test func withoutPagefindTheSiteIsBuiltWithANoteAndTheBoxSaysWhy() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let missing = fixture.root.appendingPathComponent("no-such/pagefind_extended").path
        let (code, output) = await build(fixture, ["--pagefind", missing])
        #expect(code == 0)
        #expect(output.err == "note: search index not built: Pagefind is not at \(missing) (--pagefind); install it with `make deps` or `pip install 'pagefind[extended]'`, or name its pagefind_extended")
        #expect(output.out.hasPrefix("built "))
        #expect(!fixture.exists("_site/pagefind"))
        let page = try fixture.read("_site/en/index.html")
        #expect(page.contains(#"<div class="site-search wrap" id="site-search" data-root="../">"#))
        #expect(page.contains("<noscript><p class=\"search-note\">Search needs JavaScript, which is turned off in this browser; every page is still reachable from the menus.</p></noscript>"))
        #expect(page.contains("<p class=\"search-note\" hidden>Search is not available on this copy of the site.</p>"))
        #expect(page.contains(#"<script src="../search.js"></script>"#))
        #expect(try fixture.bytes("_site/search.js") == BuiltInTheme.files["Public/search.js"])
        #expect(try fixture.read("_site/zh/index.html").contains("<p class=\"search-note\" hidden>此版本的网站未提供搜索。</p>"))
        // --quiet prints only problems: a missing search is none.
        let (quiet, quietOutput) = await build(fixture, ["--pagefind", missing, "--quiet"])
        #expect(quiet == 0)
        #expect(quietOutput.err == "")
    }

    /// `--no-search` runs no indexer, even one that is installed, and says nothing about it.
    @Test func noSearchBuildsWithoutAnIndexAndWithoutANote() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        try fixture.write("failing-pagefind", "#!/bin/sh\nexit 3\n")
        let failing = fixture.root.appendingPathComponent("failing-pagefind")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing.path)
        let (code, output) = await build(fixture, ["--pagefind", failing.path, "--no-search"])
        #expect(code == 0, "\(output.err)")
        #expect(!output.err.contains("search"), "\(output.err)")
        #expect(!fixture.exists("_site/pagefind"))
    }

    @Test func aFailingPagefindLeavesTheSiteWithoutSearchAndFailsStrict() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let missing = fixture.root.appendingPathComponent("no-such/pagefind_extended").path
        #expect(await build(fixture, ["--pagefind", missing]).0 == 0)
        let before = fixture.snapshot("_site")
        try fixture.write("failing-pagefind", "#!/bin/sh\necho 'Error: cannot read the site' >&2\nexit 3\n")
        let failing = fixture.root.appendingPathComponent("failing-pagefind")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing.path)
        // --strict: the warning fails the build and the previous site stays.
        let (strict, strictOutput) = await build(fixture, ["--pagefind", failing.path])
        #expect(strict == 1)
        #expect(strictOutput.err == """
        \(failing.path): warning: Pagefind failed (exit 3) indexing the site: Error: cannot read the site; the site is built without search
        build failed: 0 errors, 1 warning (--strict); nothing was written
        """)
        #expect(fixture.snapshot("_site") == before)
        #expect(!fixture.exists("._site.tmp-build"))
        // Without --strict the site is published without search: no half-written index, and
        // the search box says search is not available.
        let (code, output) = await build(fixture, ["--pagefind", failing.path], strict: false)
        #expect(code == 0)
        #expect(output.err.hasPrefix("\(failing.path): warning: Pagefind failed (exit 3) indexing the site: Error: cannot read the site; the site is built without search"),
                "\(output.err)")
        #expect(fixture.snapshot("_site") == before)
        #expect(!fixture.exists("_site/pagefind"))
    }

    /// A page as Pagefind stored it: its address and indexed text.
    struct Fragment {
        var language: String
        var url: String
        var content: String
    }

    /// Pagefind's fragment files (gzip, then `pagefind_dcd` and JSON), named `<language>_<hash>.pf_fragment`;
    /// Chinese content has a zero-width space between the words Pagefind found.
    static func fragments(in folder: URL) throws -> [Fragment] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/gzip")
            process.arguments = ["-dc", folder.appendingPathComponent(name).path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let json = try #require(JSONSerialization.jsonObject(with: data.dropFirst("pagefind_dcd".utf8.count)) as? [String: Any])
            let language = String(name[..<name.firstIndex(of: "_")!])
            return Fragment(language: language, url: json["url"] as? String ?? "", content: json["content"] as? String ?? "")
        }
    }

    static func urls(_ fragments: [Fragment], language: String, saying word: String) -> [String] {
        fragments.filter { $0.language == language && $0.content.replacingOccurrences(of: "\u{200B}", with: "").localizedCaseInsensitiveContains(word) }
            .map(\.url).sorted()
    }
}
