import ReportSiteCLI
import Testing

/// Exit codes of the command line: 0 success, 1 content errors, 2 usage errors.
@Suite struct CommandLineTests {
    @Test func anUnknownOptionIsAUsageError() async {
        let (code, captured) = await runCLI(["build", "--no-such-option"])
        #expect(code == 2)
        #expect(captured.err.contains("Unknown option '--no-such-option'"))
    }

    @Test func aBadBaseURLIsAUsageError() async {
        let (code, captured) = await runCLI(["build", ".", "--base-url", "example.org"])
        #expect(code == 2)
        #expect(captured.err.contains("--base-url must be an absolute http(s) URL"))
    }

    @Test func helpExitsZero() async {
        let (code, captured) = await runCLI(["build", "--help"])
        #expect(code == 0)
        #expect(captured.out.contains("--base-url"))
        #expect(captured.out.contains("--strict"))
    }

    @Test func aFolderWithoutContentIsAContentError() async {
        let (code, captured) = await runCLI(["build", "/nonexistent-site-folder"])
        #expect(code == 1)
        #expect(captured.err.contains("Content: error: there is no Content/ folder here"))
    }
}
