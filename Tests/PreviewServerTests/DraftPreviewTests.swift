import Foundation
import Hummingbird
import Testing
@testable import PreviewServer

/// `serve` shows drafts (`draft: true`), each page with a visible draft banner, through the
/// source it serves from (`IncrementalSource`) and through the full-render source alike.
@Suite struct DraftPreviewTests {
    /// The fixture with its English report made a draft.
    static func fixtureWithADraft() throws -> PreviewFixture {
        let fixture = try PreviewFixture()
        try fixture.write("Content/cities/alpha/plan.en.md", try #require(PreviewFixture.files["Content/cities/alpha/plan.en.md"])
            .replacingOccurrences(of: "title: Alpha's five years\n", with: "title: Alpha's five years\ndraft: true\n"))
        return fixture
    }

    static let banner = """
        <div class="draft-banner" role="note">
        <p><strong class="draft-label">Draft: </strong>not published. The published site leaves this page out until “draft: true” is removed from its front matter.</p>
        </div>
        """

    @Test(arguments: ["incremental", "full"])
    func theDraftIsServedWithItsBannerAndTheRestWithout(source: String) async throws {
        let fixture = try Self.fixtureWithADraft()
        defer { fixture.remove() }
        let make = { (report: @escaping @Sendable (PreviewServer.Event) -> Void) in
            PreviewServer(
                configuration: .init(root: fixture.root, port: 0, watch: .none),
                source: source == "incremental" ? IncrementalSource(root: fixture.root) as any PreviewSource : FullRenderSource(root: fixture.root),
                report: report)
        }
        try await LiveClient.test(make) { _, client in
            let draft = try await client.execute(uri: "/en/cities/alpha/plan/", method: .get)
            #expect(draft.status == .ok)
            let html = String(buffer: draft.body)
            #expect(html.contains(Self.banner))
            // The banner stands before the report's heading, and its text is the page's own.
            let banner = try #require(html.range(of: Self.banner))
            let heading = try #require(html.range(of: "<h1>Alpha&#39;s five years</h1>"))
            #expect(banner.upperBound <= heading.lowerBound)
            #expect(html.contains("Good-air days were"))
            // The published Chinese version, and the English home listing the draft, have none.
            for uri in ["/zh/cities/alpha/plan/", "/en/", "/en/about/"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                #expect(!String(buffer: response.body).contains("draft-banner"), "\(uri)")
            }
        }
    }
}
