import Diagnostics
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PropertyBased
import SiteBuilder
import Testing

/// Feeds mutated copies of the base site through the whole build, in-process: whatever the
/// input, the build finishes with located diagnostics and the previous output untouched, or
/// with a site whose files all parse.
@Suite struct FuzzTests {
    static let dataFiles = [
        "Content/site.yaml", "Content/indicators.yaml", "Content/cities/zhuhai/city.yaml",
        "Content/cities/dongguan/city.yaml", "Content/cities/dongguan/observations.csv",
    ]
    static let textFiles = [
        "Content/cities/zhuhai/2021-summary.zh.md", "Content/cities/zhuhai/2021-summary.en.md",
        "Content/pages/about.zh.md", "Content/pages/about.en.md",
        "Templates/footer.mustache", "Templates/strings/en.yaml",
    ]

    /// Cases per test: few by default, so that `make test` stays fast; set FUZZ_CASES (say
    /// 2000) for a long run.
    static let count = ProcessInfo.processInfo.environment["FUZZ_CASES"].flatMap(Int.init) ?? 30

    @Test func mutatedDataFiles() async throws {
        try await fuzz(Self.dataFiles)
    }

    @Test func mutatedNarrativesAndTemplates() async throws {
        try await fuzz(Self.textFiles)
    }

    /// Each case edits one to three of the files with random mutations, builds the site
    /// through the whole pipeline (load, validate, render, write) into the same output folder,
    /// and puts the files back. Whatever the input: no crash; every diagnostic located; a
    /// failed build says why and leaves the previous output byte for byte; a successful one
    /// writes XML and SVG that parse, JSON that parses, and HTML that html5lib parses without
    /// a single parse error (checked at the end, for the pages the mutations changed, unless a
    /// template was mutated: its markup is then the author's).
    private func fuzz(_ files: [String]) async throws {
        let site = try Corpus.baseSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("_site")
        try #require(await SiteBuild(root: site, output: output).run().summary != nil, "the base site does not build")
        let baseline = Corpus.snapshot(output)
        let originals = try Dictionary(uniqueKeysWithValues: files.map { ($0, try Data(contentsOf: site.appendingPathComponent($0))) })
        let edits = Gen.int(in: 0...Int.max).array(of: 1...3)
        var changedPages: [(name: String, html: Data)] = []
        var failed = 0, built = 0
        await propertyCheck(count: Self.count, input: edits) { seeds in
            var changed: [String: [UInt8]] = [:]
            for seed in seeds {
                let file = files[seed % files.count]
                changed[file] = Mutation(seed: seed / files.count).apply(to: changed[file] ?? Array(originals[file]!))
            }
            for (file, bytes) in changed { try? Data(bytes).write(to: site.appendingPathComponent(file)) }
            defer { for file in changed.keys { try? originals[file]!.write(to: site.appendingPathComponent(file)) } }

            let before = Corpus.snapshot(output)
            let result = await SiteBuild(root: site, output: output).run()
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.location.file.isEmpty, "a diagnostic without a file: \(diagnostic)")
                #expect(!diagnostic.location.file.hasPrefix("/"), "a diagnostic with an absolute path: \(diagnostic)")
                #expect(diagnostic.location.line >= 0 && diagnostic.location.column >= 0)
                #expect(diagnostic.location.line > 0 || diagnostic.location.column == 0, "a column without a line: \(diagnostic)")
                #expect(!diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty, "a diagnostic without a message at \(diagnostic.location)")
                #expect(!diagnostic.description.contains("Swift.") && !diagnostic.description.contains("Error("),
                        "a diagnostic that shows a programmer's error value: \(diagnostic)")
            }
            guard result.summary != nil else {
                failed += 1
                #expect(result.diagnostics.contains { $0.severity == .error }, "the build failed without saying why")
                #expect(Corpus.snapshot(output) == before, "a failed build changed the previous output")
                return
            }
            built += 1
            let after = Corpus.snapshot(output)
            for (path, data) in after.sorted(by: { $0.key < $1.key }) {
                if path.hasSuffix(".svg") || path.hasSuffix(".xml") {
                    let parser = XMLParser(data: data)
                    #expect(parser.parse(), "\(path) is not well-formed XML (\(String(describing: parser.parserError)), line \(parser.lineNumber)) after \(changed.keys.sorted())")
                } else if path.hasSuffix(".json") {
                    #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not JSON after \(changed.keys.sorted())")
                } else if path.hasSuffix(".html"), baseline[path] != data, changedPages.count < 4 * Self.count,
                          !changed.keys.contains(where: { $0.hasSuffix(".mustache") }) {
                    // A mutated template is the author's own markup: only pages made from the
                    // project's templates must parse cleanly.
                    changedPages.append(("\(changed.keys.sorted()) \(path)", data))
                }
            }
        }
        let errors = try HTML5Check.parseErrors(changedPages.map(\.html))
        for (page, pageErrors) in zip(changedPages, errors) where !pageErrors.isEmpty {
            Issue.record("\(page.name): html5lib parse errors \(pageErrors.prefix(3))")
        }
        // On a long run the mutations must reach both outcomes, or the test checks less than it
        // says. (About one data-file mutation in eight still builds: 30 cases can all fail.)
        if Self.count >= 200 {
            #expect(failed > 0 && built > 0, "\(failed) failed and \(built) successful builds")
            #expect(!changedPages.isEmpty, "no mutation changed a page")
        }
    }

}

/// html5lib (the WHATWG parsing algorithm; `make deps` installs it) as a validator: the parse
/// errors it reports for each document, all documents in one python3 process.
enum HTML5Check {
    static let script = #"""
import sys, json, base64, html5lib
result = []
for doc in json.load(sys.stdin):
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(base64.b64decode(doc))
    result.append([str(e) for e in parser.errors])
json.dump(result, sys.stdout)
"""#

    static func parseErrors(_ documents: [Data]) throws -> [[String]] {
        guard !documents.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let payload = try JSONSerialization.data(withJSONObject: documents.map { $0.base64EncodedString() })
        // Written from another thread: input and output can each exceed a pipe's buffer.
        let writer = Thread {
            input.fileHandleForWriting.write(payload)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with html5lib is needed (make deps): \(message)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
    }
}
