import Foundation
import ReportSiteCLI
import Testing

/// The sitemap, feeds and structured data need absolute URLs: what the build writes with a
/// base URL and without one, and the warning that says why.
@Suite struct AbsoluteURLTests {
    /// The JSON-LD object of a page (there is one script of that type per city page).
    private func dataset(_ html: String) throws -> [String: Any] {
        let start = try #require(html.range(of: #"<script type="application/ld+json">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test func withoutABaseURLThereIsNoSitemapAndAWarningSaysWhy() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let (code, output) = await runCLI(["build", fixture.root.path])
        #expect(code == 0)
        #expect(output.err.contains("Content/site.yaml: warning: there is no 'baseURL': sitemap.xml is not written and robots.txt names no sitemap"))
        #expect(!fixture.exists("_site/sitemap.xml"))
        #expect(try fixture.read("_site/robots.txt") == "User-agent: *\nAllow: /\n")
        let feed = try fixture.read("_site/en/feed.xml")
        #expect(feed.contains(#"<link rel="alternate" type="text/html" href="../en/cities/alpha/plan/"/>"#))
        #expect(!feed.contains(#"href="http"#))

        // Under --strict the warning fails the check; --base-url on the command line satisfies it.
        let (strict, strictOutput) = await runCLI(["check", fixture.root.path, "--strict"])
        #expect(strict == 1)
        #expect(strictOutput.err.contains("there is no 'baseURL'"))
        let (withBase, withBaseOutput) = await runCLI(["check", fixture.root.path, "--base-url", "https://example.org/env/"])
        #expect(withBase == 0)
        #expect(!withBaseOutput.err.contains("baseURL"))
    }

    @Test func withABaseURLSitemapFeedAndDatasetAreAbsolute() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        let (code, output) = await runCLI(["build", fixture.root.path, "--base-url", "https://example.org/env"])
        #expect(code == 0, "\(output.err)")
        #expect(try fixture.read("_site/sitemap.xml").contains("<loc>https://example.org/env/en/cities/alpha/</loc>"))
        #expect(try fixture.read("_site/en/feed.xml").contains(#"<link rel="alternate" type="text/html" href="https://example.org/env/en/cities/alpha/plan/"/>"#))
        let page = try fixture.read("_site/en/cities/alpha/index.html")
        // Page links stay relative, so file:// previews keep working.
        #expect(page.contains(#"<link rel="stylesheet" href="../../../style.css">"#))
        #expect(page.contains(#"href="../../../zh/cities/alpha/index.html""#))
        let object = try dataset(page)
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["@type"] as? String == "Dataset")
        #expect(object["name"] as? String == "Alpha · City Environment Disclosure")
        #expect(object["url"] as? String == "https://example.org/env/en/cities/alpha/")
        #expect(object["temporalCoverage"] as? String == "2015/2020")
        #expect(object["description"] as? String == "3 environmental indicators of Alpha, 2015–2020, each figure with the document it comes from; as CSV and JSON downloads.")
        let downloads = try #require(object["distribution"] as? [[String: String]])
        #expect(downloads == [
            ["@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": "https://example.org/env/data/alpha.csv"],
            ["@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": "https://example.org/env/data/alpha.json"],
        ])
        let creator = try #require(object["creator"] as? [String: String])
        #expect(creator == ["@type": "Organization", "name": "Alpha Bureau"])
        let works = try #require(object["isBasedOn"] as? [[String: Any]])
        #expect(works.count == 1)
        #expect(works.first?["name"] as? String == "Alpha report")
        #expect(works.first?["datePublished"] as? String == "2021-01-05")
        #expect(try dataset(try fixture.read("_site/zh/cities/alpha/index.html"))["inLanguage"] as? String == "zh-CN")
    }

    @Test func withoutABaseURLDatasetDownloadsAreRelativeToThePage() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        #expect(await runCLI(["build", fixture.root.path]).0 == 0)
        let object = try dataset(try fixture.read("_site/en/cities/beta/index.html"))
        #expect(object["url"] == nil)
        let downloads = try #require(object["distribution"] as? [[String: String]])
        #expect(downloads.map { $0["contentUrl"] } == ["../../../data/beta.csv", "../../../data/beta.json"])
        // Beta's source names no publisher: no creator rather than an invented one.
        #expect(object["creator"] == nil)
        #expect(object["temporalCoverage"] as? String == "2020/2021")
    }
}
