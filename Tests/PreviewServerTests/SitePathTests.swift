import Testing
@testable import PreviewServer

@Suite struct SitePathTests {
    @Test(arguments: [
        ("/", SitePath.Resolution.file("index.html")),
        ("/zh/", .file("zh/index.html")),
        ("/zh/cities/alpha/plan/", .file("zh/cities/alpha/plan/index.html")),
        ("/style.css", .file("style.css")),
        ("/zh", .file("zh")),
        ("/data/%E7%94%B2.csv", .file("data/甲.csv")),
        ("/../x", .invalid), ("/%2e%2e/x", .invalid), ("/a/%2E%2e/x", .invalid), ("/a%2fb", .invalid), ("/a%2Fb", .invalid),
        ("/a%5cb", .invalid), ("/a\\b", .invalid), ("//etc/passwd", .invalid), ("/a//b", .invalid), ("/./a", .invalid),
        ("/a%00", .invalid), ("a/b", .invalid), ("", .invalid), ("/%zz", .invalid),
    ])
    func resolves(raw: String, expected: SitePath.Resolution) {
        #expect(SitePath.resolve(raw) == expected)
    }
}
