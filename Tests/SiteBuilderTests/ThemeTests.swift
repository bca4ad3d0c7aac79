import Foundation
@testable import Pages
import ReportSiteCLI
@testable import SiteBuilder
import Testing
@testable import Theme

/// The built-in theme and a site's overrides of it, through the CLI, in-process.
@Suite struct ThemeTests {
    private func build(_ fixture: Fixture) async -> (Int32, Captured) {
        await runCLI(["build", fixture.root.path])
    }

    private func builtIn(_ path: String) -> String {
        String(decoding: BuiltInTheme.files[path] ?? Data(), as: UTF8.self)
    }

    @Test func theBuiltInThemeHoldsEveryPageKindAndItsFilesAsInTheRepository() throws {
        for name in TemplateSet.required {
            #expect(BuiltInTheme.files["Templates/\(name).mustache"] != nil, "no built-in template \(name)")
        }
        // The embedded bytes are the files of the repository's Templates/ and Public/, no more, no less.
        let onDisk = Self.themeFiles(in: Fixture.repository)
        #expect(onDisk.contains("Templates/layout.mustache") && onDisk.contains("Public/style.css"))
        #expect(Set(BuiltInTheme.files.keys) == Set(onDisk))
        for path in onDisk {
            #expect(BuiltInTheme.files[path] == (try Data(contentsOf: Fixture.repository.appendingPathComponent(path))), "\(path) differs")
        }
    }

    @Test func themeExportWritesExactlyTheRepositorysTemplatesAndPublic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try BuiltInTheme.export(to: folder)
        let repository = Self.themeFiles(in: Fixture.repository)
        #expect(written == repository)
        #expect(Self.themeFiles(in: folder) == repository)
        for path in repository {
            #expect(try Data(contentsOf: folder.appendingPathComponent(path)) == (try Data(contentsOf: Fixture.repository.appendingPathComponent(path))), "\(path) differs")
        }
    }

    /// The files under a folder's `Templates/` and `Public/`, as sorted relative paths.
    static func themeFiles(in folder: URL) -> [String] {
        ["Templates", "Public"].flatMap { root in
            (FileManager.default.subpaths(atPath: folder.appendingPathComponent(root).path) ?? []).compactMap { path -> String? in
                var isDirectory: ObjCBool = false
                let url = folder.appendingPathComponent(root).appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
                return "\(root)/\(path)"
            }
        }.sorted()
    }

    @Test func aSiteWithOnlyContentBuildsWithTheBuiltInTheme() async throws {
        let fixture = try Fixture(SampleSite.text)
        defer { fixture.remove() }
        #expect(!fixture.exists("Templates") && !fixture.exists("Public"))
        let (code, captured) = await build(fixture)
        #expect(code == 0, "\(captured.err)")
        #expect(try fixture.bytes("_site/style.css") == BuiltInTheme.files["Public/style.css"])
        #expect(try fixture.bytes("_site/favicon.svg") == BuiltInTheme.files["Public/favicon.svg"])
        #expect(try fixture.read("_site/en/index.html").contains("Skip to content"))
    }

    @Test func siteFilesOverrideTheBuiltInOnesByName() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/footer.mustache --
        <footer class="site-footer"><p>Our own footer {{t.own_footer_note}}</p></footer>
        -- Templates/strings/en.yaml --
        skip_to_content: Jump to the content
        own_footer_note: (English)
        -- Templates/strings/zh.yaml --
        own_footer_note: （中文）
        -- Public/style.css --
        body { color: black; }
        -- Public/extra/logo.txt --
        logo
        """)
        defer { fixture.remove() }
        let (code, captured) = await build(fixture)
        #expect(code == 0, "\(captured.err)")
        let english = try fixture.read("_site/en/index.html")
        #expect(english.contains("Our own footer (English)"))
        #expect(english.contains("Jump to the content"))
        // Keys the site does not override keep their built-in text.
        #expect(try fixture.read("_site/en/cities/alpha/index.html").contains(#"<nav class="breadcrumb" aria-label="Breadcrumb">"#))
        #expect(try fixture.read("_site/zh/index.html").contains("Our own footer （中文）"))
        #expect(try fixture.read("_site/style.css") == "body { color: black; }\n")
        #expect(try fixture.read("_site/extra/logo.txt") == "logo\n")
        #expect(try fixture.bytes("_site/favicon.svg") == BuiltInTheme.files["Public/favicon.svg"])
    }

    @Test func aPartialNamedNowhereIsAnErrorAtItsLine() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/footer.mustache --
        <footer>
        {{> licence}}
        </footer>
        """)
        defer { fixture.remove() }
        let (code, captured) = await build(fixture)
        #expect(code == 1)
        #expect(captured.err.contains("Templates/footer.mustache:2: error: the partial 'licence' exists neither in Templates/ nor in the built-in theme"))
        #expect(!fixture.exists("_site"))
    }

    @Test func aPartialOfTheSiteCanBeUsedByAnOverride() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/footer.mustache --
        <footer>{{> licence}}</footer>
        -- Templates/licence.mustache --
        <p>CC BY 4.0</p>
        """)
        defer { fixture.remove() }
        let (code, captured) = await build(fixture)
        #expect(code == 0, "\(captured.err)")
        #expect(try fixture.read("_site/en/index.html").contains("<footer><p>CC BY 4.0</p>"))
    }

    @Test func aBrokenOverrideIsReportedAtTheSiteFile() async throws {
        let fixture = try Fixture(SampleSite.text + "\n" + """
        -- Templates/strings/en.yaml --
        skip_to_content: [not, text]
        """)
        defer { fixture.remove() }
        let (code, captured) = await build(fixture)
        #expect(code == 1)
        #expect(captured.err.contains("Templates/strings/en.yaml:1:1: error: 'skip_to_content' must be text"), "\(captured.err)")
        #expect(!captured.err.contains("built-in"))
    }

    @Test func aLanguageWithoutBuiltInStringsNeedsEveryKey() async throws {
        var text = SampleSite.text.replacingOccurrences(of: "  - { code: en, locale: en, name: English }",
                                                        with: "  - { code: en, locale: en, name: English }\n  - { code: fr, locale: fr, name: Français }")
        text = text.replacingOccurrences(of: "title: { zh: 城市环境信息公开, en: City Environment Disclosure }",
                                         with: "title: { zh: 城市环境信息公开, en: City Environment Disclosure, fr: Environnement }")
        let fixture = try Fixture(text + "\n" + """
        -- Templates/strings/fr.yaml --
        skip_to_content: Aller au contenu
        """)
        defer { fixture.remove() }
        let (code, captured) = await build(fixture)
        #expect(code == 1)
        #expect(captured.err.contains("Templates/strings/fr.yaml: error: missing interface string 'home' (used by the templates or pages)"), "\(captured.err)")
    }

    @Test func exportWritesTheThemeAndRefusesToOverwrite() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let captured = Captured()
        let sink = captured.sink
        #expect(await ReportSite.main(arguments: ["theme", "export", folder.path], output: sink) == 0)
        for (path, data) in BuiltInTheme.files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(path)) == data, "\(path)")
        }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("Public/style.css"))
        #expect(await ReportSite.main(arguments: ["theme", "export", folder.path], output: sink) == 1)
        #expect(captured.err.contains("Public/style.css"))
        #expect(try String(contentsOf: folder.appendingPathComponent("Public/style.css"), encoding: .utf8) == "mine")
        #expect(await ReportSite.main(arguments: ["theme", "export", "--force", folder.path], output: sink) == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("Public/style.css")) == BuiltInTheme.files["Public/style.css"])
    }
}
