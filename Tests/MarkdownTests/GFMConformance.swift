import CCmarkGFM
import Foundation
@testable import Markdown

/// One example of the GFM test files: its Markdown, numbered as in its file (disabled
/// examples count, so spec numbers match the published spec).
struct GFMExample: Sendable {
    let file: String
    let number: Int
    let section: String
    let markdown: String

    var key: String { "\(file):\(number)" }
}

/// The GFM test files (`spec.txt`, `extensions.txt`, `regression.txt` from cmark-gfm), read
/// where CI has them: `shared/fixtures/gfm` beside the repository's clone, or `GFM_FIXTURES`.
enum GFMFixtures {
    static let files = ["spec", "extensions", "regression"]

    static var folder: URL {
        if let path = ProcessInfo.processInfo.environment["GFM_FIXTURES"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/fixtures/gfm")
    }

    /// Every enabled example of a file. Throws when the file is missing: the test must run.
    static func examples(_ file: String) throws -> [GFMExample] {
        let url = folder.appendingPathComponent("\(file).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw MissingFixtures(path: url.path)
        }
        let fence = String(repeating: "`", count: 32)
        var examples: [GFMExample] = []
        var number = 0
        var section = ""
        var state: (markdown: [String], inHTML: Bool, disabled: Bool)?
        for line in text.components(separatedBy: "\n") {
            if var current = state {
                if line == fence {
                    if !current.disabled {
                        let markdown = current.markdown.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                        examples.append(GFMExample(file: file, number: number, section: section, markdown: markdown))
                    }
                    state = nil
                } else if !current.inHTML {
                    if line == "." { current.inHTML = true } else { current.markdown.append(line) }
                    state = current
                }
            } else if line.hasPrefix(fence + " example") {
                number += 1
                state = ([], false, line.split(separator: " ").contains("disabled"))
            } else if line.hasPrefix("#") {
                section = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }

    struct MissingFixtures: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "the GFM test files are missing at \(path): CI has them in shared/fixtures/gfm beside the clone; set GFM_FIXTURES to their folder"
        }
    }
}

/// The reference: cmark-gfm's own HTML renderer, with the extensions and options our parser uses.
enum CmarkReference {
    static func html(_ markdown: String) -> String {
        // cmark-gfm's inline character table is global (see CommonMarkConverter): one parse at a time.
        CommonMarkConverter.lock.withLock {
            cmark_gfm_core_extensions_ensure_registered()
            let options = CMARK_OPT_FOOTNOTES
            guard let parser = cmark_parser_new(options) else { return "" }
            defer { cmark_parser_free(parser) }
            for name in CommonMarkConverter.extensionNames {
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
        self.handle_starttag(tag, attrs)
        self.last = 'endtag'
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
