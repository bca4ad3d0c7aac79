import Foundation
import PropertyBased

/// One edit an author makes to a site's input, of every kind there is: what a preview must
/// follow (and a cached build must notice). An edit is a kind and a seed; the seed picks its
/// target among the files the site has when it is applied, and the new text, so a sequence of
/// edits stays applicable however the ones before it changed the folder. The same seed on
/// the same folder always makes the same edit.
///
/// Most kinds keep the site valid (it still builds); the `broken…` kinds break one file, which
/// `repair` (or `EditedSite.repairAll`) puts back, so that a sequence goes from valid to
/// invalid and back.
struct SiteEdit: Sendable, Hashable, CustomStringConvertible {
    enum Kind: String, CaseIterable, Sendable {
        // Narratives (a city's reports).
        case narrativeBody, narrativeTitle, narrativeDate, narrativeSummary, newNarrative, deletedNarrative
        // A city's data.
        case cityValue, cityName, citySummary, cityHeadline, sourcePublisher, csvNewRow, csvChangedRow, newCity, removedCity
        // The site's catalogue and settings.
        case indicatorRenamed, indicatorAdded, siteTitle, languageName
        // The theme.
        case template, interfaceStrings, conventions
        // Everything else a page may show.
        case sourceText, freePageBody, freePageTitle, newFreePage, publicFileAdded, publicFileChanged
        // Breaking edits, and the repair of the oldest one.
        case brokenNarrative, brokenCityYAML, brokenCSV, brokenSiteYAML, brokenIndicators, brokenTemplate,
             brokenStrings, brokenPublic, repair
    }

    var kind: Kind
    var seed: Int

    var description: String { "\(kind.rawValue)(\(seed))" }

    /// A random edit of any kind (shrinking towards the first kind and seed 0).
    static let generator: Generator<SiteEdit, AnySequence<Any>> =
        zip(Gen.int(in: 0...(Kind.allCases.count - 1)), Gen.int(in: 0...9_999)).map { kind, seed in
            SiteEdit(kind: Kind.allCases[kind], seed: seed)
        }.eraseToAny()

    /// Random sequences of `count` edits.
    static func sequences(of count: ClosedRange<Int>) -> Generator<[SiteEdit], AnySequence<Any>> {
        generator.array(of: count).eraseToAny()
    }

    /// Applies the edit to the folder; the paths it changed, added or removed (relative to the
    /// site, as a file watcher reports them), empty when there was nothing to edit.
    func apply(to site: EditedSite) throws -> [String] {
        var picker = Picker(seed: seed)
        switch kind {
        case .narrativeBody:
            guard let path = picker.pick(site.reports.filter { !site.isBroken($0) }) else { return [] }
            let text = site.read(path)
            // A new heading changes the table of contents; a paragraph only the body.
            let addition = seed % 2 == 0 ? "\n## 新节\(seed)\n\n正文\(seed)。\n" : "\nParagraph \(seed).\n"
            try site.write(path, text + addition)
            return [path]
        case .narrativeTitle, .narrativeDate, .narrativeSummary:
            guard let path = picker.pick(site.reports.filter { !site.isBroken($0) }) else { return [] }
            let key = kind == .narrativeTitle ? "title" : kind == .narrativeDate ? "date" : "summary"
            let value = kind == .narrativeDate ? "20\(19 + seed % 3)-0\(1 + seed % 9)-1\(seed % 10)"
                : kind == .narrativeTitle ? "标题 \(seed)" : (seed % 3 == 0 ? nil : "Summary \(seed).")
            try site.write(path, Self.frontMatter(site.read(path), key, value))
            return [path]
        case .newNarrative:
            guard let city = picker.pick(site.cities) else { return [] }
            let language = seed % 3 == 0 ? "en" : "zh"
            let path = "Content/cities/\(city)/r\(seed).\(language).md"
            let draft = seed % 4 == 0 ? "draft: true\n" : ""
            try site.write(path, "---\ntitle: Report \(seed)\ndate: 2021-0\(1 + seed % 9)-02\nsummary: New \(seed).\n\(draft)---\nText \(seed).\n")
            return [path]
        case .deletedNarrative:
            guard let path = picker.pick(site.reports.filter { !site.isBroken($0) }) else { return [] }
            try site.delete(path)
            return [path]
        case .cityValue:
            // A value without a quote (a quoted value must stay in its quote).
            guard let path = picker.pick(site.cities.map { "Content/cities/\($0)/city.yaml" }.filter { !site.isBroken($0) }) else { return [] }
            var lines = site.read(path).components(separatedBy: "\n")
            // Only values on one line, of an indicator without a reported change (which they must agree with).
            let changed = Set(lines.filter { $0.contains("from: ") }.flatMap(Self.indicators(in:)))
            let candidates = lines.indices.filter { index in
                let line = lines[index]
                return line.contains("indicator: ") && line.contains("value: ") && !line.contains("quote:") && !line.contains("万")
                    && Self.indicators(in: line).allSatisfy { !changed.contains($0) }
            }
            guard let line = picker.pick(candidates) else { return [] }
            lines[line] = Self.replacingNumber(after: "value: ", in: lines[line], with: "\(10 + seed % 80).\(seed % 10)")
            try site.write(path, lines.joined(separator: "\n"))
            return [path]
        case .cityName:
            guard let city = picker.pick(site.cities), !site.isBroken("Content/cities/\(city)/city.yaml") else { return [] }
            let path = "Content/cities/\(city)/city.yaml"
            try site.write(path, Self.replacingLine(starting: "name:", in: site.read(path),
                                                    with: "name: { zh: \(city)市\(seed), en: City \(city) \(seed) }"))
            return [path]
        case .citySummary:
            guard let city = picker.pick(site.cities), !site.isBroken("Content/cities/\(city)/city.yaml") else { return [] }
            let path = "Content/cities/\(city)/city.yaml"
            let line = seed % 3 == 0 ? nil : "summary: { zh: 概要\(seed)。, en: Summary \(seed). }"
            try site.write(path, Self.replacingLine(starting: "summary:", in: site.read(path), with: line))
            return [path]
        case .cityHeadline:
            guard let city = picker.pick(site.cities), !site.isBroken("Content/cities/\(city)/city.yaml") else { return [] }
            let path = "Content/cities/\(city)/city.yaml"
            let text = site.read(path)
            // Indicators the city has values of, as written in its files.
            let own = Self.indicators(in: text + site.read("Content/cities/\(city)/observations.csv"))
            let chosen = own.enumerated().filter { (seed >> $0.offset) & 1 == 1 }.map(\.element)
            try site.write(path, Self.replacingLine(starting: "headline:", in: text,
                                                    with: chosen.isEmpty ? nil : "headline: [\(chosen.joined(separator: ", "))]"))
            return [path]
        case .sourcePublisher:
            // A source's publisher (cited in footers, the feed's authors): its line, or one after its title.
            guard let city = picker.pick(site.cities), !site.isBroken("Content/cities/\(city)/city.yaml") else { return [] }
            let path = "Content/cities/\(city)/city.yaml"
            var lines = site.read(path).components(separatedBy: "\n")
            let publisher = "    publisher: { zh: 发布者\(seed), en: Publisher \(seed) }"
            if let line = lines.firstIndex(where: { $0.hasPrefix("    publisher:") }) {
                lines[line] = publisher
            } else if let line = lines.firstIndex(where: { $0.hasPrefix("    title:") }) {
                lines.insert(publisher, at: line + 1)
            } else {
                return []
            }
            try site.write(path, lines.joined(separator: "\n"))
            return [path]
        case .csvNewRow, .csvChangedRow:
            guard let city = picker.pick(site.cities) else { return [] }
            let path = "Content/cities/\(city)/observations.csv"
            guard !site.isBroken(path) else { return [] }
            var lines = site.exists(path) ? site.read(path).components(separatedBy: "\n").filter { !$0.isEmpty } : ["indicator,year,value"]
            let columns = lines[0].split(separator: ",", omittingEmptySubsequences: false).count
            let padding = String(repeating: ",", count: max(0, columns - 3))
            if kind == .csvChangedRow, lines.count > 1 {
                let row = 1 + seed % (lines.count - 1)
                var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard cells.count >= 3, !cells[2].contains("万") else { return [] }
                cells[2] = "\(10 + seed % 50)"
                lines[row] = cells.joined(separator: ",")
            } else {
                // A year no fixture file uses, so that the row is new (or changes an added one).
                let indicator = ["air.pm25", "air.good_days_ratio"][seed % 2]
                let year = 2001 + seed % 9
                let row = "\(indicator),\(year),\(20 + seed % 60)\(padding)"
                if let existing = lines.firstIndex(where: { $0.hasPrefix("\(indicator),\(year),") }) { lines[existing] = row } else { lines.append(row) }
            }
            try site.write(path, lines.joined(separator: "\n") + "\n")
            return [path]
        case .newCity:
            let id = "c\(seed % 50)"
            let path = "Content/cities/\(id)/city.yaml"
            guard !site.isBroken(path) else { return [] }
            try site.write(path, """
                name: { zh: 新\(id)市, en: New \(id) }
                summary: { zh: 新城市。, en: A new city. }
                sources:
                  - { id: s1, title: { zh: 公报, en: Bulletin }, url: https://example.org/\(id), date: 2022-01-0\(1 + seed % 9) }
                observations:
                  - { indicator: air.pm25, year: 2020, value: \(20 + seed % 30) }
                  - { indicator: air.pm25, year: 2021, value: \(18 + seed % 30) }

                """)
            return [path]
        case .removedCity:
            // Only a city no narrative names: removing one a report cites breaks the site.
            let named = (site.reports + site.pages).map(site.read).joined()
            let removable = site.cities.filter { city in
                city != "alpha" && city != "beta" && !named.contains("\(city):")
                    && !site.files(under: "Content/cities/\(city)").contains(where: site.isBroken)
            }
            guard let city = picker.pick(removable) else { return [] }
            let paths = site.files(under: "Content/cities/\(city)")
            try FileManager.default.removeItem(at: site.url("Content/cities/\(city)"))
            return paths
        case .indicatorRenamed:
            let path = "Content/indicators.yaml"
            guard !site.isBroken(path) else { return [] }
            var lines = site.read(path).components(separatedBy: "\n")
            guard let line = picker.pick(lines.indices.filter { lines[$0].hasPrefix("  name:") }) else { return [] }
            lines[line] = "  name: { zh: 指标\(seed), en: Indicator \(seed) }"
            try site.write(path, lines.joined(separator: "\n"))
            return [path]
        case .indicatorAdded:
            let path = "Content/indicators.yaml"
            guard !site.isBroken(path) else { return [] }
            let id = "air.extra\(seed % 20)"
            guard !site.read(path).contains("id: \(id)\n") else { return [] }
            try site.write(path, site.read(path) + "- id: \(id)\n  category: air\n  name: { zh: 附加\(seed), en: Extra \(seed) }\n  unit: percent\n  better: higher\n")
            return [path]
        case .siteTitle, .languageName:
            let path = "Content/site.yaml"
            guard !site.isBroken(path) else { return [] }
            let text = site.read(path)
            let edited = kind == .siteTitle
                ? Self.replacingLine(starting: "title:", in: text, with: "title: { zh: 站点\(seed), en: Site \(seed) }")
                : text.replacingOccurrences(of: #"name: English[^ }]*"#, with: "name: English\(seed)", options: .regularExpression)
            try site.write(path, edited)
            return [path]
        case .template:
            let name = picker.pick(Self.templates)!
            let path = "Templates/\(name).mustache"
            guard !site.isBroken(path) else { return [] }
            let current = site.exists(path) ? site.read(path) : try Self.builtIn(path)
            try site.write(path, current + "<!-- edit \(seed) -->\n")
            return [path]
        case .interfaceStrings:
            let language = seed % 2 == 0 ? "en" : "zh"
            let path = "Templates/strings/\(language).yaml"
            guard !site.isBroken(path) else { return [] }
            let key = picker.pick(["home", "indicators", "reports", "sources"])!
            try site.write(path, Self.replacingLine(starting: "\(key):", in: site.read(path), with: "\(key): \(key.capitalized) \(seed)"))
            return [path]
        case .conventions:
            let path = "Templates/strings/\(seed % 2 == 0 ? "en" : "zh").conventions.yaml"
            guard !site.isBroken(path) else { return [] }
            let symbol = seed % 3 == 0 ? "%" : "pct\(seed % 7)"
            try site.write(path, "units:\n  percent: { symbol: \"\(symbol)\", value: \"{number}\(symbol)\" }\n")
            return [path]
        case .sourceText:
            guard let path = picker.pick(site.cities.flatMap { site.files(under: "Content/cities/\($0)/sources") }) else { return [] }
            let text = site.read(path)
            // Before the quoted paragraphs, their anchors move; after them, they stay.
            try site.write(path, seed % 2 == 0 ? "前言\(seed)。\n\n" + text : text + "\n附记\(seed)。\n")
            return [path]
        case .freePageBody, .freePageTitle:
            guard let path = picker.pick(site.pages.filter { !site.isBroken($0) }) else { return [] }
            let text = site.read(path)
            try site.write(path, kind == .freePageBody ? text + "\nMore \(seed).\n" : Self.frontMatter(text, "title", "Page \(seed)"))
            return [path]
        case .newFreePage:
            let path = "Content/pages/p\(seed % 20).\(seed % 2 == 0 ? "en" : "zh").md"
            try site.write(path, "---\ntitle: Page \(seed)\n---\nA page \(seed).\n")
            return [path]
        case .publicFileAdded:
            let path = "Public/extra\(seed % 10).txt"
            try site.write(path, "Extra \(seed).\n")
            return [path]
        case .publicFileChanged:
            let path = picker.pick(site.files(under: "Public").filter { !site.isBroken($0) }) ?? "Public/notes.txt"
            try site.write(path, site.read(path) + "Changed \(seed).\n")
            return [path]

        case .brokenNarrative:
            guard let path = picker.pick(site.reports.filter { !site.isBroken($0) }) else { return [] }
            try site.breakFile(path, site.read(path) + "\n[[air.no_such_indicator]]\n")
            return [path]
        case .brokenCityYAML:
            guard let city = picker.pick(site.cities) else { return [] }
            let path = "Content/cities/\(city)/city.yaml"
            try site.breakFile(path, site.read(path) + "observations_extra: [unclosed\n")
            return [path]
        case .brokenCSV:
            guard let city = picker.pick(site.cities) else { return [] }
            let path = "Content/cities/\(city)/observations.csv"
            let text = site.exists(path) ? site.read(path) : "indicator,year,value\n"
            try site.breakFile(path, text + "air.no_such_indicator,2020,1\n")
            return [path]
        case .brokenSiteYAML:
            let path = "Content/site.yaml"
            try site.breakFile(path, site.read(path).replacingOccurrences(of: "defaultLanguage: zh", with: "defaultLanguage: fr"))
            return [path]
        case .brokenIndicators:
            let path = "Content/indicators.yaml"
            try site.breakFile(path, site.read(path) + "- id: broken.indicator\n  category: air\n")
            return [path]
        case .brokenTemplate:
            let path = "Templates/\(picker.pick(Self.templates)!).mustache"
            let current = site.exists(path) ? site.read(path) : try Self.builtIn(path)
            try site.breakFile(path, current + "{{#unclosed}}\n")
            return [path]
        case .brokenStrings:
            let path = "Templates/strings/\(seed % 2 == 0 ? "en" : "zh").yaml"
            try site.breakFile(path, (site.exists(path) ? site.read(path) : "") + "home: [unclosed\n")
            return [path]
        case .brokenPublic:
            // A file of its own that would overwrite a generated one.
            let path = "Public/robots.txt"
            try site.breakFile(path, "User-agent: *\n")
            return [path]
        case .repair:
            return try site.repair().map { [$0] } ?? []
        }
    }

    /// Built-in templates an edit overrides: the layout every page has, and one of each page kind's.
    static let templates = ["footer", "header", "home", "city", "report", "page", "indicator", "headlines", "figure", "sourcetext"]

    /// The built-in theme's file at a site path (`Templates/footer.mustache`).
    static func builtIn(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: Fixture.repository.appendingPathComponent(path)), as: UTF8.self)
    }

    /// The text with a front-matter key set to `value` (added after the opening `---` when
    /// missing), or its line removed when `value` is nil.
    static func frontMatter(_ text: String, _ key: String, _ value: String?) -> String {
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return text }
        let line = value.map { "\(key): \($0)" }
        if let index = lines[1..<close].firstIndex(where: { $0.hasPrefix("\(key):") }) {
            if let line { lines[index] = line } else { lines.remove(at: index) }
        } else if let line {
            lines.insert(line, at: 1)
        }
        return lines.joined(separator: "\n")
    }

    /// The text with the top-level line that starts with `prefix` replaced (or removed when
    /// `line` is nil; added at the end when missing).
    static func replacingLine(starting prefix: String, in text: String, with line: String?) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) {
            if let line { lines[index] = line } else { lines.remove(at: index) }
        } else if let line {
            if lines.last == "" { lines.insert(line, at: lines.count - 1) } else { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// The line with the number after `marker` replaced.
    static func replacingNumber(after marker: String, in line: String, with number: String) -> String {
        guard let start = line.range(of: marker)?.upperBound else { return line }
        let end = line[start...].firstIndex { !"0123456789.".contains($0) } ?? line.endIndex
        return line.replacingCharacters(in: start..<end, with: number)
    }

    /// Indicator ids named in a city's files, in order of first mention.
    static func indicators(in text: String) -> [String] {
        var found: [String] = []
        for match in text.matches(of: /(?:indicator: |^)((?:air|water|enforcement)\.[a-z0-9_]+)/.anchorsMatchLineEndings())
        where !found.contains(String(match.1)) {
            found.append(String(match.1))
        }
        return found
    }
}

/// Picks targets from a seed, one after another.
private struct Picker {
    var state: UInt64

    init(seed: Int) { state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func pick<T>(_ choices: [T]) -> T? {
        guard !choices.isEmpty else { return nil }
        // xorshift: deterministic, and the same on every platform.
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return choices[Int(state % UInt64(choices.count))]
    }
}
