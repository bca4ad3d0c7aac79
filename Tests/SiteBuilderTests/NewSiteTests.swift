import Foundation
import ReportSiteCLI
import Testing

/// `new`, `new-city` and `new-report` through the CLI, in-process, in temporary folders: what
/// they write passes `check` and builds; `check --strict` lists only its examples
/// (`placeholder: true`) and drafts, which PlaceholderTests checks line by line.
@Suite struct NewSiteTests {
    private func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every line of `check`'s output, but the summary, is a warning about a placeholder or a draft.
    private func onlyPlaceholdersAndDrafts(_ text: String) -> Bool {
        text.components(separatedBy: "\n").allSatisfy {
            $0.contains(": warning: placeholder: ") || $0.contains(": warning: draft: ") || $0.hasPrefix("check failed: 0 errors, ")
        }
    }

    @Test func aNewSitePassesTheCheckAndBuilds() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (created, output) = await runCLI(["new", folder.path, "--city", "zhuhai", "--name-zh", "珠海市", "--name-en", "Zhuhai"])
        #expect(created == 0, "\(output.err)")
        let written = Set(FileManager.default.subpaths(atPath: folder.path)!.filter { $0.contains(".") })
        #expect(written == ["Content/site.yaml", "Content/indicators.yaml", "Content/cities/zhuhai/city.yaml",
                            "Content/cities/zhuhai/2023-environment.zh.md", "Content/cities/zhuhai/2023-environment.en.md",
                            "Content/pages/about.zh.md", "Content/pages/about.en.md"])
        #expect(try read(folder, "Content/site.yaml").contains("docs/content-format.md"))
        #expect(try read(folder, "Content/cities/zhuhai/city.yaml").contains(#"name: { zh: "珠海市", en: "Zhuhai" }"#))

        // Its twelve examples are warnings (listed in PlaceholderTests), and nothing else.
        let (checked, check) = await runCLI(["check", folder.path])
        #expect(checked == 0, "\(check.err)")
        #expect(check.out == "check passed: 0 errors, 12 warnings")
        #expect(onlyPlaceholdersAndDrafts(check.err))

        let (built, build) = await runCLI(["build", folder.path])
        #expect(built == 0, "\(build.err)")
        #expect(build.err == check.err)
        let english = try read(folder, "_site/en/cities/zhuhai/2023-environment/index.html")
        // The figure references resolved, the reported change won over the levels, the chart was drawn.
        #expect(english.contains("93.0%"))
        #expect(english.contains(">down 14.3%</data> since 2021"))
        #expect(english.contains(">up 0.7 percentage points</data> on the year before"))
        #expect(english.contains("<svg"))
        #expect(try read(folder, "_site/zh/cities/zhuhai/2023-environment/index.html").contains("120件"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/en/about/index.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/style.css").path))
    }

    @Test func aCityAndAReportAddedToANewSiteStillPassTheCheck() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path]).0 == 0)
        let (city, cityOutput) = await runCLI(["new-city", "shenzhen", "--name-zh", "深圳市", "--name-en", "Shenzhen", "--site", folder.path])
        #expect(city == 0, "\(cityOutput.err)")
        #expect(try read(folder, "Content/cities/shenzhen/city.yaml").contains(#"name: { zh: "深圳市", en: "Shenzhen" }"#))
        let (report, reportOutput) = await runCLI(["new-report", "shenzhen", "2024-summary", "--date", "2025-01-15", "--site", folder.path])
        #expect(report == 0, "\(reportOutput.err)")
        for code in ["zh", "en"] {
            #expect(try read(folder, "Content/cities/shenzhen/2024-summary.\(code).md").contains("date: 2025-01-15"))
            #expect(try read(folder, "Content/cities/shenzhen/2024-summary.\(code).md").contains("\ndraft: true\n"))
        }
        let (checked, check) = await runCLI(["check", folder.path])
        #expect(checked == 0, "\(check.err)")
        #expect(check.out == "check passed: 0 errors, 15 warnings")
        #expect(onlyPlaceholdersAndDrafts(check.err))

        // Neither command replaces what exists.
        let (again, againOutput) = await runCLI(["new-report", "shenzhen", "2024-summary", "--site", folder.path])
        #expect(again == 1)
        #expect(againOutput.err.contains("the report '2024-summary' exists already"))
        let (cityAgain, _) = await runCLI(["new-city", "shenzhen", "--site", folder.path])
        #expect(cityAgain == 1)
        let (unknown, unknownOutput) = await runCLI(["new-report", "shenzen", "x", "--site", folder.path])
        #expect(unknown == 1)
        #expect(unknownOutput.err.contains("there is no city 'shenzen' (did you mean 'shenzhen'?)"))
    }

    @Test func aThirdLanguageGetsStringsToTranslateAndStillPasses() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (created, output) = await runCLI(["new", folder.path, "--languages", "en,zh,fr", "--name-en", #"Quote "and: colon""#])
        #expect(created == 0, "\(output.err)")
        #expect(try read(folder, "Content/site.yaml").contains("defaultLanguage: en"))
        #expect(try read(folder, "Templates/strings/fr.yaml").hasPrefix("# Interface text for 'fr', copied from the built-in 'en'"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates/strings/en.yaml").path))
        // Under --strict only the examples are listed (the report's three languages among
        // them): the copied strings lack nothing.
        let (checked, check) = await runCLI(["check", folder.path, "--strict"])
        #expect(checked == 1)
        #expect(check.err.hasSuffix("check failed: 0 errors, 13 warnings (--strict)"))
        #expect(onlyPlaceholdersAndDrafts(check.err))
        let (built, _) = await runCLI(["build", folder.path])
        #expect(built == 0)
        #expect(try read(folder, "_site/fr/index.html").contains(#"Quote &quot;and: colon&quot;"#))
    }

    @Test func newRefusesAFolderThatHoldsFiles() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let (code, output) = await runCLI(["new", folder.path])
        #expect(code == 1)
        #expect(output.err.contains("is not empty (it holds notes.txt)"))
        #expect(FileManager.default.subpaths(atPath: folder.path) == ["notes.txt"])
    }

    @Test func badIdsAreUsageErrors() async {
        #expect(await runCLI(["new", "/tmp/x", "--city", "Zhuhai"]).0 == 2)
        #expect(await runCLI(["new", "/tmp/x", "--languages", "zh,ZH"]).0 == 2)
        #expect(await runCLI(["new-report", "zhuhai", "Bad Name"]).0 == 2)
        #expect(await runCLI(["new-report", "zhuhai", "ok", "--date", "2024-1-5"]).0 == 2)
    }

    @Test func versionAndCompletionScripts() async {
        let (code, output) = await runCLI(["--version"])
        #expect(code == 0)
        #expect(output.out == ReportSite.version)
        for shell in ["bash", "zsh", "fish"] {
            let (scriptCode, script) = await runCLI(["--generate-completion-script", shell])
            #expect(scriptCode == 0)
            #expect(script.out.contains("new-report"), "\(shell)")
            #expect(script.out.contains("base-url"), "\(shell)")
        }
    }

    @Test func quietPrintsOnlyProblems() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path]).0 == 0)
        // The problems are the new site's examples, listed as warnings; nothing else is printed.
        let (checked, check) = await runCLI(["check", folder.path, "--quiet"])
        #expect(checked == 0)
        #expect(check.out.isEmpty)
        #expect(check.err.components(separatedBy: "\n").count == 12 && onlyPlaceholdersAndDrafts(check.err))
        let (built, build) = await runCLI(["build", folder.path, "-q"])
        #expect(built == 0)
        #expect(build.out.isEmpty)
        #expect(build.err == check.err)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/index.html").path))
    }

    @Test func progressGoesToTheStatusLineAndNeverToTheOutput() async throws {
        let folder = Fixture.temporaryFolder("report-site-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(await runCLI(["new", folder.path]).0 == 0)
        let captured = Captured()
        let statuses = Captured()
        let sink = OutputSink(out: { captured.append(out: $0) }, err: { captured.append(err: $0) },
                              status: { statuses.append(out: $0 ?? "<cleared>") })
        #expect(await ReportSite.main(arguments: ["build", folder.path], output: sink) == 0)
        let lines = statuses.out.components(separatedBy: "\n")
        #expect(lines.first == "[1/3] checking the content")
        #expect(lines.contains { $0.hasPrefix("[2/3] rendering 0/") })
        let total = try #require(lines.first { $0.hasPrefix("[2/3] rendering 0/") }?.split(separator: "/").last)
        #expect(lines.contains("[2/3] rendering \(total)/\(total)"))
        #expect(Array(lines.suffix(2)) == ["[3/3] writing", "<cleared>"])
        // Standard error has the new site's examples as warnings, and nothing of the progress.
        #expect(onlyPlaceholdersAndDrafts(captured.err))
        #expect(captured.out.hasPrefix("built "))
        // --quiet draws no progress either.
        let quiet = Captured()
        _ = await ReportSite.main(arguments: ["build", folder.path, "--quiet"],
                                  output: OutputSink(out: { _ in }, err: { _ in }, status: { quiet.append(out: $0 ?? "<cleared>") }))
        #expect(quiet.out.isEmpty)
    }
}
