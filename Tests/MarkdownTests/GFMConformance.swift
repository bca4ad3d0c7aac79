import CCmarkGFM
import Foundation
@testable import Markdown

/// One example of the GFM test files: its Markdown and the HTML the file expects, numbered as
/// in its file (disabled examples count, so spec numbers match the published spec).
struct GFMExample: Codable, Sendable {
    let file: String
    let number: Int
    let section: String
    /// The words after `example` on the opening line: the extensions cmark's runner enables
    /// for it (`table`, `autolink`, `footnotes`, …), or `disabled` for one it skips.
    let extensions: [String]
    let markdown: String
    let html: String

    var key: String { "\(file):\(number)" }
    var disabled: Bool { extensions.contains("disabled") }

    /// Field by field on Unicode scalars: Swift's `==` on strings is canonical equivalence,
    /// which would take a decomposed é for a composed one.
    func isIdentical(to other: GFMExample) -> Bool {
        func same(_ a: String, _ b: String) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }
        return same(file, other.file) && number == other.number && same(section, other.section)
            && extensions == other.extensions && same(markdown, other.markdown) && same(html, other.html)
    }
}

/// The GFM test files' examples (`spec.txt`, `extensions.txt`, `regression.txt` from
/// cmark-gfm), committed in `Fixtures/gfm-examples.json` so that the test runs in any clone;
/// `Fixtures/README.md` says where they come from and under which licences. The text files
/// themselves, where present (`shared/fixtures/gfm` beside the clone, as CI has them, or
/// `GFM_FIXTURES`), are checked to give exactly the committed examples.
enum GFMFixtures {
    static let files = ["spec", "extensions", "regression"]

    /// Enabled examples per file: a fixture that reads fewer fails instead of passing on less.
    static let enabledCounts = ["spec": 671, "extensions": 28, "regression": 19]

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/gfm-examples.json")

    /// Every example of the committed fixture (disabled ones too), in file order.
    static func committed() throws -> [GFMExample] {
        try JSONDecoder().decode([GFMExample].self, from: Data(contentsOf: fixture))
    }

    /// The enabled examples of a file, from the committed fixture (the two disabled spec
    /// examples are skipped, as cmark's runner does).
    static func examples(_ file: String) throws -> [GFMExample] {
        try committed().filter { $0.file == file && !$0.disabled }
    }

    /// The folder of the text files, nil when it has none of them: `GFM_FIXTURES`, else
    /// `shared/fixtures/gfm` beside the repository's clone.
    static var upstreamFolder: URL? {
        let folder = ProcessInfo.processInfo.environment["GFM_FIXTURES"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("shared/fixtures/gfm")
        let found = files.contains { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0).txt").path) }
        return found ? folder : nil
    }

    /// Every example of the text files in `folder`.
    static func extract(from folder: URL) throws -> [GFMExample] {
        try files.flatMap { file in
            extract(file: file, from: try String(contentsOf: folder.appendingPathComponent("\(file).txt"), encoding: .utf8))
        }
    }

    /// The fixture's bytes: a JSON array with one example per line, so that a change to the
    /// text files shows in a diff as the examples it changed.
    static func encode(_ examples: [GFMExample]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try examples.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        return Data(("[\n" + lines.joined(separator: ",\n") + "\n]\n").utf8)
    }

    /// Every example of one text file, as cmark's `spec_tests.py` reads them: fenced by 32
    /// backticks and the word `example`, Markdown and HTML split by a line holding only `.`,
    /// `→` standing for a tab.
    static func extract(file: String, from text: String) -> [GFMExample] {
        let fence = String(repeating: "`", count: 32)
        var examples: [GFMExample] = []
        var number = 0
        var section = ""
        var state: (extensions: [String], markdown: [String], html: [String], inHTML: Bool)?
        // Split on LF scalars: `components(separatedBy: "\n")` compares Characters and leaves a
        // CR LF pair unsplit, and regression.txt's first example ends a line in CR CR LF.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        for line in lines {
            if var current = state {
                if line == fence {
                    func joined(_ lines: [String]) -> String {
                        lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                    }
                    examples.append(GFMExample(file: file, number: number, section: section, extensions: current.extensions,
                                               markdown: joined(current.markdown), html: joined(current.html)))
                    state = nil
                } else {
                    if current.inHTML { current.html.append(line) } else if line == "." { current.inHTML = true } else { current.markdown.append(line) }
                    state = current
                }
            } else if line.hasPrefix(fence + " example") {
                number += 1
                state = (line.split(separator: " ").dropFirst(2).map(String.init), [], [], false)
            } else if line.hasPrefix("#") {
                section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }
}

/// The reference: cmark-gfm's own HTML renderer, by default with the extensions and options
/// our parser uses.
enum CmarkReference {
    /// - Parameters:
    ///   - extensions: the syntax extensions to attach; `footnotes` among them turns on cmark's
    ///     footnote option instead (it is no syntax extension), as the example lines use it.
    ///   - rawHTML: whether raw HTML is written (cmark's `--unsafe`, as its spec runner does)
    ///     instead of omitted (its default, and ours).
    static func html(_ markdown: String, extensions: [String] = CommonMarkConverter.extensionNames + ["footnotes"], rawHTML: Bool = false) -> String {
        // cmark-gfm's inline character table is global (see CommonMarkConverter): one parse at a time.
        CommonMarkConverter.lock.withLock {
            cmark_gfm_core_extensions_ensure_registered()
            let options = (extensions.contains("footnotes") ? CMARK_OPT_FOOTNOTES : CMARK_OPT_DEFAULT) | (rawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
            guard let parser = cmark_parser_new(options) else { return "" }
            defer { cmark_parser_free(parser) }
            for name in extensions where name != "footnotes" {
                if let syntaxExtension = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
                }
            }
            var text = markdown
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else { return }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
            }
            guard let root = cmark_parser_finish(parser) else { return "" }
            defer { cmark_node_free(root) }
            guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }
}

/// Normalises HTML before comparing, with the rules of cmark's test runner: whitespace runs
/// collapsed outside `pre`, whitespace next to block tags dropped, attributes sorted, `<x />`
/// written `<x>`, character references decoded (but `<`, `>`, `&`, `"` kept as entities), and
/// a bare attribute written as `name=""` (the same attribute in HTML). It uses Python's
/// html.parser (standard library) as the tokenizer, all strings in one process.
enum HTMLNormalizer {
    static let script = #"""
import sys, json, re
from html.parser import HTMLParser
from html.entities import name2codepoint

BLOCK = set('article header aside hgroup blockquote hr iframe body li map button object canvas ol caption output col p colgroup pre dd progress div section dl table td dt tbody embed textarea fieldset tfoot figcaption th figure thead footer tr form ul h1 h2 h3 h4 h5 h6 video script style'.split())
SPACE = re.compile(r'\s+')

def entity(c):
    return {'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'}.get(c, c)

class Normalizer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out, self.last, self.tag, self.pre = '', 'starttag', '', False
    def handle_starttag(self, tag, attrs):
        if tag == 'pre': self.pre = True
        if tag in BLOCK: self.out = self.out.rstrip()
        self.out += '<' + tag + ''.join(' %s="%s"' % (k, ''.join(entity(c) for c in (v or ''))) for k, v in sorted(attrs, key=lambda a: (a[0], a[1] or ''))) + '>'
        self.tag, self.last = tag, 'starttag'
    def handle_startendtag(self, tag, attrs):
        # The same as <x>: cmark writes <hr />, we write <hr>, and text after either is one text
        # (cmark's runner took <x /> for an end tag and stripped the text's end before a reference).
        self.handle_starttag(tag, attrs)
    def handle_endtag(self, tag):
        if tag == 'pre': self.pre = False
        elif tag in BLOCK: self.out = self.out.rstrip()
        self.out += '</' + tag + '>'
        self.tag, self.last = tag, 'endtag'
    def handle_data(self, data):
        after_tag = self.last in ('starttag', 'endtag')
        if after_tag and self.tag == 'br': data = data.lstrip('\n')
        if not self.pre: data = SPACE.sub(' ', data)
        if after_tag and self.tag in BLOCK and not self.pre:
            data = data.lstrip() if self.last == 'starttag' else data.strip()
        self.out += data
        self.last = 'data'
    def handle_comment(self, data):
        self.out += '<!--' + data + '-->'; self.last = 'comment'
    def handle_decl(self, data):
        self.out += '<!' + data + '>'; self.last = 'decl'
    def unknown_decl(self, data):
        self.out += '<!' + data + '>'; self.last = 'decl'
    def handle_pi(self, data):
        self.out += '<?' + data + '>'; self.last = 'pi'
    def handle_entityref(self, name):
        self.out += entity(chr(name2codepoint[name])) if name in name2codepoint else '&' + name + ';'
        self.last = 'ref'
    def handle_charref(self, name):
        try: self.out += entity(chr(int(name[1:], 16) if name[:1] in 'xX' else int(name)))
        except (ValueError, OverflowError): self.out += '&#' + name + ';'
        self.last = 'ref'

def normalize(html):
    parser = Normalizer()
    parser.feed(html)
    parser.close()
    return parser.out

json.dump([normalize(h) for h in json.load(sys.stdin)], sys.stdout)
"""#

    static func normalize(_ htmls: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = try JSONSerialization.data(withJSONObject: htmls)
        // Write on another thread: both directions exceed a pipe's buffer.
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let list = try JSONSerialization.jsonObject(with: result) as? [String],
              list.count == htmls.count else {
            throw NormalizerFailed(message: message)
        }
        return list
    }

    struct NormalizerFailed: Error { let message: String }
}
