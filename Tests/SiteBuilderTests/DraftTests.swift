import Diagnostics
import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// Drafts (`draft: true` in a narrative's front matter): `build` leaves them out without a
/// trace, `build --drafts` and the preview show them with a banner, `check` lists them.
@Suite struct DraftTests {
    /// One city with a report whose English version alone is a draft, a report that is a
    /// draft in both languages, a published free page and a free page that is a draft in both.
    /// Every draft's title says "unfinished" (未完成), so any trace of one in the output shows.
    static let site = #"""
-- Content/site.yaml --
title: { zh: 城市环境信息公开, en: City Environment Disclosure }
baseURL: https://example.org/
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- id: air.good_days_ratio
  category: air
  name: { zh: 空气质量优良天数比例, en: Share of days with good air quality }
  unit: percent
  better: higher
  decimals: 1
- id: water.sewage_capacity
  category: water
  name: { zh: 污水处理能力, en: Sewage treatment capacity }
  unit: tonnes_per_day
  better: higher
-- Content/cities/alpha/city.yaml --
name: { zh: 甲市, en: Alpha }
sources:
  - id: a-2020
    title: { zh: 甲市报告, en: Alpha report }
    url: https://example.com/alpha
observations:
  - { indicator: air.good_days_ratio, year: 2019, value: 89.6 }
  - { indicator: air.good_days_ratio, year: 2020, value: 91.3 }
  - { indicator: water.sewage_capacity, year: 2015, value: 258.5万 }
  - { indicator: water.sewage_capacity, year: 2020, value: 373万 }
-- Content/cities/alpha/plan.zh.md --
---
title: 甲市五年成效
date: 2021-01-05
summary: 甲市五年来的环境成效。
---
2020年优良天数比例为[[air.good_days_ratio@2020]]。
-- Content/cities/alpha/plan.en.md --
---
title: Alpha's five years, unfinished
date: 2021-01-05
draft: true
summary: An unfinished summary.
---
Good-air days were [[air.good_days_ratio@2020]] in 2020.

```chart
type: line
indicator: air.good_days_ratio
years: 2019..2020
title: Good-air days, unfinished
```
-- Content/cities/alpha/water.zh.md --
---
draft: true
title: 甲市污水处理（未完成）
date: 2022-06-01
---
污水处理能力为[[water.sewage_capacity@2020]]。

```chart
type: column
indicator: water.sewage_capacity
years: 2015..2020
title: 污水处理能力（未完成）
```
-- Content/cities/alpha/water.en.md --
---
draft: true
title: Alpha's sewage, unfinished
date: 2022-06-01
---
Capacity was [[water.sewage_capacity@2020]].
-- Content/pages/about.zh.md --
---
title: 关于本站
---
本站公开一座城市的数据。
-- Content/pages/about.en.md --
---
title: About
---
This site publishes the data of one city.
-- Content/pages/glossary.zh.md --
---
title: 术语表（未完成）
draft: true
---
术语。
-- Content/pages/glossary.en.md --
---
title: Glossary, unfinished
draft: true
---
Terms.
"""#

    /// The pages every build has: the published report in Chinese, its English address as a
    /// report missing that language, the about page.
    static let publishedPages: Set<String> = [
        "index.html", "404.html",
        "zh/index.html", "en/index.html",
        "zh/cities/alpha/index.html", "en/cities/alpha/index.html",
        "zh/cities/alpha/plan/index.html", "en/cities/alpha/plan/index.html",
        "zh/indicators/index.html", "en/indicators/index.html",
        "zh/indicators/air.good_days_ratio/index.html", "en/indicators/air.good_days_ratio/index.html",
        "zh/indicators/water.sewage_capacity/index.html", "en/indicators/water.sewage_capacity/index.html",
        "zh/about/index.html", "en/about/index.html",
    ]

    static let draftPages: Set<String> = [
        "zh/cities/alpha/water/index.html", "en/cities/alpha/water/index.html",
        "zh/glossary/index.html", "en/glossary/index.html",
    ]

    /// The warnings `check` and `build` give, one per draft at its `draft:` line, in display order.
    static let draftWarnings = [
        "Content/cities/alpha/plan.en.md:4:1: warning: draft: left out of build; remove `draft: true` to publish",
        "Content/cities/alpha/water.en.md:2:1: warning: draft: left out of build; remove `draft: true` to publish",
        "Content/cities/alpha/water.zh.md:2:1: warning: draft: left out of build; remove `draft: true` to publish",
        "Content/pages/glossary.en.md:3:1: warning: draft: left out of build; remove `draft: true` to publish",
        "Content/pages/glossary.zh.md:3:1: warning: draft: left out of build; remove `draft: true` to publish",
    ]

    static let banner = #"<div class="draft-banner" role="note">"#

    private func render(_ fixture: Fixture, drafts: SiteCheck.Drafts) -> (files: [String: Data], diagnostics: [Diagnostic]) {
        var build = SiteBuild(root: fixture.root)
        build.drafts = drafts
        let (files, diagnostics) = build.render()
        return (Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a }), diagnostics)
    }

    private func text(_ data: Data?) -> String { data.map { String(decoding: $0, as: UTF8.self) } ?? "" }

    /// Every link, asset, hreflang alternate and sitemap or feed address of the output that
    /// leads to a file the output does not have (addresses under the base URL included).
    static func danglingLinks(in files: [String: Data], base: String = "https://example.org/") -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)"|<loc>([^<]*)</loc>"#)
        let folder = URL(string: base)!.path
        let basePath = folder.hasSuffix("/") ? folder : folder + "/"
        var dangling: [String] = []
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                var link = String(text[Range(range, in: text)!])
                link = String(link.prefix { $0 != "#" && $0 != "?" })
                guard !link.isEmpty, !link.hasPrefix("mailto:") else { continue }
                var target: String
                if link.hasPrefix(base) {
                    target = String(link.dropFirst(base.count))
                } else if link.hasPrefix(basePath) {
                    // The 404 page links from the base path: a server shows it at any depth.
                    target = String(link.dropFirst(basePath.count))
                } else if link.contains("://") {
                    continue
                } else {
                    // Relative to the file's folder.
                    var parts = path.split(separator: "/").dropLast().map(String.init)
                    for part in link.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
                        if part == ".." { parts = parts.dropLast() } else if part != "." { parts.append(part) }
                    }
                    target = parts.joined(separator: "/")
                }
                if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
                if files[target] == nil { dangling.append("\(path): \(link)") }
            }
        }
        return dangling.sorted()
    }

    @Test func buildLeavesDraftsOutWithoutATrace() throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (files, diagnostics) = render(fixture, drafts: .leftOut)
        #expect(!files.isEmpty, "\(diagnostics)")
        #expect(Set(files.keys.filter { $0.hasSuffix(".html") }) == Self.publishedPages)
        #expect(Self.danglingLinks(in: files) == [])
        // No title, chart, list entry, feed entry or sitemap address of a draft anywhere.
        for (path, data) in files where !path.hasSuffix(".css") {
            let content = text(data)
            #expect(!content.contains("unfinished") && !content.contains("未完成"), "\(path) shows a draft")
            #expect(!content.contains("draft-banner"), "\(path)")
        }
        let sitemap = text(files["sitemap.xml"])
        #expect(!sitemap.contains("/water/") && !sitemap.contains("/glossary/"))
        #expect(!sitemap.contains("en/cities/alpha/plan/"))
        #expect(sitemap.contains("<loc>https://example.org/zh/cities/alpha/plan/</loc>"))
        #expect(!text(files["zh/feed.xml"]).contains("water") && !text(files["en/feed.xml"]).contains("water"))
        // Every chart file written is one a published page links: none drawn for a draft.
        let charts = Set(files.keys.filter { $0.contains("/charts/") })
        let linked = files.filter { $0.key.hasSuffix(".html") }.values.reduce(into: Set<String>()) { linked, data in
            for chart in charts where text(data).contains(chart.split(separator: "/").last!) { linked.insert(chart) }
        }
        #expect(charts == linked)
        #expect(!charts.contains { $0.contains("line-air.good_days_ratio") && text(files[$0]).contains("unfinished") })
    }

    /// The English version is a draft, the Chinese one is not: the Chinese page is published
    /// and names no English alternate; the English address says the report is not available
    /// in English and links to the Chinese page.
    @Test func aReportWithOneLanguageADraftIsPublishedInTheOther() throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (files, _) = render(fixture, drafts: .leftOut)
        let chinese = text(files["zh/cities/alpha/plan/index.html"])
        #expect(chinese.contains("<h1>甲市五年成效</h1>"))
        #expect(chinese.contains(#"<link rel="alternate" hreflang="zh-CN" href="https://example.org/zh/cities/alpha/plan/">"#))
        #expect(!chinese.contains(#"<link rel="alternate" hreflang="en""#))
        // The language switcher still leads to the English address, which exists.
        #expect(chinese.contains(#"<a href="../../../../en/cities/alpha/plan/index.html" hreflang="en" lang="en">English</a>"#))
        let english = text(files["en/cities/alpha/plan/index.html"])
        #expect(english.contains("This page is not available in English yet."))
        #expect(english.contains(#"<a href="../../../../zh/cities/alpha/plan/index.html" hreflang="zh-CN" lang="zh-CN">甲市五年成效</a>"#))
        #expect(!english.contains("Good-air days were"))
        // It names no alternate either: the Chinese page does not name it back.
        #expect(!english.contains(#"<link rel="alternate" hreflang"#))
        // The English home lists the report under its Chinese title, as for a missing version.
        #expect(text(files["en/index.html"]).contains("甲市五年成效"))
        // No missing-language warning: the draft's own warning says what is going on.
        let (_, diagnostics) = render(fixture, drafts: .leftOut)
        #expect(!diagnostics.contains { $0.message.contains("has no 'en' version") })
    }

    @Test func buildWithDraftsShowsThemWithTheBanner() throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let (files, diagnostics) = render(fixture, drafts: .shown)
        #expect(diagnostics == [])
        #expect(Set(files.keys.filter { $0.hasSuffix(".html") }) == Self.publishedPages.union(Self.draftPages))
        #expect(Self.danglingLinks(in: files) == [])
        let drafts = Self.draftPages.union(["en/cities/alpha/plan/index.html"])
        for path in files.keys where path.hasSuffix(".html") {
            #expect(text(files[path]).contains(Self.banner) == drafts.contains(path), "\(path)")
        }
        let english = text(files["en/cities/alpha/plan/index.html"])
        #expect(english.contains("""
            <div class="draft-banner" role="note">
            <p><strong class="draft-label">Draft: </strong>not published. The published site leaves this page out until “draft: true” is removed from its front matter.</p>
            </div>
            """))
        #expect(english.contains("<h1>Alpha&#39;s five years, unfinished</h1>"))
        #expect(text(files["zh/glossary/index.html"]).contains("<p><strong class=\"draft-label\">草稿：</strong>本页尚未发布。"))
        // Now both versions exist, so they name each other.
        #expect(text(files["zh/cities/alpha/plan/index.html"]).contains(#"hreflang="en" href="https://example.org/en/cities/alpha/plan/""#))
        #expect(text(files["sitemap.xml"]).contains("<loc>https://example.org/zh/glossary/</loc>"))
    }

    @Test func checkListsEachDraftAndFailsOnlyUnderStrict() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let warnings = Self.draftWarnings.joined(separator: "\n")

        var (code, output) = await runCLI(["check", fixture.root.path])
        #expect(code == 0)
        #expect(inSite(output.err, fixture.root) == warnings)
        #expect(output.out == "check passed: 0 errors, 5 warnings")

        (code, output) = await runCLI(["check", fixture.root.path, "--strict"])
        #expect(code == 1)
        #expect(inSite(output.err, fixture.root) == warnings + "\ncheck failed: 0 errors, 5 warnings (--strict)")

        // `build` says the same and passes; under --strict it fails and writes nothing.
        let out = fixture.root.appendingPathComponent("out").path
        (code, output) = await runCLI(["build", fixture.root.path, "-o", out])
        #expect(code == 0)
        #expect(inSite(output.err, fixture.root) == warnings)
        #expect(output.out.hasPrefix("built 16 pages, "))
        #expect(output.out.contains(" 5 warnings in "))
        #expect(!fixture.exists("out/zh/glossary/index.html"))
        #expect(fixture.exists("out/zh/about/index.html"))

        (code, output) = await runCLI(["build", fixture.root.path, "-o", out, "--strict"])
        #expect(code == 1)
        #expect(inSite(output.err, fixture.root) == warnings + "\nbuild failed: 0 errors, 5 warnings (--strict); nothing was written")

        // `--drafts` builds them, and there is nothing to warn about.
        (code, output) = await runCLI(["build", fixture.root.path, "-o", out, "--drafts", "--strict"])
        #expect(code == 0, "\(output.err)")
        #expect(inSite(output.err, fixture.root) == "")
        #expect(output.out.hasPrefix("built 20 pages, "))
        #expect(try fixture.read("out/zh/glossary/index.html").contains(Self.banner))
    }

    /// A draft is checked like any narrative: its errors fail `check` and `build` alike (a
    /// build finds them although it renders no page of it), with the same diagnostics.
    @Test func aDraftsErrorsAreReportedByCheckAndBuildAlike() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        try fixture.write("Content/cities/alpha/water.en.md", """
            ---
            draft: true
            title: Alpha's sewage, unfinished
            date: 2022-06-01
            ---
            Capacity was [[water.sewage_capacty@2020]].
            """)
        let checked = SiteCheck(root: fixture.root).run().diagnostics
        let problem = try #require(checked.first { $0.severity == .error })
        #expect(problem.location == SourceLocation(file: "Content/cities/alpha/water.en.md", line: 6, column: 14))
        #expect(problem.message.contains("water.sewage_capacty"))
        let out = fixture.root.appendingPathComponent("out")
        let built = await SiteBuild(root: fixture.root, output: out, jobs: 1).run()
        #expect(built.summary == nil)
        #expect(built.diagnostics == checked)
        #expect(!fixture.exists("out"))
    }

    @Test func draftMustBeTrueOrFalseAndOnlyInFrontMatter() throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        try fixture.write("Content/pages/glossary.en.md", "---\ntitle: Glossary, unfinished\ndraft: yes\n---\nTerms.\n")
        try fixture.write("Content/pages/glossary.zh.md", "---\ntitle: 术语表（未完成）\ndraft: \"true\"\n---\n术语。\n")
        try fixture.write("Content/pages/about.en.md", "---\ntitle: About\ndraft: false\n---\nThis site publishes the data of one city.\n")
        let city = try fixture.read("Content/cities/alpha/city.yaml")
        try fixture.write("Content/cities/alpha/city.yaml", city.replacingOccurrences(of: "sources:", with: "draft: true\nsources:"))
        let errors = SiteCheck(root: fixture.root).run().diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == [
            "Content/cities/alpha/city.yaml:2:1: error: unknown key 'draft' in a city ('draft: true' goes in the front matter of a report or page (its .md file), nowhere else)",
            "Content/pages/glossary.en.md:3:8: error: 'draft' must be true or false, not 'yes' (write draft: true)",
            "Content/pages/glossary.zh.md:3:8: error: 'draft' must be true or false without quotes, not the text \"true\" (write draft: true)",
        ])
    }

    /// The preview shows drafts with their banner, lists no warning for them (so `serve
    /// --strict` works on a site with drafts), and is exactly `build --drafts` after edits
    /// that make a page a draft or publish one.
    @Test func thePreviewShowsDraftsWithTheBannerAsTheyChange() async throws {
        let fixture = try Fixture(Self.site)
        defer { fixture.remove() }
        let site = IncrementalSite(root: fixture.root, strict: true)
        var update = await site.build()
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.diagnostics == [])
        var files = await site.files
        #expect(files == render(fixture, drafts: .shown).files)
        #expect(text(files["en/glossary/index.html"]).contains(Self.banner))
        #expect(text(files["en/cities/alpha/plan/index.html"]).contains(Self.banner))
        #expect(!text(files["zh/cities/alpha/plan/index.html"]).contains(Self.banner))

        // Published: the banner goes.
        let glossary = "Content/pages/glossary.en.md"
        try fixture.write(glossary, try fixture.read(glossary).replacingOccurrences(of: "draft: true\n", with: ""))
        update = await site.update(changed: [glossary])
        #expect(!update.failed, "\(update.diagnostics)")
        #expect(update.changed.keys.contains("en/glossary/index.html"))
        files = await site.files
        #expect(!text(files["en/glossary/index.html"]).contains(Self.banner))
        #expect(files == render(fixture, drafts: .shown).files)

        // Made a draft: the banner comes.
        let about = "Content/pages/about.zh.md"
        try fixture.write(about, try fixture.read(about).replacingOccurrences(of: "title: 关于本站", with: "title: 关于本站\ndraft: true"))
        update = await site.update(changed: [about])
        #expect(!update.failed, "\(update.diagnostics)")
        files = await site.files
        #expect(text(files["zh/about/index.html"]).contains(Self.banner))
        #expect(files == render(fixture, drafts: .shown).files)
    }
}
