import ArgumentParser
import Diagnostics
import Foundation
import SiteBuilder
import SiteModel

/// `report-site new DIR`: a minimal site that passes `check` and builds as is; its example
/// figures and text are marked `placeholder: true`, so `check --strict` lists what to replace.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site: site.yaml, indicators, one city with example data, a report and an about page.",
        discussion: "The site uses the built-in theme. DIR must be empty or not exist yet."
    )

    @Argument(help: "The folder to create the site in.")
    var directory: String

    @Option(help: "The id of the first city (lower-case letters, digits, '.', '_', '-'): its folder and web address.")
    var city = "example"

    @Option(name: .customLong("name-zh"), help: "The city's Chinese name (default: the English name, or the id).")
    var nameZh: String?

    @Option(name: .customLong("name-en"), help: "The city's English name (default: the Chinese name, or the id).")
    var nameEn: String?

    @Option(help: "The site's languages, comma-separated; the first is the default.")
    var languages = "zh,en"

    @Option(name: .customLong("base-url"), help: "The address the site will be published at (change it in site.yaml later).")
    var baseURL = "https://example.org/"

    var languageCodes: [String] {
        languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        try Scaffolding.validateID(city, what: "--city")
        let codes = languageCodes
        if codes.isEmpty { throw ValidationError("--languages must name at least one language, e.g. zh,en") }
        for code in codes { try Scaffolding.validateID(code, what: "language code") }
        if Set(codes).count != codes.count { throw ValidationError("--languages lists a language twice") }
        if URL(string: baseURL)?.host == nil || !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://example.org/env/")
        }
    }

    mutating func run() throws {
        let code = execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) -> Int32 {
        let folder = URL(fileURLWithPath: directory)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
        if !entries.isEmpty {
            sink.err("error: \(directory) is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); choose a new folder")
            return 1
        }
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let scaffold = SiteScaffold(languages: languageCodes)
        let files = scaffold.site(city: city, names: .init(id: city, zh: nameZh, en: nameEn), baseURL: base)
        guard Scaffolding.write(files, into: folder, output: sink) else { return 1 }
        sink.out("""
        created a site in \(directory) (\(files.count) files). Next:
          report-site serve \(directory)              # preview at http://127.0.0.1:8000/, reloading as you edit
          report-site check \(directory) --strict     # lists the example figures and text to replace, with file and line
          report-site build \(directory)              # writes the site into \(directory)/_site
        The content format is described in docs/content-format.md of report-site.
        """)
        return 0
    }
}

/// `report-site new-city ID`: a city folder with its city.yaml, names in every language.
struct NewCity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-city",
        abstract: "Add a city: Content/cities/ID/city.yaml with its names in every language of the site."
    )

    @Argument(help: "The city's id (lower-case letters, digits, '.', '_', '-'): its folder and web address.")
    var id: String

    @Option(name: .customLong("name-zh"), help: "The city's Chinese name (default: the English name, or the id).")
    var nameZh: String?

    @Option(name: .customLong("name-en"), help: "The city's English name (default: the Chinese name, or the id).")
    var nameEn: String?

    @Option(name: .customLong("site"), help: "The site folder.")
    var siteDirectory = "."

    func validate() throws { try Scaffolding.validateID(id, what: "the city id") }

    mutating func run() throws {
        let code = execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) -> Int32 {
        let root = URL(fileURLWithPath: siteDirectory)
        guard let languages = Scaffolding.languages(of: root, output: sink) else { return 1 }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/cities/\(id)").path) {
            sink.err("Content/cities/\(id): error: the city '\(id)' exists already")
            return 1
        }
        let files = SiteScaffold(languages: languages).city(id: id, names: .init(id: id, zh: nameZh, en: nameEn))
        guard Scaffolding.write(files, into: root, output: sink) else { return 1 }
        sink.out("added the city '\(id)': add its sources and figures to Content/cities/\(id)/city.yaml")
        return 0
    }
}

/// `report-site new-report CITY SLUG`: one report file per language of the site.
struct NewReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-report",
        abstract: "Add a report to a city: Content/cities/CITY/SLUG.<lang>.md for every language of the site.",
        discussion: "Each file is a draft (`draft: true`): `serve` shows it, `build` leaves it out until the line is removed."
    )

    @Argument(help: "The city's id (its folder under Content/cities/).")
    var city: String

    @Argument(help: "The report's name (lower-case letters, digits, '.', '_', '-'), e.g. 2024-work-summary.")
    var slug: String

    @Option(help: "The publication date, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .customLong("site"), help: "The site folder.")
    var siteDirectory = "."

    func validate() throws {
        try Scaffolding.validateID(slug, what: "the report name")
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be written YYYY-MM-DD, e.g. 2024-03-31")
        }
    }

    mutating func run() throws {
        let code = execute(output: .standard)
        if code != 0 { throw ExitCode(code) }
    }

    func execute(output sink: OutputSink) -> Int32 {
        let root = URL(fileURLWithPath: siteDirectory)
        guard let languages = Scaffolding.languages(of: root, output: sink) else { return 1 }
        let cities = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Content/cities").path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        guard cities.contains(city) else {
            let hint = Suggestion.didYouMean(city, among: cities).map { " (\($0))" } ?? (cities.isEmpty ? "" : " (cities: \(cities.joined(separator: ", ")))")
            sink.err("Content/cities/\(city): error: there is no city '\(city)'\(hint); add one with `report-site new-city \(city)`")
            return 1
        }
        let existing = languages.map { "Content/cities/\(city)/\(slug).\($0).md" }
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        if !existing.isEmpty {
            sink.err("\(existing[0]): error: the report '\(slug)' exists already")
            return 1
        }
        let files = SiteScaffold(languages: languages).report(city: city, slug: slug, date: date ?? Scaffolding.today())
        guard Scaffolding.write(files, into: root, output: sink) else { return 1 }
        sink.out("added the report '\(slug)' to '\(city)' in \(languages.joined(separator: ", ")), as a draft (remove `draft: true` to publish it): \(files.keys.sorted().joined(separator: ", "))")
        return 0
    }
}

/// What the three commands share.
enum Scaffolding {
    static func validateID(_ id: String, what: String) throws {
        guard Identifier.isValid(id) else {
            throw ValidationError("'\(id)' is not a valid \(what): use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit")
        }
    }

    /// The site's language codes from its site.yaml, or nil after printing why not.
    static func languages(of root: URL, output sink: OutputSink) -> [String]? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("Content").path) else {
            sink.err("Content: error: there is no Content/ folder here; run this in a site folder or pass --site DIR (start one with `report-site new DIR`)")
            return nil
        }
        let (config, diagnostics) = SiteConfig.read(siteFolder: root)
        guard let config, diagnostics.errorCount == 0 else {
            sink.err(DiagnosticFormat.text.render(diagnostics))
            return nil
        }
        return config.languageCodes
    }

    /// Writes the files, none of which may exist; false after printing the problem.
    static func write(_ files: [String: String], into root: URL, output sink: OutputSink) -> Bool {
        let fileManager = FileManager.default
        for path in files.keys.sorted() where fileManager.fileExists(atPath: root.appendingPathComponent(path).path) {
            sink.err("\(path): error: this file exists already; nothing was written")
            return false
        }
        do {
            for path in files.keys.sorted() {
                let url = root.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            sink.err("error: cannot write into \(root.path): \(error.localizedDescription)")
            return false
        }
        return true
    }

    /// Today's date in the local calendar, YYYY-MM-DD.
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
