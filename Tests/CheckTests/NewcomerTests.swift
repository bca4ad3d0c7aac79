import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ReportSiteCLI
import Testing

/// The smaller things a newcomer hit (issue 19): messages that point at the wrong thing first,
/// paths that do not open, and numbers that do not add up as the reader works them out.
@Suite struct NewcomerTests {
    /// The base site with `replacements` made in one of its files.
    private func site(editing path: String, _ replacements: [(String, String)]) throws -> URL {
        let site = try Corpus.baseSite()
        let file = site.appendingPathComponent(path)
        var text = try String(contentsOf: file, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "\(path) has no '\(old)'")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return site
    }

    private func check(_ site: URL, _ extra: [String] = []) async -> (code: Int32, lines: [String]) {
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path] + extra, output: output.sink)
        return (code, output.diagnosticLines)
    }

    /// 19 → 18 is −5.26%, which a reader rounds to −5.3%: the message gives that plain change,
    /// not the middle of what the check accepts (−5.1%), and says the span is for rounding.
    @Test func aDisagreeingChangeShowsThePlainChangeOfTheLevels() async throws {
        let site = try site(editing: "Content/cities/zhuhai/city.yaml", [
            ("{ indicator: air.pm25, year: 2020, value: 20 }", "{ indicator: air.pm25, year: 2020, value: 19 }"),
            ("{ indicator: air.pm25, from: 2020, to: 2021, relative: -10 }", "{ indicator: air.pm25, from: 2020, to: 2021, relative: 5 }"),
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        #expect(lines == [
            "Content/cities/zhuhai/city.yaml:16:60: error: the reported change of +5% from 2020 to 2021 disagrees with the values, 19 in 2020 and 18 in 2021, which give -5.3% (-10.3% to 0.0% allowing for their rounding): check these three figures",
        ].map { "\(site.path)/\($0)" })
    }

    /// A change in percentage points: the plain difference, to the digits of the figures.
    @Test func aDisagreeingChangeInPointsShowsThePlainDifference() async throws {
        let site = try site(editing: "Content/cities/zhuhai/city.yaml", [
            ("{ indicator: air.good_days_ratio, from: 2020, to: 2021, points: 1.7 }", "{ indicator: air.good_days_ratio, from: 2020, to: 2021, points: 2.7 }"),
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        #expect(lines == [
            "Content/cities/zhuhai/city.yaml:15:69: error: the reported change of +2.7 percentage points from 2020 to 2021 disagrees with the values, 93.4 in 2020 and 95.1 in 2021, which give +1.7 percentage points (+1.6 to +1.8 percentage points allowing for their rounding): check these three figures",
        ].map { "\(site.path)/\($0)" })
    }
}

/// A mistake is reported where it was made, before (or instead of) what it causes elsewhere.
@Suite struct CauseFirstTests {
    private func check(_ site: URL) async -> (code: Int32, lines: [String]) {
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["check", site.path], output: output.sink)
        return (code, output.diagnosticLines)
    }

    private func site(editing path: String, _ old: String, _ new: String) throws -> URL {
        let site = try Corpus.baseSite()
        let file = site.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        return site
    }

    /// An observation without its year: the figures of the report that use that value are
    /// not reported as missing too (they were, in both languages, and listed first).
    @Test func anObservationMissingItsYearIsTheOnlyError() async throws {
        let site = try site(editing: "Content/cities/zhuhai/city.yaml",
                            "{ indicator: air.good_days_ratio, year: 2021, value: 95.1 }", "{ indicator: air.good_days_ratio, value: 95.1 }")
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        #expect(lines == ["Content/cities/zhuhai/city.yaml:10:5: error: an observation needs 'year'"].map { "\(site.path)/\($0)" })
    }

    @Test func anObservationWithAMisspeltKeyIsTheOnlyError() async throws {
        let site = try site(editing: "Content/cities/zhuhai/city.yaml",
                            "{ indicator: air.good_days_ratio, year: 2021, value: 95.1 }", "{ indicator: air.good_days_ratio, yaer: 2021, value: 95.1 }")
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        #expect(lines == ["Content/cities/zhuhai/city.yaml:10:39: error: unknown key 'yaer' in an observation (did you mean 'year'?)"].map { "\(site.path)/\($0)" })
    }

    /// A misspelt `id` key in indicators.yaml: the cities and reports that use the id are not
    /// all reported as using an unknown indicator.
    @Test func anIndicatorWithAMisspeltIDKeyIsTheOnlyError() async throws {
        let site = try site(editing: "Content/indicators.yaml", "- id: air.pm25", "- idx: air.pm25")
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        #expect(lines == ["Content/indicators.yaml:8:3: error: unknown key 'idx' in an indicator (did you mean 'id'?)"].map { "\(site.path)/\($0)" })
    }

    /// An indicator without any id cannot be matched to its uses, which are reported too:
    /// after it, each city's data before its reports.
    @Test func whatCannotBeTracedBackIsListedAfterItsCause() async throws {
        let site = try site(editing: "Content/indicators.yaml", "- id: air.pm25\n  category: air", "- category: air")
        defer { try? FileManager.default.removeItem(at: site) }
        let (code, lines) = await check(site)
        #expect(code == 1)
        let unknown = "error: unknown indicator 'air.pm25': it is not defined in Content/indicators.yaml (add it to Content/indicators.yaml, or check the spelling)"
        #expect(lines == [
            "Content/indicators.yaml:8:3: error: an indicator needs 'id'",
            "Content/cities/dongguan/city.yaml:11:18: \(unknown)",
            "Content/cities/dongguan/city.yaml:13:18: \(unknown)",
            "Content/cities/dongguan/observations.csv:4:1: \(unknown)",
            "Content/cities/zhuhai/city.yaml:11:18: \(unknown)",
            "Content/cities/zhuhai/city.yaml:12:18: \(unknown)",
            "Content/cities/zhuhai/city.yaml:16:18: \(unknown)",
            "Content/cities/zhuhai/2021-summary.en.md:11:12: error: unknown indicator 'air.pm25' in this chart",
            "Content/cities/zhuhai/2021-summary.zh.md:11:12: error: unknown indicator 'air.pm25' in this chart",
            "Content/pages/about.en.md:9:12: error: unknown indicator 'air.pm25' in this chart",
            "Content/pages/about.zh.md:9:12: error: unknown indicator 'air.pm25' in this chart",
        ].map { "\(site.path)/\($0)" })
    }

    @Test func filesAreOrderedCauseFirst() {
        let at = { (file: String) in SourceLocation(file: file, line: 1, column: 1) }
        let diagnostics: [Diagnostic] = [
            .error("a", at: at("Content/cities/a/report.en.md")),
            .error("b", at: at("Content/pages/about.en.md")),
            .error("c", at: at("Content/cities/a/city.yaml")),
            .error("d", at: at("Content/site.yaml")),
            .error("e", at: at("Content/cities/b/city.yaml")),
            .error("f", at: at("Content/indicators.yaml")),
            .error("g", at: at("Content/cities/a/observations.csv")),
            .error("h", at: at("Content/cities/a")),
            .error("i", at: at("Templates/layout.mustache")),
        ]
        #expect(diagnostics.sortedForDisplay().map(\.message) == ["d", "f", "h", "c", "g", "a", "e", "b", "i"])
    }
}

/// A misspelt command gets a "did you mean", as misspelt ids in the content do.
@Suite struct UnknownCommandTests {
    private func run(_ arguments: [String]) async -> (code: Int32, out: String, err: String) {
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: arguments, output: output.sink)
        return (code, output.standardOutput, output.standardError)
    }

    @Test func aMisspeltCommandSuggestsTheRightOne() async {
        for arguments in [["bulid"], ["bulid", "some/site", "--strict"]] {
            let (code, out, err) = await run(arguments)
            #expect(code == 2)
            #expect(out == "")
            #expect(err == """
            error: unknown command 'bulid' (did you mean 'build'?)
            Usage: report-site <subcommand>
              See 'report-site --help' for more information.
            """)
        }
    }

    @Test func aMisspeltSubcommandSuggestsTheRightOne() async {
        let (code, _, err) = await run(["theme", "exprot", "out"])
        #expect(code == 2)
        #expect(err == """
        error: unknown command 'exprot' (did you mean 'export'?)
        Usage: report-site theme <subcommand>
          See 'report-site theme --help' for more information.
        """)
    }

    /// Nothing close: the commands are listed (those `shouldDisplay` hides would be left out).
    @Test func anUnknownCommandListsTheCommands() async {
        let (code, _, err) = await run(["publish"])
        #expect(code == 2)
        #expect(err == """
        error: unknown command 'publish': the commands are build, check, new, new-city, new-report, theme and serve
        Usage: report-site <subcommand>
          See 'report-site --help' for more information.
        """)
    }

    /// Other mistakes keep the argument parser's own messages.
    @Test func otherUsageErrorsAreLeftToTheParser() async {
        let (option, _, optionErr) = await run(["--bogus"])
        #expect(option == 2)
        #expect(optionErr.hasPrefix("Error: Unknown option '--bogus'"))
        let (extra, _, extraErr) = await run(["check", "a", "b"])
        #expect(extra == 2)
        #expect(extraErr.hasPrefix("Error: Unexpected argument 'b'"))
    }
}

/// `serve` on a port that another program listens on: a sentence that names the port and what
/// to do, not NIO's `bind(descriptor:ptr:bytes:)`.
@Suite struct PortInUseTests {
    /// A TCP socket listening on 127.0.0.1, at a port the system picks: its descriptor and port.
    private func listener() throws -> (descriptor: Int32, port: Int) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        try #require(fd >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) } }
        try #require(bound == 0)
        try #require(listen(fd, 1) == 0)
        var length = size
        let named = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        try #require(named == 0)
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aPortInUseIsNamedWithWhatToTry() async throws {
        let (descriptor, port) = try listener()
        defer { close(descriptor) }
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = CapturedOutput()
        let code = await ReportSite.main(arguments: ["serve", site.path, "--port", "\(port)", "--poll"], output: output.sink)
        #expect(code == 1)
        #expect(output.standardError == "error: port \(port) on 127.0.0.1 is in use, perhaps by another report-site serve: try --port \(port + 1), or --port 0 to pick a free one")
    }
}

/// Problems name their file as it opens from where the command was run (`some/site/Content/…`),
/// not from inside the site folder.
@Suite struct PathFromHereTests {
    /// `site` as a path relative to the current directory (`../../tmp/check-corpus-…`).
    private func relative(_ site: URL) -> String {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let there = site.standardizedFileURL.pathComponents
        var common = 0
        while common < min(here.count, there.count), here[common] == there[common] { common += 1 }
        return (Array(repeating: "..", count: here.count - common) + there[common...]).joined(separator: "/")
    }

    @Test func everyFormatNamesTheFileFromTheCurrentDirectory() async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let city = site.appendingPathComponent("Content/cities/zhuhai/city.yaml")
        try String(contentsOf: city, encoding: .utf8).replacingOccurrences(of: "air.good_days_ratio, year: 2021", with: "air.good_day_ratio, year: 2021")
            .write(to: city, atomically: true, encoding: .utf8)
        let path = relative(site)
        #expect(path.hasPrefix(".."))
        let file = "\(path)/Content/cities/zhuhai/city.yaml"
        #expect(FileManager.default.fileExists(atPath: file))
        let message = "unknown indicator 'air.good_day_ratio': it is not defined in Content/indicators.yaml"

        // A trailing slash, or a leading ./, makes no difference.
        for given in [path, path + "/", "./" + path] {
            let text = CapturedOutput()
            #expect(await ReportSite.main(arguments: ["check", given], output: text.sink) == 1)
            #expect(text.diagnosticLines == ["\(file):10:18: error: \(message) (did you mean 'air.good_days_ratio'?)"])
        }
        let built = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["build", path, "-o", site.appendingPathComponent("out").path], output: built.sink) == 1)
        #expect(built.diagnosticLines == ["\(file):10:18: error: \(message) (did you mean 'air.good_days_ratio'?)"])

        let github = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["check", path, "--format", "github"], output: github.sink) == 1)
        #expect(github.diagnosticLines == ["::error file=\(file),line=10,col=18::\(message) (did you mean 'air.good_days_ratio'?)"])

        let json = CapturedOutput()
        #expect(await ReportSite.main(arguments: ["check", path, "--format", "json"], output: json.sink) == 1)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.first?["file"] as? String == file)
    }

    /// GitHub annotations need a path from the repository's root (the current directory in
    /// Actions), so an absolute site folder inside it is made relative; text keeps the folder as given.
    @Test func displayPaths() {
        let path = { (site: String, github: Bool) in
            DiagnosticFormat.displayPath("Content/site.yaml", siteDirectory: site, fromRepositoryRoot: github, currentDirectory: "/work/repo")
        }
        #expect(path(".", false) == "Content/site.yaml")
        #expect(path("./", true) == "Content/site.yaml")
        #expect(path("some/site/", false) == "some/site/Content/site.yaml")
        #expect(path("./some/site", true) == "some/site/Content/site.yaml")
        #expect(path("/work/repo/some/site", false) == "/work/repo/some/site/Content/site.yaml")
        #expect(path("/work/repo/some/site", true) == "some/site/Content/site.yaml")
        #expect(path("/work/repo/./some/../site", true) == "site/Content/site.yaml")
        #expect(path("/elsewhere/site", true) == "/elsewhere/site/Content/site.yaml")
        #expect(path("/", false) == "/Content/site.yaml")
        // Not in the site folder: the built-in theme, and the output folder (absolute).
        #expect(DiagnosticFormat.displayPath("(built-in theme) layout.mustache", siteDirectory: "some/site") == "(built-in theme) layout.mustache")
        #expect(DiagnosticFormat.displayPath("/tmp/out", siteDirectory: "some/site") == "/tmp/out")
    }
}
