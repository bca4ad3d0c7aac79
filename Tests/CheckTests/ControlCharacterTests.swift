import Foundation
import SiteBuilder
import Testing

/// Control characters and noncharacters typed (or pasted) into a narrative never reach a page:
/// an HTML parser reports each as an error. Found by `FuzzTests` flipping a byte of
/// `about.en.md`; here every such kind of character, in every place Markdown puts text.
@Suite struct ControlCharacterTests {
    static let characters: [Unicode.Scalar] = [0x01, 0x08, 0x0B, 0x0E, 0x1F, 0x7F, 0x80, 0x9F, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE]
        .map { Unicode.Scalar($0)! }

    @Test func noneReachesAPage() async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let bad = String(String.UnicodeScalarView(Self.characters))
        let path = site.appendingPathComponent("Content/pages/about.en.md")
        var text = try String(contentsOf: path, encoding: .utf8)
        // The title in YAML's escapes; the body: text, emphasis, code, a code block with an
        // info string, a link with a title, an image's alt, a heading, a table cell.
        text = text.replacingOccurrences(of: "title: About this site", with: #"title: "About\x01\x7F\u0080\uFDD0 this site""#)
        text += "\n\n## Head\(bad)ing\n\nText\(bad) *em\(bad)* `co\(bad)de` [link](/x \"ti\(bad)tle\") ![al\(bad)t](/i.png)\n\n"
            + "```sw\(bad)ift\nco\(bad)de\n```\n\n| a\(bad) |\n| - |\n| b\(bad) |\n"
        try text.write(to: path, atomically: true, encoding: .utf8)
        let output = site.appendingPathComponent("_site")
        let result = await SiteBuild(root: site, output: output).run()
        try #require(result.summary != nil, "\(result.diagnostics)")
        let pages = ["en/about/index.html", "en/index.html", "zh/about/index.html"]
        let documents = try pages.map { try Data(contentsOf: output.appendingPathComponent($0)) }
        let about = String(decoding: documents[0], as: UTF8.self)
        // Left out, not replaced: the words around them come out whole.
        #expect(about.contains("About this site") && about.contains("Heading") && about.contains(">Text <em>em</em> <code>code</code>"))
        for scalar in Self.characters {
            #expect(!about.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true)) reached the page")
        }
        for (page, errors) in zip(pages, try HTML5Check.parseErrors(documents)) {
            #expect(errors.isEmpty, "\(page): \(errors.prefix(3))")
        }
    }
}
