import Diagnostics
import Testing
@testable import PreviewServer

@Suite struct ErrorOverlayTests {
    @Test func everyPartOfEveryDiagnosticIsShownEscaped() {
        let html = ErrorOverlay.render([
            .error("unknown indicator '<img src=x onerror=alert(1)>'", at: SourceLocation(file: "Content/cities/a&b/<x>.md", line: 12, column: 7),
                   suggestion: "did you mean \"air.pm25\"?"),
            .warning("no English title", at: SourceLocation(file: "Content/pages/about.zh.md")),
        ])
        #expect(html.contains("The site does not build: 1 error, 1 warning"))
        #expect(html.contains("<li class=\"error\"><span class=\"where\">Content/cities/a&amp;b/&lt;x&gt;.md:12:7</span>: <span class=\"severity\">error</span>: <span class=\"message\">unknown indicator &#39;&lt;img src=x onerror=alert(1)&gt;&#39;</span><span class=\"suggestion\">did you mean &quot;air.pm25&quot;?</span></li>"))
        #expect(html.contains("<li class=\"warning\"><span class=\"where\">Content/pages/about.zh.md</span>: <span class=\"severity\">warning</span>: <span class=\"message\">no English title</span></li>"))
        #expect(!html.contains("<img"))
        // Errors come before warnings.
        #expect(html.range(of: "class=\"error\"")!.lowerBound < html.range(of: "class=\"warning\"")!.lowerBound)
    }
}
