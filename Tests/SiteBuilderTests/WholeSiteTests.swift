import Foundation
import Pages
import ReportSiteCLI
import SiteBuilder
import Testing
import Theme

/// Builds the sample site through the CLI, in-process, and asserts on chosen output files.
@Suite struct WholeSiteTests {
    /// Builds once per test; returns the fixture, exit code and what was printed.
    private func build(_ text: String = SampleSite.text, extra: [String] = []) async throws -> (Fixture, Int32, Captured) {
        let fixture = try Fixture(text)
        let (code, captured) = await runCLI(["build", fixture.root.path] + extra)
        return (fixture, code, captured)
    }

    @Test func everyPageKindExistsInBothLanguages() async throws {
        let (site, code, captured) = try await build()
        defer { site.remove() }
        #expect(code == 0, "\(captured.err)")
        for path in ["index.html", "404.html", "robots.txt", "style.css", "charts.css",
                     "data/alpha.csv", "data/alpha.json", "data/beta.csv", "data/beta.json", "data/observations.csv"] {
            #expect(site.exists("_site/\(path)"), "missing \(path)")
        }
        for lang in ["zh", "en"] {
            for path in ["index.html", "feed.xml", "cities/alpha/index.html", "cities/beta/index.html",
                         "cities/alpha/plan/index.html", "cities/alpha/notes/index.html",
                         "indicators/air.good_days_ratio/index.html", "indicators/enforcement.penalty_cases/index.html",
                         "about/index.html"] {
                #expect(site.exists("_site/\(lang)/\(path)"), "missing \(lang)/\(path)")
            }
        }
        #expect(captured.out.hasPrefix("built "))
        #expect(captured.out.contains(" pages, "))
        #expect(captured.out.contains(" charts, 5 data files, "))
    }

    @Test func hreflangAlternatesPointBothWays() async throws {
        let (site, code, _) = try await build(extra: ["--base-url", "https://example.org/env"])
        defer { site.remove() }
        #expect(code == 0)
        let zh = try site.read("_site/zh/cities/alpha/plan/index.html")
        let en = try site.read("_site/en/cities/alpha/plan/index.html")
        for page in [zh, en] {
            #expect(page.contains(#"<link rel="alternate" hreflang="zh-CN" href="https://example.org/env/zh/cities/alpha/plan/">"#))
            #expect(page.contains(#"<link rel="alternate" hreflang="en" href="https://example.org/env/en/cities/alpha/plan/">"#))
            #expect(page.contains(#"<link rel="alternate" hreflang="x-default" href="https://example.org/env/zh/cities/alpha/plan/">"#))
        }
        #expect(zh.contains(#"<link rel="canonical" href="https://example.org/env/zh/cities/alpha/plan/">"#))
        #expect(en.contains(#"<link rel="canonical" href="https://example.org/env/en/cities/alpha/plan/">"#))
        #expect(zh.contains(#"<html lang="zh-CN""#))
        #expect(en.contains(#"<html lang="en""#))
    }

    @Test func withoutBaseURLThereIsNoCanonical() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let page = try site.read("_site/zh/cities/alpha/index.html")
        #expect(!page.contains("rel=\"canonical\""))
        #expect(page.contains(#"<link rel="alternate" hreflang="en" href="../../../en/cities/alpha/index.html">"#))
    }

    @Test func languageSwitcherLeadsToTheSamePage() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/alpha/plan/index.html")
        #expect(zh.contains(#"<a href="../../../../en/cities/alpha/plan/index.html" hreflang="en" lang="en">English</a>"#))
        #expect(zh.contains(#"<span aria-current="true" lang="zh-CN">中文</span>"#))
        let en = try site.read("_site/en/indicators/air.pm25/index.html")
        #expect(en.contains(#"<a href="../../../zh/indicators/air.pm25/index.html" hreflang="zh-CN" lang="zh-CN">中文</a>"#))
    }

    @Test func aReportMissingALanguageSaysSoAndLinksToTheOthers() async throws {
        let (site, code, captured) = try await build()
        defer { site.remove() }
        #expect(code == 0)
        #expect(captured.err.contains("Content/cities/alpha/notes.zh.md: warning: report 'notes' has no 'en' version"))
        let en = try site.read("_site/en/cities/alpha/notes/index.html")
        #expect(en.contains("This page is not available in English yet."))
        #expect(en.contains(#"<a href="../../../../zh/cities/alpha/notes/index.html" hreflang="zh-CN" lang="zh-CN">甲市补充说明</a>"#))
        // Only the language that has it is an alternate.
        #expect(!en.contains(#"hreflang="en" href"#))
    }

    @Test func strictTurnsTheMissingLanguageIntoAFailure() async throws {
        let (site, code, captured) = try await build(extra: ["--strict"])
        defer { site.remove() }
        #expect(code == 1)
        #expect(!site.exists("_site"))
        #expect(captured.err.contains("nothing was written"))
    }

    @Test func figureReferencesAreFormattedPerLanguageButNotInCode() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/alpha/plan/index.html")
        #expect(zh.contains(#"<data value="91.3" title="空气质量优良天数比例，2020年">91.3%</data>"#))
        #expect(zh.contains(#"<data value="1.7" title="空气质量优良天数比例，2019—2020年">提高1.7个百分点</data>"#))
        #expect(zh.contains("<code>[[air.pm25]]</code>"))
        let en = try site.read("_site/en/cities/alpha/plan/index.html")
        #expect(en.contains(#">91.3%</data>"#))
        #expect(en.contains(#">up 1.7 percentage points</data>"#))
        #expect(en.contains(#"<data value="-29.4" title="Average PM2.5 concentration, 2017–2020">down 29.4%</data>"#))
    }

    @Test func aDerivedFigureCarriesItsMarkerAndExplanation() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/alpha/notes/index.html")
        #expect(zh.contains(##"<data value="77" title="行政处罚案件，2020年">77宗</data><a class="derived-marker" href="#derived-notes""##))
        #expect(zh.contains("由2021年数值及增幅推算"))
    }

    @Test func rawHTMLNeverReachesThePage() async throws {
        let (site, _, captured) = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/alpha/plan/index.html")
        #expect(!zh.contains("<script>alert"))
        #expect(zh.contains("<!-- raw HTML omitted -->"))
        #expect(captured.err.contains("Content/cities/alpha/plan.zh.md:10:1: warning: raw HTML is not published; write Markdown instead"))
    }

    @Test func chartBlocksBecomeFiguresWithTableCSVAndSVG() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let zh = try site.read("_site/zh/cities/alpha/plan/index.html")
        #expect(zh.contains(#"<figure class="chart chart-column" id="figure-chart-1">"#))
        #expect(zh.contains(#"role="img""#))
        #expect(zh.contains("<summary>查看数据表</summary>"))
        #expect(zh.contains(#"<td><data value="3730000">373万吨/日</data></td>"#))
        // The standalone SVG is shared by every page that shows the chart: one file per chart and
        // language, with the chart's own rows beside it (the page's "download data").
        let marker = #"<a href="../../../../zh/charts/column-water.sewage_capacity-"#
        #expect(zh.contains(marker))
        let name = try #require(zh.components(separatedBy: marker).dropFirst().first?.prefix { $0 != "\"" })
        #expect(name.hasSuffix(".csv"))
        #expect(zh.contains(marker + name + "\" download>"))
        let svg = try site.read("_site/zh/charts/column-water.sewage_capacity-\(name.dropLast(4)).svg")
        #expect(svg.contains("<style"))
        #expect(svg.contains("Noto Sans CJK SC"))
        let en = try site.read("_site/en/cities/alpha/plan/index.html")
        #expect(en.contains(#"<td><data value="3730000">3.73 million t/day</data></td>"#) == false) // the en report draws a change chart
        #expect(en.contains(#"<figure class="chart chart-change" id="figure-chart-1">"#))
    }

    /// The only script a page runs is the search box's, from a file of the site (so a strict
    /// Content-Security-Policy holds); the JSON-LD data block is not run.
    @Test func noPageContainsScriptButTheSearchBoxFile() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        for (path, data) in site.snapshot("_site") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let scripts = html.components(separatedBy: "<script").dropFirst()
            // Relative from the page; the 404 page, served at any depth, links from the root path.
            let root = path == "404.html" ? "/" : String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(scripts.allSatisfy {
                $0.hasPrefix(" type=\"application/ld+json\">") || $0.hasPrefix(" src=\"\(root)search.js\"></script>")
            }, "script in \(path)")
            #expect(scripts.filter { $0.hasPrefix(" src=") }.count <= 1, "more than the search script in \(path)")
        }
    }

    @Test func dataFilesHaveABOMAndExactRows() async throws {
        let (site, _, _) = try await build()
        defer { site.remove() }
        let bytes = try site.bytes("_site/data/alpha.csv")
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "indicator,indicator_zh,indicator_en,year,value,bound,period,aggregate,unit,unit_zh,unit_en,source,derived,note_zh,note_en,derived_zh,derived_en,quote,locator,source_url,record,from,to,change_kind")
        #expect(lines.contains("air.pm25,PM2.5平均浓度,Average PM2.5 concentration,2019,27,,,,ug_per_m3,微克/立方米,μg/m³,a-2020,no,\"含, 逗号\",\"with, comma\",,,,,,observation,,,"))
        #expect(lines.contains("water.sewage_capacity,污水处理能力,Sewage treatment capacity,2015,2585000,,,,tonnes_per_day,吨/日,t/day,a-2020,no,,,,,,,,observation,,,"))
        let all = String(decoding: try site.bytes("_site/data/observations.csv").dropFirst(3), as: UTF8.self)
        #expect(all.contains("\r\nbeta,enforcement.penalty_cases,行政处罚案件,Administrative penalty cases,2020,77,,,,inline,宗,cases,b-2021,yes,,,由2021年数值及增幅推算,derived from the 2021 value and its reported growth,,,https://example.org/beta,observation,,,\r\n"))
        let json = try JSONSerialization.jsonObject(with: site.bytes("_site/data/beta.json")) as? [String: Any]
        #expect(json?["city"] as? String == "beta")
        #expect((json?["changes"] as? [[String: Any]])?.first?["kind"] as? String == "relative")
    }

    @Test func feedsListReportsNewestFirst() async throws {
        let (site, _, _) = try await build(extra: ["--base-url", "https://example.org/"])
        defer { site.remove() }
        let zh = try site.read("_site/zh/feed.xml")
        #expect(zh.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">"))
        let plan = try #require(zh.range(of: "<title>甲市五年成效</title>"))
        let notes = try #require(zh.range(of: "<title>甲市补充说明</title>"))
        #expect(plan.lowerBound < notes.lowerBound)
        #expect(zh.contains("<updated>2021-01-05T00:00:00Z</updated>"))
        #expect(zh.contains("<id>https://example.org/zh/cities/alpha/plan/</id>"))
        let en = try site.read("_site/en/feed.xml")
        #expect(en.contains("<title>Alpha's five years</title>"))
        #expect(!en.contains("甲市补充说明"))
    }

    @Test func sitemapHasAlternatesAndXDefault() async throws {
        let (site, _, _) = try await build(extra: ["--base-url", "https://example.org/env/"])
        defer { site.remove() }
        let xml = try site.read("_site/sitemap.xml")
        #expect(xml.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        #expect(xml.contains("""
        <url>
        <loc>https://example.org/env/en/cities/beta/</loc>
        <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/env/zh/cities/beta/"/>
        <xhtml:link rel="alternate" hreflang="en" href="https://example.org/env/en/cities/beta/"/>
        <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/env/zh/cities/beta/"/>
        </url>
        """))
        // The Chinese-only report appears once, with only its own alternate.
        #expect(xml.components(separatedBy: "<loc>https://example.org/env/zh/cities/alpha/notes/</loc>").count == 2)
        #expect(!xml.contains("<loc>https://example.org/env/en/cities/alpha/notes/</loc>"))
        let robots = try site.read("_site/robots.txt")
        // Under a sub-folder crawlers never read it: it says so, and what to add at the host's root.
        #expect(robots == """
        # This site is published under https://example.org/env/, but crawlers read robots.txt
        # only at the root of the host, https://example.org/robots.txt: this copy is not read.
        # For crawlers to find the sitemap, add this line to the host's robots.txt:
        # Sitemap: https://example.org/env/sitemap.xml
        User-agent: *
        Allow: /
        Sitemap: https://example.org/env/sitemap.xml

        """)
    }

    /// The landing page chooses a language, so it is the x-default of the language homes, and
    /// the homes and the landing name each other the same way in the sitemap and in their heads
    /// (hreflang alternates must be reciprocal, or search engines ignore them).
    @Test func landingAndHomesNameEachOther() async throws {
        let (site, _, _) = try await build(extra: ["--base-url", "https://example.org/env/"])
        defer { site.remove() }
        let alternates = """
        <link rel="alternate" hreflang="zh-CN" href="https://example.org/env/zh/">
        <link rel="alternate" hreflang="en" href="https://example.org/env/en/">
        <link rel="alternate" hreflang="x-default" href="https://example.org/env/">
        """
        for page in ["_site/index.html", "_site/zh/index.html", "_site/en/index.html"] {
            #expect(try site.read(page).contains(alternates), "\(page)")
        }
        let xml = try site.read("_site/sitemap.xml")
        for loc in ["https://example.org/env/", "https://example.org/env/zh/", "https://example.org/env/en/"] {
            #expect(xml.contains("""
            <url>
            <loc>\(loc)</loc>
            <xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/env/zh/"/>
            <xhtml:link rel="alternate" hreflang="en" href="https://example.org/env/en/"/>
            <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/env/"/>
            </url>
            """), "\(loc)")
        }
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let (site, code, _) = try await build()
        defer { site.remove() }
        #expect(code == 0)
        let first = site.snapshot("_site")
        let (again, _) = await runCLI(["build", site.root.path, "--output", site.root.appendingPathComponent("second").path])
        #expect(again == 0)
        let second = site.snapshot("second")
        // Pages, data files and chart files of the sample site (city pages draw charts only for
        // series of three levels or more since issue 10, so fewer .svg files than before).
        #expect(first.count > 40)
        #expect(Set(first.keys) == Set(second.keys))
        for (path, data) in first { #expect(second[path] == data, "\(path) differs") }
    }

    @Test func aBrokenSiteYamlLeavesThePreviousOutputUntouched() async throws {
        let (site, code, _) = try await build()
        defer { site.remove() }
        #expect(code == 0)
        let before = site.snapshot("_site")
        try site.write("Content/site.yaml", "title: { zh: 坏, en: Broken\nlanguages: [\n")
        let (again, captured) = await runCLI(["build", site.root.path])
        #expect(again == 1)
        #expect(captured.err.contains("Content/site.yaml:"))
        #expect(captured.err.contains("error: YAML syntax error"))
        let after = site.snapshot("_site")
        #expect(before == after)
        #expect(!site.exists(".\("_site").tmp-build"))
    }

    @Test func aThirdLanguageWorksLikeTheOthers() async throws {
        var text = SampleSite.text.replacingOccurrences(of: "  - { code: en, locale: en, name: English }",
                                                        with: "  - { code: en, locale: en, name: English }\n  - { code: zh-hant, locale: zh-Hant-TW, name: 繁體中文 }")
        text = text.replacingOccurrences(of: "title: { zh: 城市环境信息公开, en: City Environment Disclosure }",
                                         with: "title: { zh: 城市环境信息公开, en: City Environment Disclosure, zh-hant: 城市環境資訊公開 }")
        let fixture = try Fixture(text)
        defer { fixture.remove() }
        try fixture.write("Templates/strings/zh-hant.yaml", String(decoding: BuiltInTheme.files["Templates/strings/zh.yaml"]!, as: UTF8.self))
        let (code, captured) = await runCLI(["build", fixture.root.path])
        #expect(code == 0, "\(captured.err)")
        let page = try fixture.read("_site/zh-hant/cities/alpha/index.html")
        #expect(page.contains(#"<html lang="zh-Hant-TW""#))
        #expect(page.contains("城市環境資訊公開"))
        // zh-hant's own conventions: Traditional 萬 and 噸, not zh's 万吨 (issue 21, item 3).
        #expect(page.contains("373萬噸/日"))
    }
}
