import Foundation
import Hummingbird
import Testing
@testable import PreviewServer

/// The preview's HTTP answers, from a server on a loopback port (LiveClient).
@Suite struct RouterTests {
    /// A server over a fresh fixture, not watching (tests rebuild by hand).
    static func server(_ fixture: PreviewFixture, baseURL: String? = nil,
                       report: @escaping @Sendable (PreviewServer.Event) -> Void = { _ in }) -> PreviewServer {
        PreviewServer(
            configuration: .init(root: fixture.root, port: 0, watch: .none),
            source: FullRenderSource(root: fixture.root, baseURL: baseURL), report: report)
    }

    /// What `build` would write, in memory.
    static func built(_ fixture: PreviewFixture, baseURL: String? = nil) async -> [String: Data] {
        await FullRenderSource(root: fixture.root, baseURL: baseURL).build().files
    }

    /// The served page without the preview's additions (everything from its script tag or
    /// overlay up to `</body>`).
    static func withoutPreview(_ html: String) -> String {
        guard let start = html.range(of: "<div id=\"\(ErrorOverlay.elementID)\"") ?? html.range(of: "<script id=\"report-site-preview\""),
              let end = html.range(of: "</script>\n", range: start.upperBound..<html.endIndex) else { return html }
        return String(html[..<start.lowerBound] + html[end.upperBound...])
    }

    @Test func pagesAreTheBuildOutputWithOnlyTheScriptAdded() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let expected = await Self.built(fixture)
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { _, client in
            for (uri, key) in [("/", "index.html"), ("/zh/", "zh/index.html"), ("/en/cities/alpha/plan/", "en/cities/alpha/plan/index.html")] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<script id=\"report-site-preview\" data-page=\"\(key)\""))
                #expect(html.components(separatedBy: "<script id=\"report-site-preview\"").count == 2)
                // The script sits just before </body>, and the rest is byte for byte `build`'s.
                #expect(html.contains("</script>\n</body>"))
                #expect(Self.withoutPreview(html) == String(decoding: try #require(expected[key]), as: UTF8.self))
            }
        }
        // …and what `build` writes never holds the script.
        #expect(!expected.values.contains { String(decoding: $0, as: UTF8.self).contains("report-site-preview") })
    }

    @Test func otherFilesAreServedVerbatimWithTheirTypes() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let expected = await Self.built(fixture, baseURL: "https://example.org/env/")
        let make = { (report: @escaping @Sendable (PreviewServer.Event) -> Void) in
            Self.server(fixture, baseURL: "https://example.org/env/", report: report)
        }
        let types = [
            "style.css": "text/css; charset=utf-8",
            "favicon.svg": "image/svg+xml; charset=utf-8",
            "data/alpha.csv": "text/csv; charset=utf-8",
            "data/alpha.json": "application/json; charset=utf-8",
            "sitemap.xml": "application/xml; charset=utf-8",
            "zh/feed.xml": "application/atom+xml; charset=utf-8",
        ]
        try await LiveClient.test(make) { _, client in
            for (path, type) in types {
                let body = try #require(expected[path], "the build has no \(path)")
                let response = try await client.execute(uri: "/" + path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
                #expect(Data(buffer: response.body) == body, "\(path) is not served verbatim")
            }
        }
    }

    @Test func directoriesRedirectToTheirSlashAndMissingPathsGetThe404Page() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let notFound = String(decoding: try #require(await Self.built(fixture)["404.html"]), as: UTF8.self)
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { _, client in
            let redirect = try await client.execute(uri: "/zh/cities/alpha", method: .get)
            #expect(redirect.status == .movedPermanently)
            #expect(redirect.headers[.location] == "/zh/cities/alpha/")

            let missing = try await client.execute(uri: "/zh/cities/omega/", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "text/html; charset=utf-8")
            let html = String(buffer: missing.body)
            #expect(Self.withoutPreview(html) == notFound)
            // The 404 page reloads by itself when the missing page appears.
            #expect(html.contains("data-page=\"zh/cities/omega/index.html\""))
            #expect(html.contains("data-watch=\"404.html\""))

            let post = try await client.execute(uri: "/zh/", method: .post)
            #expect(post.status == .methodNotAllowed)
        }
    }

    @Test(arguments: [
        "/../Content/site.yaml", "/%2e%2e/Content/site.yaml", "/%2E%2E/%2E%2E/etc/passwd", "/zh/..%2f..%2fContent/site.yaml",
        "/zh%2findex.html", "/zh%5cindex.html", "/zh\\index.html", "/..\\Content\\site.yaml", "//etc/passwd",
        "/etc/passwd", "/Content/site.yaml", "/Templates/layout.mustache", "/./index.html", "/zh/./index.html",
        "/zh//index.html", "/index.html%00.css", "/%2fetc%2fpasswd", "/zh/cities/alpha/../../index.html",
    ])
    func nothingOutsideTheBuiltSiteIsServed(uri: String) async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { _, client in
            let response: LiveClient.Response
            do {
                response = try await client.execute(uri: uri, method: .get)
            } catch where uri.contains("\\") {
                // A raw backslash is no valid request target: the server's HTTP parser refuses the
                // request and closes the connection before any route runs, so nothing is served.
                return
            }
            #expect(response.status == .notFound, "\(uri)")
            let body = String(buffer: response.body)
            #expect(!body.contains("defaultLanguage"), "\(uri) leaked a source file")
            #expect(!body.contains("root:"), "\(uri) leaked /etc/passwd")
        }
    }

    @Test func etagsAnswer304AndHeadHasNoBody() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { _, client in
            for uri in ["/zh/", "/style.css"] {
                let first = try await client.execute(uri: uri, method: .get)
                let etag = try #require(first.headers[.eTag])
                #expect(etag.hasPrefix("\"") && etag.hasSuffix("\""))
                #expect(first.headers[.cacheControl] == "no-cache")

                let again = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag])
                #expect(again.status == .notModified)
                #expect(again.body.readableBytes == 0)
                #expect(again.headers[.eTag] == etag)

                let other = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"0000\", W/\"1111\""])
                #expect(other.status == .ok)

                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == .ok)
                #expect(head.body.readableBytes == 0)
                #expect(head.headers[.contentLength] == String(first.body.readableBytes))
            }
        }
    }

    @Test func aBrokenBuildShowsTheOverlayOverTheLastGoodPagesAndTheFixClearsIt() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { server, client in
            let good = String(buffer: try await client.execute(uri: "/zh/cities/alpha/", method: .get).body)
            #expect(!good.contains(ErrorOverlay.elementID))

            try fixture.write("Content/cities/alpha/city.yaml", PreviewFixture.cityYAML.replacingOccurrences(
                of: "  - { indicator: air.good_days_ratio, year: 2020, value: 91.3 }",
                with: "  - { indicator: air.good_days_ratio, year: 2020, value: [91.3 }"))
            let broken = try #require(await server.rebuild(changed: ["Content/cities/alpha/city.yaml"]))
            #expect(broken.all)
            #expect(broken.changed.isEmpty)

            let page = try await client.execute(uri: "/zh/cities/alpha/", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<div id=\"\(ErrorOverlay.elementID)\""))
            #expect(html.contains("<span class=\"where\">Content/cities/alpha/city.yaml:11:"))
            // Under the overlay, the last good page.
            #expect(Self.withoutPreview(html) == Self.withoutPreview(good))

            // The same broken content again changes nothing a browser shows.
            #expect(await server.rebuild(changed: ["Content/cities/alpha/city.yaml"]) == nil)

            try fixture.write("Content/cities/alpha/city.yaml", PreviewFixture.cityYAML)
            let fixed = try #require(await server.rebuild(changed: ["Content/cities/alpha/city.yaml"]))
            #expect(fixed.all)
            let after = String(buffer: try await client.execute(uri: "/zh/cities/alpha/", method: .get).body)
            #expect(after == good)
        }
    }

    @Test func aNarrativeEditChangesItsPageAndNotTheOtherLanguage() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { server, client in
            let before = try await client.execute(uri: "/zh/cities/alpha/plan/", method: .get)
            try fixture.write("Content/cities/alpha/plan.zh.md", PreviewFixture.files["Content/cities/alpha/plan.zh.md"]! + "\n新增的一段：水质持续改善。\n")
            let event = try #require(await server.rebuild(changed: ["Content/cities/alpha/plan.zh.md"]))
            #expect(!event.all)
            #expect(event.changed.contains("zh/cities/alpha/plan/index.html"))
            #expect(!event.changed.contains("en/cities/alpha/plan/index.html"))
            #expect(!event.changed.contains("style.css"))

            let after = try await client.execute(uri: "/zh/cities/alpha/plan/", method: .get, headers: [.ifNoneMatch: try #require(before.headers[.eTag])])
            #expect(after.status == .ok)
            #expect(String(buffer: after.body).contains("新增的一段：水质持续改善。"))
        }
    }

    @Test func theEventStreamSaysReloadToAStalePageThenSendsChanges() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try await LiveClient.test({ Self.server(fixture, report: $0) }) { server, client in
            let page = try await client.execute(uri: "/zh/", method: .get)
            let token = try #require(String(buffer: page.body).firstMatch(of: /data-token="([0-9a-f]+)"/)?.1)

            // A current page: no reload, only later changes.
            async let current = client.execute(uri: "/_preview/events?page=zh/index.html&token=\(token)", method: .get)
            // A page served before a change it missed.
            async let stale = client.execute(uri: "/_preview/events?page=zh/index.html&token=0123456789abcdef", method: .get)
            try await Self.waitFor { await server.broadcaster.count == 2 }
            await server.broadcaster.publish(ReloadEvent(changed: ["zh/index.html", "zh/feed.xml"], all: false))
            await server.broadcaster.finishAll()

            let currentResponse = try await current, staleResponse = try await stale
            #expect(currentResponse.headers[.contentType] == "text/event-stream; charset=utf-8")
            let change = "event: change\ndata: {\"all\":false,\"changed\":[\"zh/index.html\",\"zh/feed.xml\"]}\n\n"
            #expect(String(buffer: currentResponse.body) == "retry: 500\n\n" + change)
            #expect(String(buffer: staleResponse.body) == "retry: 500\n\nevent: reload\ndata: stale\n\n" + change)
        }
    }

    static func waitFor(_ condition: () async -> Bool) async throws {
        for _ in 0..<500 {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(10))
        }
        Issue.record("condition not met within 5 s")
    }
}
