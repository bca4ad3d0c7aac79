import Diagnostics
import Foundation

/// Stage one: reads a site folder's `Content/` into a `Site`, collecting every problem
/// it meets on the way rather than stopping at the first.
public struct SiteLoader: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// The loaded site (nil when nothing usable could be read) and every problem found.
    /// With `unloaded`, a city of that list (by id) is not read but stands in from its summary
    /// (`City.unloaded`): a site loaded in part, for a rebuild whose pages to render read none
    /// of their files (its problems are then not all found).
    public func load(unloaded: [String: City.Summary] = [:]) -> (site: Site?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let content = root.appendingPathComponent("Content")
        guard isDirectory(content) else {
            diagnostics.append(.error("there is no Content/ folder here; run report-site in a site folder or pass its path",
                                      at: SourceLocation(file: "Content")))
            return (nil, diagnostics)
        }
        let config = readFile("Content/site.yaml", required: true, into: &diagnostics)
            .flatMap { ConfigLoader.load($0, into: &diagnostics) }
        let languages = config?.languageCodes ?? []
        let editions = config?.editions ?? []

        var unreadable = Site.Unreadable()
        let errorsBefore = diagnostics.errorCount
        let catalogue = readFile("Content/indicators.yaml", required: true, into: &diagnostics)
        let indicators = catalogue.map { IndicatorLoader.load($0, languages: languages, editions: editions, into: &diagnostics, unreadable: &unreadable.indicators) } ?? []
        // An unreadable catalogue (missing, not UTF-8, not YAML, not a list) puts every indicator in doubt.
        unreadable.allIndicators = catalogue == nil || (indicators.isEmpty && diagnostics.errorCount > errorsBefore)

        var cities: [City] = []
        let names = entries("Content/cities", into: &diagnostics).filter { isDirectory(url("Content/cities/\($0)")) || isSymlink("Content/cities/\($0)") }
        // Cities load independently, so on all cores (a province is hundreds of folders);
        // their results are then taken in folder order, as one after the other would give them.
        let results = concurrentMap(names.count) { index in
            var found: [Diagnostic] = []
            var unreadableNarratives = Set<String>()
            let city = loadCity(names[index], languages: languages, editions: editions, unloaded: unloaded[names[index]],
                                into: &found, unreadable: &unreadableNarratives)
            return (city: city, diagnostics: found, unreadable: unreadableNarratives)
        }
        for (name, result) in zip(names, results) {
            diagnostics += result.diagnostics
            unreadable.narratives.formUnion(result.unreadable)
            if let city = result.city { cities.append(city) }
            // A misnamed folder (`Zhuhai`) is most likely the city of its lower-case name.
            else { unreadable.cities.formUnion([name, name.lowercased()]) }
        }
        let pages = loadPages(languages: languages, editions: editions, into: &diagnostics, unreadable: &unreadable.narratives)
        checkTopLevel(into: &diagnostics)

        guard let config else { return (nil, diagnostics) }
        var site = Site(root: root, config: config, indicators: indicators, cities: cities.sorted { $0.id < $1.id }, pages: pages)
        site.unreadable = unreadable
        return (site, diagnostics)
    }

    // MARK: - One file at a time (a preview reloading what changed)

    /// Reads one narrative (`Content/cities/<city>/<report>.<lang>.md` or
    /// `Content/pages/<slug>.<lang>.md`) as a full load would, with its problems.
    public func loadNarrative(at path: String, languages: [String]) -> (narrative: Narrative?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".md"), split(name, languages: languages, path: path, into: &diagnostics) != nil,
              let file = readFile(path, required: true, into: &diagnostics) else { return (nil, diagnostics) }
        let language = String(name.dropLast(3).split(separator: ".").last ?? "").lowercased()
        let narrative = NarrativeLoader.load(file, language: language, isReport: path.hasPrefix("Content/cities/"), languages: languages,
                                             into: &diagnostics)
        return (narrative, diagnostics)
    }

    /// Reads one city folder (`city.yaml`, `observations.csv`, its reports) as a full load would.
    public func loadCity(_ id: String, languages: [String], editions: [ConvertedEdition] = []) -> (city: City?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var unreadable = Set<String>()
        let city = loadCity(id, languages: languages, editions: editions, into: &diagnostics, unreadable: &unreadable)
        return (city, diagnostics)
    }

    // MARK: - Cities

    private func loadCity(_ id: String, languages: [String], editions: [ConvertedEdition], unloaded: City.Summary? = nil,
                          into diagnostics: inout [Diagnostic], unreadable: inout Set<String>) -> City? {
        let folder = "Content/cities/\(id)"
        guard Identifier.isValid(id) else {
            let suggested = id.lowercased().replacingOccurrences(of: " ", with: "-")
            diagnostics.append(.error("'\(id)' is not a valid city id: name the folder with lower-case letters, digits, '.', '_' and '-'",
                                      at: SourceLocation(file: folder),
                                      suggestion: Identifier.isValid(suggested) ? "rename it to '\(suggested)'" : nil))
            return nil
        }
        // Its folder is as the build that summed it up read it: nothing in it is read again.
        if let unloaded { return .unloaded(unloaded) }
        guard followable(folder, into: &diagnostics) else { return nil }
        guard var city = readFile("\(folder)/city.yaml", required: true, into: &diagnostics)
            .flatMap({ CityLoader.load($0, id: id, languages: languages, editions: editions, into: &diagnostics) }) else { return nil }
        readSourceTexts(of: &city, folder: folder, into: &diagnostics)
        var narratives: [String: [String: Narrative]] = [:]
        for name in entries(folder, into: &diagnostics) {
            let path = "\(folder)/\(name)"
            if name == "city.yaml" { continue }
            // Source documents kept with the site (a source's `text:`), read through city.yaml.
            if name == "sources", isDirectory(url(path)) { continue }
            if name == "observations.csv" {
                if let file = readFile(path, required: false, into: &diagnostics) {
                    city.observations += CSVObservationLoader.load(file, languages: languages, editions: editions, into: &diagnostics,
                                                                    unreadable: &city.unreadableIndicators)
                }
                continue
            }
            guard name.hasSuffix(".md") else {
                if !name.hasPrefix(".") {
                    diagnostics.append(.warning("'\(name)' is not a file report-site reads here (city.yaml, observations.csv, <report>.<lang>.md); it is ignored",
                                                at: SourceLocation(file: path)))
                }
                continue
            }
            guard let (report, language) = split(name, languages: languages, path: path, into: &diagnostics),
                  let file = readFile(path, required: true, into: &diagnostics),
                  let narrative = NarrativeLoader.load(file, language: language, isReport: true, languages: languages, into: &diagnostics)
            else {
                unreadable.insert("\(folder)/\(name.prefix { $0 != "." })")
                continue
            }
            narratives[report, default: [:]][language] = narrative
        }
        city.reports = narratives.keys.sorted().map { Report(id: $0, city: id, narratives: Self.converting(narratives[$0]!, editions)) }
        return city
    }

    /// Reads each source's `text:` file, relative to the city's folder; a missing or unreadable
    /// one is an error at its `text:` line, and the source keeps no text.
    private func readSourceTexts(of city: inout City, folder: String, into diagnostics: inout [Diagnostic]) {
        for index in city.sources.indices {
            guard let relative = city.sources[index].text?.path else { continue }
            let path = "\(folder)/\(relative)"
            let at = city.sources[index].fieldLocations["text"] ?? city.sources[index].location
            var found: [Diagnostic] = []
            guard let file = readFile(path, required: true, into: &found) else {
                // The file's own problem (missing, a folder, not UTF-8), said at the `text:` that names it.
                let problem = found.first.map { "\($0.message)" } ?? "it cannot be read"
                diagnostics.append(.error("the text of source '\(city.sources[index].id)', \(path): \(problem)", at: at,
                                          suggestion: "keep the document's text there as UTF-8, or remove 'text'"))
                city.sources[index].text = nil
                continue
            }
            city.sources[index].text = SourceText(path: path, text: file.text)
        }
    }

    // MARK: - Pages

    private func loadPages(languages: [String], editions: [ConvertedEdition], into diagnostics: inout [Diagnostic],
                           unreadable: inout Set<String>) -> [FreePage] {
        var pages: [String: [String: Narrative]] = [:]
        for name in entries("Content/pages", into: &diagnostics) {
            let path = "Content/pages/\(name)"
            guard name.hasSuffix(".md") else {
                if !name.hasPrefix(".") {
                    diagnostics.append(.warning("'\(name)' is not a page (<slug>.<lang>.md); it is ignored", at: SourceLocation(file: path)))
                }
                continue
            }
            guard let (slug, language) = split(name, languages: languages, path: path, into: &diagnostics) else {
                unreadable.insert("Content/pages/\(name.prefix { $0 != "." })")
                continue
            }
            if ["cities", "indicators", "data", "feed.xml"].contains(slug) {
                diagnostics.append(.error("a page cannot be called '\(slug)': that URL belongs to the site's own pages", at: SourceLocation(file: path)))
                continue
            }
            guard let file = readFile(path, required: true, into: &diagnostics),
                  let narrative = NarrativeLoader.load(file, language: language, isReport: false, languages: languages, into: &diagnostics)
            else {
                unreadable.insert("Content/pages/\(slug)")
                continue
            }
            pages[slug, default: [:]][language] = narrative
        }
        return pages.keys.sorted().map { FreePage(slug: $0, narratives: Self.converting(pages[$0]!, editions)) }
    }

    /// A narrative's versions with each converted language's made where it has none of its own
    /// (`<report>.zh-hant.md` wins): its source language's version, converted, at the same path.
    public static func converting(_ versions: [String: Narrative], _ editions: [ConvertedEdition]) -> [String: Narrative] {
        var versions = versions
        for edition in editions where versions[edition.code] == nil {
            guard let original = versions[edition.from] else { continue }
            let convert = edition.converter.convert
            var frontMatter = original.frontMatter
            frontMatter.title = convert(frontMatter.title)
            frontMatter.summary = frontMatter.summary.map(convert)
            frontMatter.period = frontMatter.period.map(convert)
            versions[edition.code] = Narrative(language: edition.code, path: original.path, frontMatter: frontMatter,
                                               body: convert(original.body), bodyLineOffset: original.bodyLineOffset,
                                               convertedFrom: edition.from)
        }
        return versions
    }

    /// `<id>.<lang>.md` → (id, lang), with problems reported.
    private func split(_ name: String, languages: [String], path: String, into diagnostics: inout [Diagnostic]) -> (String, String)? {
        let stem = String(name.dropLast(3))
        guard let dot = stem.lastIndex(of: ".") else {
            diagnostics.append(.error("'\(name)' does not say its language: name it <name>.<lang>.md, e.g. \(stem).\(languages.first ?? "zh").md",
                                      at: SourceLocation(file: path)))
            return nil
        }
        // Language codes are case-insensitive: `report.zh-Hant.md` is the `zh-hant` version.
        let id = String(stem[..<dot]), language = String(stem[stem.index(after: dot)...]).lowercased()
        guard Identifier.isValid(id) else {
            diagnostics.append(.error("'\(id)' is not a valid id: use lower-case letters, digits, '.', '_' and '-'", at: SourceLocation(file: path)))
            return nil
        }
        guard languages.isEmpty || languages.contains(language) else {
            diagnostics.append(.error("'\(language)' in '\(name)' is not one of the site's languages: \(languages.joined(separator: ", "))",
                                      at: SourceLocation(file: path), suggestion: Suggestion.didYouMean(language, among: languages)))
            return nil
        }
        return (id, language)
    }

    private func checkTopLevel(into diagnostics: inout [Diagnostic]) {
        let known = ["site.yaml", "indicators.yaml", "cities", "pages"]
        for name in entries("Content", into: &diagnostics) where !known.contains(name) && !name.hasPrefix(".") {
            diagnostics.append(.warning("'\(name)' is not part of the content format and is ignored",
                                        at: SourceLocation(file: "Content/\(name)"),
                                        suggestion: Suggestion.didYouMean(name, among: known)))
        }
    }

    // MARK: - Files

    private func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func isSymlink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: url(path).path)) != nil
    }

    /// The names in a folder, sorted; none when the folder is absent.
    private func entries(_ path: String, into diagnostics: inout [Diagnostic]) -> [String] {
        guard isDirectory(url(path)) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url(path).path).sorted()
        } catch {
            diagnostics.append(.error("cannot list this folder", at: SourceLocation(file: path)))
            return []
        }
    }

    /// Whether a path may be read: a symbolic link is followed only when it resolves to a place
    /// inside `Content/`; a loop or a link leading outside is reported and never followed.
    private func followable(_ path: String, into diagnostics: inout [Diagnostic]) -> Bool {
        guard isSymlink(path) else { return true }
        let resolved = url(path).resolvingSymlinksInPath().standardizedFileURL.path
        let content = url("Content").resolvingSymlinksInPath().standardizedFileURL.path + "/"
        if (try? FileManager.default.attributesOfItem(atPath: url(path).path)) == nil || resolved == url(path).path {
            diagnostics.append(.error("this symbolic link leads nowhere (a loop or a missing target); it is not followed", at: SourceLocation(file: path)))
            return false
        }
        guard resolved.hasPrefix(content) else {
            diagnostics.append(.error("this symbolic link leads outside Content/ and is not followed", at: SourceLocation(file: path)))
            return false
        }
        return true
    }

    private func readFile(_ path: String, required: Bool, into diagnostics: inout [Diagnostic]) -> SourceFile? {
        let target = url(path)
        guard FileManager.default.fileExists(atPath: target.path) || isSymlink(path) else {
            if required { diagnostics.append(.error("this file is missing", at: SourceLocation(file: path))) }
            return nil
        }
        guard followable(path, into: &diagnostics) else { return nil }
        if isDirectory(target) {
            diagnostics.append(.error("this should be a file, not a folder", at: SourceLocation(file: path)))
            return nil
        }
        return SourceFile.read(target, path: path, into: &diagnostics)
    }
}
