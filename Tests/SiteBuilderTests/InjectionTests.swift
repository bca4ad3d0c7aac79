import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportSiteCLI
import Testing

/// A site whose every author-controlled field holds `"`, `'`, `<`, `>` and `&`, each followed by
/// a combining mark, a zero-width joiner or a variation selector (one Swift `Character`, but a
/// quote or bracket to an HTML parser), built and then read back with real parsers: html5lib
/// (the WHATWG HTML5 parsing algorithm, as browsers parse) for HTML, Foundation's XMLParser for
/// SVG, the feeds and the sitemap.
///
/// The same site built with the payload replaced by as many letters (spaces kept) is the
/// reference: the hostile build may use no element name and no attribute the reference did not
/// have on that element, and each page must have exactly the reference's elements (inline SVG
/// `tspan`s aside, since line wrapping depends on the text). Each field's text must also come
/// out whole, as text or an attribute value: escaped, not dropped.
@Suite(.serialized) struct InjectionTests {
    static let payload = "\"\u{0301} onfocus=alert(1) x='\u{200D} onclick=alert(2) <\u{FE0F}img src=x onerror=alert(3)>\u{0301} "
        + "&\u{200D}amp; &\u{FE0F} <\u{0301}/title>\u{200D}\"\u{FE0F}>\u{0301}<\u{200D}script>'\u{FE0F}"

    /// Letters in place of the payload's scalars, spaces kept: the same length and word breaks.
    static let benign = String(String.UnicodeScalarView(payload.unicodeScalars.map { $0 == " " ? " " : "x" }))

    @Test func noAuthorTextBecomesMarkup() async throws {
        try Parsed.requireHTML5Parser()
        let reference = try await Self.build(payload: Self.benign)
        defer { reference.fixture.remove() }
        let hostile = try await Self.build(payload: Self.payload)
        defer { hostile.fixture.remove() }
        #expect(hostile.files.keys.sorted() == reference.files.keys.sorted())
        #expect(hostile.files.count > 30)

        // The other way round: markup the project made must not arrive escaped. The reference's
        // author text has no `<`, so a `<` in its text is a tag that was escaped as if it were text.
        for (path, file) in reference.files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            for text in file.texts where text.contains("<") {
                Issue.record("\(path): markup was escaped as text: \(text.prefix(160))")
            }
        }
        var allowed: [String: Set<String>] = [:]
        for file in reference.files.values { for element in file.elements { allowed[element.name, default: []].formUnion(element.attributes.keys) } }
        var texts: [String] = []
        for (path, file) in hostile.files.sorted(by: { $0.key < $1.key }) {
            for element in file.elements {
                guard let names = allowed[element.name] else {
                    Issue.record("\(path): author text became an element <\(element.name)> (attributes \(element.attributes))")
                    continue
                }
                let extra = Set(element.attributes.keys).subtracting(names)
                #expect(extra.isEmpty, "\(path): <\(element.name)> carries attributes the templates never write: \(extra.sorted()) in \(element.attributes)")
                texts += element.attributes.values
            }
            texts += file.texts
            let expected = reference.files[path]!.elements.map(\.name).filter { !$0.hasSuffix("tspan") }
            let found = file.elements.map(\.name).filter { !$0.hasSuffix("tspan") }
            #expect(found == expected, "\(path): the elements differ from the reference build's")
            for script in file.scripts {
                #expect((try? JSONSerialization.jsonObject(with: Data(script.utf8))) != nil, "\(path): a script element is not valid JSON: \(script)")
            }
        }
        // Every field's text reached the output intact, as text or an attribute value (or, for
        // what no page shows yet, a string in the data files): escaped, not dropped.
        texts += hostile.dataStrings
        let joined = texts.joined(separator: "\n")
        for marker in Self.markers {
            // A code block's class holds the info string's first word only.
            let whole = marker == "F22" ? marker + Self.payload.prefix { $0 != " " } : marker + Self.payload
            let found = joined.contains(whole)
            #expect(found, "the text of \(marker) does not appear whole in any output file")
        }
        let strings = joined.contains("Home" + Self.payload)
        #expect(strings, "interface strings do not appear whole")
        // `document` is an internal file name: no page or data file shows it.
        let leaked = joined.contains("000_internal_F14")
        #expect(!leaked, "an internal document file name reached the output")
    }

    // MARK: - The site

    static let markers = (1...36).map { String(format: "F%02d", $0) }

    /// Builds the fixture with `payload` after each field's marker; returns every output file parsed.
    static func build(payload: String) async throws -> (fixture: Fixture, files: [String: Parsed], dataStrings: [String]) {
        let fixture = try Fixture(site(payload))
        try poisonStrings(in: fixture, payload)
        let (code, captured) = await runCLI(["build", fixture.root.path, "--base-url", "https://example.org/r/"])
        try #require(code == 0, "the build failed: \(captured.err)")
        let output = fixture.root.appendingPathComponent("_site")
        let paths = (FileManager.default.subpaths(atPath: output.path) ?? []).sorted()
        var files: [String: Parsed] = [:]
        let html = paths.filter { $0.hasSuffix(".html") }
        for (path, parsed) in zip(html, try Parsed.html(html.map { output.appendingPathComponent($0) })) { files[path] = parsed }
        for path in paths where path.hasSuffix(".svg") || path.hasSuffix(".xml") {
            files[path] = try Parsed.xml(output.appendingPathComponent(path), path: path)
        }
        var strings: [String] = []
        func collect(_ value: Any) {
            switch value {
            case let string as String: strings.append(string)
            case let array as [Any]: array.forEach(collect)
            case let object as [String: Any]: object.values.forEach(collect)
            default: break
            }
        }
        for path in paths where path.hasSuffix(".json") {
            collect(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(path))))
        }
        return (fixture, files, strings)
    }

    /// Every interface string gets the payload too (they are author-editable files).
    static func poisonStrings(in fixture: Fixture, _ payload: String) throws {
        for code in ["zh", "en"] {
            let path = "Templates/strings/\(code).yaml"
            let builtIn = String(decoding: try Data(contentsOf: Fixture.repository.appendingPathComponent("\(path)")), as: UTF8.self)
            let lines = builtIn.components(separatedBy: "\n").map { line -> String in
                guard !line.hasPrefix("#"), let colon = line.range(of: ": ") else { return line }
                var value = String(line[colon.upperBound...])
                if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                    value = String(value.dropFirst().dropLast())
                }
                return line[..<colon.lowerBound] + ": " + yaml(value + payload)
            }
            try fixture.write(path, lines.joined(separator: "\n"))
        }
    }

    /// A YAML double-quoted scalar (escaping works on scalars: `replacingOccurrences` would
    /// miss a quote that a combining mark follows).
    static func yaml(_ text: String) -> String {
        "\"" + escapingScalars(text, ["\\": "\\\\", "\"": "\\\""]) + "\""
    }

    static func escapingScalars(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(contentsOf: (table[scalar] ?? String(scalar)).unicodeScalars) }
        return String(result)
    }

    static func site(_ p: String) -> String {
        func v(_ n: Int) -> String { yaml(String(format: "F%02d", n) + p) }
        func text(_ n: Int) -> String { String(format: "F%02d", n) + p }
        let csvNote = "\"" + escapingScalars(text(17), ["\"": "\"\""]) + "\""
        let linkTitle = escapingScalars(text(20), ["\"": "\\\"", "\\": "\\\\"])
        return """
        -- Content/site.yaml --
        title: { zh: \(v(1)), en: \(v(1)) }
        description: { zh: \(v(2)), en: \(v(2)) }
        languages:
          - { code: zh, locale: \(v(3)), name: \(v(4)) }
          - { code: en, locale: en, name: \(v(5)) }
        defaultLanguage: zh
        -- Content/indicators.yaml --
        - id: air.good_days_ratio
          category: air
          name: { zh: \(v(6)), en: \(v(6)) }
          unit: percent
          better: higher
          description: { zh: \(v(7)), en: \(v(7)) }
        - id: enforcement.cases
          category: enforcement
          name: { zh: \(v(8)), en: \(v(8)) }
          unit: { zh: \(v(9)), en: \(v(9)) }
          better: lower
        -- Content/cities/alpha/city.yaml --
        name: { zh: \(v(10)), en: \(v(10)) }
        province: { zh: \(v(11)), en: \(v(11)) }
        sources:
          - id: a
            title: { zh: \(v(12)), en: \(v(12)) }
            publisher: { zh: \(v(13)), en: \(v(13)) }
            credit: { zh: \(v(14)), en: \(v(14)) }
            document: 000_internal_F14.txt
            date: 2021-01-05
            note: { zh: \(v(15)), en: \(v(15)) }
          - id: b
            title: { zh: \(v(30)), en: \(v(30)) }
            url: \(yaml("https://example.org/?q=F31" + p))
        observations:
          - { indicator: air.good_days_ratio, year: 2019, value: 89.6, source: a, note: { zh: \(v(16)), en: \(v(16)) } }
          - { indicator: air.good_days_ratio, year: 2020, value: 91.3, source: b }
          - { indicator: enforcement.cases, year: 2019, value: 70, source: a }
          - { indicator: enforcement.cases, year: 2020, value: 77, source: a, derived: { zh: \(v(18)), en: \(v(18)) } }
        changes:
          - { indicator: air.good_days_ratio, from: 2019, to: 2020, points: 1.7, source: a, note: { zh: \(v(19)), en: \(v(19)) } }
        -- Content/cities/alpha/observations.csv --
        indicator,year,value,source,note_zh,note_en
        enforcement.cases,2018,60,a,\(csvNote),\(csvNote)
        -- Content/cities/beta/city.yaml --
        name: { zh: \(v(32)), en: \(v(32)) }
        sources:
          - id: s
            title: { zh: \(v(33)), en: \(v(33)) }
            url: https://example.org/beta
        observations:
          - { indicator: air.good_days_ratio, year: 2020, value: 95.2 }
          - { indicator: enforcement.cases, year: 2020, value: 12 }
        -- Content/cities/alpha/plan.zh.md --
        ---
        title: \(v(24))
        date: 2021-01-05
        period: \(v(25))
        summary: \(v(26))
        ---
        ## \(text(27))

        A [link](https://example.org/a "\(linkTitle)") and ![\(text(21))](/i.png "\(linkTitle)"), `\(text(34))`, [[air.good_days_ratio@2020]].

        ```\(text(22))
        code \(text(35))
        ```

        ```chart
        type: line
        indicator: air.good_days_ratio
        title: \(v(23))
        ```

        ```chart
        type: column
        indicator: enforcement.cases
        ```

        ```chart
        type: kpi
        indicator: enforcement.cases
        ```

        ```chart
        type: change
        ```
        -- Content/cities/alpha/plan.en.md --
        ---
        title: \(v(24))
        date: 2021-01-05
        summary: \(v(26))
        ---
        \(text(36)) [[air.good_days_ratio@2019..2020]]

        ```chart
        type: bar
        indicator: enforcement.cases
        cities: [alpha, beta]
        ```
        -- Content/pages/about.zh.md --
        ---
        title: \(v(28))
        summary: \(v(29))
        ---
        Text.
        -- Content/pages/about.en.md --
        ---
        title: \(v(28))
        ---
        Text.
        """
    }
}

/// One output file as a parser read it: its elements in document order, its text nodes, and
/// the text of its `<script>` elements.
struct Parsed {
    struct Element { let name: String; let attributes: [String: String] }
    var elements: [Element] = []
    var texts: [String] = []
    var scripts: [String] = []

    /// html5lib, through python3: it implements the WHATWG parsing algorithm browsers use, so it
    /// tokenizes `"́` as a quote, as they do. `make deps` installs it.
    static let html5Script = #"""
import sys, json, html5lib
out = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        doc = html5lib.parse(f.read(), treebuilder='etree', namespaceHTMLElements=True)
    elements, texts, scripts = [], [], []
    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else '#' + str(node.tag)
        elements.append([tag, dict(node.attrib)])
        if node.text: texts.append(node.text)
        if tag.endswith('}script') and node.text: scripts.append(node.text)
        for child in node:
            walk(child)
            if child.tail: texts.append(child.tail)
    walk(doc)
    out.append({'elements': elements, 'texts': texts, 'scripts': scripts})
json.dump(out, sys.stdout)
"""#

    static func requireHTML5Parser() throws {
        let (status, _, err) = try python(["-c", "import html5lib"])
        try #require(status == 0, "python3 with html5lib is needed to parse the pages as a browser does: run `make deps` (\(err))")
    }

    static func html(_ urls: [URL]) throws -> [Parsed] {
        let (status, out, err) = try python(["-c", html5Script] + urls.map(\.path))
        try #require(status == 0, "html5lib failed: \(err)")
        let list = try #require(try JSONSerialization.jsonObject(with: out) as? [[String: Any]])
        return list.map { entry in
            Parsed(elements: (entry["elements"] as? [[Any]] ?? []).map {
                Element(name: $0[0] as? String ?? "", attributes: $0[1] as? [String: String] ?? [:])
            }, texts: entry["texts"] as? [String] ?? [], scripts: entry["scripts"] as? [String] ?? [])
        }
    }

    static func xml(_ url: URL, path: String) throws -> Parsed {
        let collector = XMLCollector()
        let parser = XMLParser(data: try Data(contentsOf: url))
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        let ok = parser.parse()
        if !ok { Issue.record("\(path) is not well-formed XML: \(String(describing: parser.parserError)) at line \(parser.lineNumber)") }
        return collector.parsed
    }

    private static func python(_ arguments: [String]) throws -> (Int32, Data, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: the output is larger than a pipe's buffer.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data, String(decoding: errors, as: UTF8.self))
    }
}

private final class XMLCollector: NSObject, XMLParserDelegate {
    private(set) var parsed = Parsed()
    /// Character data comes in pieces; a text node is what lies between two tags.
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        flush()
        parsed.elements.append(.init(name: "{\(namespaceURI ?? "")}\(name)", attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        flush()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    private func flush() {
        if !text.isEmpty { parsed.texts.append(text) }
        text = ""
    }
}
