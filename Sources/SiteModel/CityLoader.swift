import Diagnostics
import Formatting
import Yams

/// Reads `cities/<city>/city.yaml`: names, sources, observations and reported changes.
enum CityLoader {
    static let keys = ["name", "province", "summary", "headline", "sources", "observations", "changes"]
    // `placeholder: true` marks an example entry `report-site new` wrote: it is read as any
    // other and warned about (see Drafts.swift), so `check --strict` lists what to replace.
    static let sourceKeys = ["id", "title", "publisher", "credit", "document", "url", "archive", "date", "dateBasis", "lang", "text",
                             "note", "placeholder"]
    static let observationKeys = ["indicator", "year", "value", "bound", "period", "aggregate", "source", "note", "derived",
                                  "quote", "locator", "placeholder"]
    static let changeKeys = ["indicator", "from", "to", "relative", "points", "absolute", "ratio", "bound", "source", "note",
                             "quote", "locator", "placeholder"]

    static func load(_ file: SourceFile, id: String, languages: [String], editions: [ConvertedEdition] = [],
                     into diagnostics: inout [Diagnostic]) -> City? {
        let reader = YAMLReader(path: file.path, languages: languages, editions: editions)
        defer { diagnostics += reader.diagnostics }
        guard let root = reader.parse(file.text),
              let fields = reader.fields(root, of: "city", allowed: keys, required: ["name", "sources"]) else { return nil }
        let name = fields["name"].flatMap { reader.localized($0, "name") }
        let province = fields["province"].flatMap { reader.localized($0, "province") }
        let summary = fields["summary"].flatMap { reader.localized($0, "summary") }
        let headline = fields["headline"].flatMap { headlineChoices($0, reader: reader) }
        let sources = fields["sources"].map { loadSources($0, reader: reader) } ?? []
        var unreadable = Set<String>()
        // Sized to the entries, not grown by doubling: a city keeps this array for the whole build.
        var observations: [Observation] = []
        if let items = fields["observations"].flatMap({ reader.sequence($0, of: "observations") }) {
            observations.reserveCapacity(items.count)
            for item in items { if let value = observation(item, reader: reader, unreadable: &unreadable) { observations.append(value) } }
        }
        let changes = fields["changes"].flatMap { reader.sequence($0, of: "changes") }?
            .compactMap { change($0, reader: reader, unreadable: &unreadable) } ?? []
        guard let name else { return nil }
        return City(id: id, name: name, province: province, sources: sources, observations: observations,
                    changes: changes, reports: [], summary: summary, headline: headline, location: reader.location(root),
                    unreadableIndicators: unreadable)
    }

    /// `headline:`, a list of indicator ids, each once. Whether each is defined and has a
    /// value for the city is checked with the catalogue (`CityStoryCheck`).
    private static func headlineChoices(_ node: Node, reader: YAMLReader) -> [HeadlineChoice]? {
        // A single id is refused, not read as a list of one: the field names figures, plural.
        guard case .sequence(let sequence) = node else {
            reader.error("'headline' must be a list of indicator ids, not \(reader.describe(node))", at: node,
                         suggestion: "write it as a list: headline: [air.good_days_ratio, water.section_good_ratio]")
            return nil
        }
        var choices: [HeadlineChoice] = []
        for item in sequence {
            guard let id = reader.id(item, "headline") else { continue }
            if let first = choices.first(where: { $0.indicator == id }) {
                reader.error("'\(id)' is listed twice in 'headline' (first at line \(first.location.line)): name each figure once", at: item)
                continue
            }
            choices.append(HeadlineChoice(indicator: id, location: reader.location(item)))
        }
        return choices
    }

    private static func loadSources(_ node: Node, reader: YAMLReader) -> [Source] {
        guard let items = reader.sequence(node, of: "sources") else { return [] }
        if items.isEmpty { reader.error("a city needs at least one source under 'sources'", at: node) }
        var sources: [Source] = []
        for item in items {
            guard let fields = reader.fields(item, of: "source", allowed: sourceKeys, required: ["id", "title"]) else { continue }
            reader.placeholder(in: fields, .source)
            guard let idNode = fields["id"], let id = reader.id(idNode, "id") else { continue }
            if let first = sources.first(where: { $0.id == id }) {
                reader.error("source '\(id)' is listed twice (first at line \(first.location.line)): give each source its own id", at: idNode)
                continue
            }
            if fields["document"] == nil, fields["url"] == nil {
                reader.warning("source '\(id)' names neither a 'document' nor a 'url': readers cannot find it", at: item)
            }
            guard let title = fields["title"].flatMap({ reader.localized($0, "title") }) else { continue }
            let address = { (field: String) -> String? in
                guard let node = fields[field], let text = reader.text(node, field) else { return nil }
                if text.hasPrefix("http://") || text.hasPrefix("https://") { return text }
                reader.error("'\(field)' must start with http:// or https://, not '\(text)'", at: node)
                return nil
            }
            var dateBasis: DateBasis?
            if let node = fields["dateBasis"], let text = reader.string(node, "dateBasis") {
                dateBasis = DateBasis(rawValue: text)
                if dateBasis == nil {
                    reader.error("'dateBasis' is one of \(DateBasis.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), not '\(text)'",
                                 at: node, suggestion: Suggestion.didYouMean(text, among: DateBasis.allCases.map(\.rawValue)))
                }
            }
            var lang: String?
            if let node = fields["lang"], let text = reader.string(node, "lang") {
                if text.range(of: #"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"#, options: .regularExpression) != nil { lang = text }
                else { reader.error("'lang' must be a language tag such as zh-Hans, zh-Hant or en, not '\(text)'", at: node) }
            }
            var text: SourceText?
            if let node = fields["text"], let path = reader.text(node, "text") {
                if path.hasPrefix("/") || path.split(separator: "/").contains("..") || path.contains("\\") {
                    reader.error("'text' is a path inside the city's folder, such as sources/\(id).txt, not '\(path)'", at: node)
                } else {
                    text = SourceText(path: path, paragraphs: [])
                }
            }
            sources.append(Source(
                id: id, title: title,
                publisher: fields["publisher"].flatMap { reader.localized($0, "publisher") },
                credit: fields["credit"].flatMap { reader.localized($0, "credit") },
                document: fields["document"].flatMap { reader.text($0, "document") },
                url: address("url"), archive: address("archive"),
                date: fields["date"].flatMap { reader.date($0, "date") },
                dateBasis: dateBasis, lang: lang, text: text,
                note: fields["note"].flatMap { reader.localized($0, "note") },
                location: reader.location(item), fieldLocations: locations(fields, reader: reader)))
        }
        return sources
    }

    /// Where each field's value sits.
    private static func locations(_ fields: Fields, reader: YAMLReader) -> [String: SourceLocation] {
        fields.values.mapValues { reader.location($0) }
    }

    /// The indicator an unreadable entry names, if it can be read, so its missing data is not reported again.
    private static func noteUnreadable(_ fields: Fields, unreadable: inout Set<String>) {
        if let id = fields["indicator"]?.scalar?.string, Identifier.isValid(id) { unreadable.insert(id) }
    }

    private static func observation(_ node: Node, reader: YAMLReader, unreadable: inout Set<String>) -> Observation? {
        // `year` may be left out of a value over a period: it is the period's last year.
        // `period: unstated` is no period: the figure keeps the year of its document.
        let unstated = node["period"]?.scalar?.string == Qualifiers.unstated
        let required = node["period"] == nil || unstated ? ["indicator", "year", "value"] : ["indicator", "value"]
        // Counted from before the keys are read: a missing or misspelt field makes the entry
        // unreadable too, and its indicator's missing data is then not reported again.
        let before = reader.errorCount
        guard let fields = reader.fields(node, of: "observation", allowed: observationKeys, required: required) else { return nil }
        reader.placeholder(in: fields, .observation)
        defer { if reader.errorCount > before { noteUnreadable(fields, unreadable: &unreadable) } }
        let indicator = fields["indicator"].flatMap { reader.id($0, "indicator") }
        let writtenYear = fields["year"].flatMap { reader.year($0, "year") }
        let quantity = fields["value"].flatMap { Self.quantity($0, "value", reader: reader) }
        let source = fields["source"].flatMap { reader.id($0, "source") }
        let bound = fields["bound"].flatMap { readBound($0, reader: reader) }
        let span = unstated ? nil : fields["period"].flatMap { node in reader.string(node, "period").flatMap { report(Qualifiers.period($0), at: node, reader: reader) } }
        let aggregate = fields["aggregate"].flatMap { node in reader.string(node, "aggregate").flatMap { report(Qualifiers.aggregate($0), at: node, reader: reader) } }
        if let (field, problem) = Qualifiers.combination(year: writtenYear, period: span, aggregate: aggregate,
                                                         periodWritten: fields["period"] != nil, aggregateWritten: fields["aggregate"] != nil,
                                                         unstated: unstated),
           let at = fields[field] ?? fields["period"] {
            reader.error(problem.message, at: at, suggestion: problem.suggestion)
            return nil
        }
        let period = span.flatMap { span in aggregate.map { Period(first: span.first, last: span.last, aggregate: $0) } }
        if fields["period"] != nil, period == nil, !unstated { return nil }
        guard let indicator, let year = writtenYear ?? period?.last, let quantity else { return nil }
        var observation = Observation(indicator: indicator, year: year, quantity: quantity, bound: bound, period: period, source: source,
                                      note: fields["note"].flatMap { reader.localized($0, "note") },
                                      derived: fields["derived"].flatMap { reader.localized($0, "derived") },
                                      evidence: evidence(fields, reader: reader),
                                      location: reader.location(node), fieldLocations: locations(fields, reader: reader))
        observation.periodUnstated = unstated
        return observation
    }

    private static func change(_ node: Node, reader: YAMLReader, unreadable: inout Set<String>) -> Change? {
        // Counted from before the keys are read: a missing or misspelt field makes the entry
        // unreadable too, and its indicator's missing data is then not reported again.
        let before = reader.errorCount
        guard let fields = reader.fields(node, of: "change", allowed: changeKeys, required: ["indicator", "from", "to"]) else { return nil }
        reader.placeholder(in: fields, .change)
        defer { if reader.errorCount > before { noteUnreadable(fields, unreadable: &unreadable) } }
        let kinds = ChangeKind.allCases.filter { fields[$0.rawValue] != nil }
        guard kinds.count == 1, let kind = kinds.first else {
            if kinds.isEmpty {
                reader.error("a change needs one of 'relative' (percent), 'points' (percentage points), 'absolute' or 'ratio' (a multiple of the earlier level)", at: node)
            } else if kinds.contains(.ratio) {
                // A multiple is kept as the source gives it: a percentage beside it would be one worked out from a rounded figure.
                let other = kinds.first { $0 != .ratio }!
                reader.error("'ratio' (a multiple, 6.5倍) stands alone: a change with 'ratio' has no '\(other.rawValue)'",
                             at: fields.keys[other.rawValue] ?? node,
                             suggestion: "keep the figure the source gives: 'ratio' for \"为2015年的6.5倍\", '\(other.rawValue)' for a change it states as one")
            } else {
                reader.error("a change has exactly one of 'relative', 'points', 'absolute' or 'ratio', not \(kinds.map { "'\($0.rawValue)'" }.joined(separator: " and "))",
                             at: fields.keys[kinds[1].rawValue] ?? node)
            }
            return nil
        }
        let indicator = fields["indicator"].flatMap { reader.id($0, "indicator") }
        let from = fields["from"].flatMap { reader.year($0, "from") }
        let to = fields["to"].flatMap { reader.year($0, "to") }
        let quantity = fields[kind.rawValue].flatMap { Self.quantity($0, kind.rawValue, reader: reader) }
        let source = fields["source"].flatMap { reader.id($0, "source") }
        let bound = fields["bound"].flatMap { readBound($0, reader: reader) }
        if fields["bound"] != nil, bound == nil { return nil }
        if kind == .ratio, let quantity, !(quantity.value > 0), let at = fields[kind.rawValue] {
            reader.error("'ratio' is a multiple of the earlier level and must be more than 0, not \(ValueText.plain(quantity.value))", at: at,
                         suggestion: "为2015年的6.5倍 is 'ratio: 6.5'; a fall is a multiple below 1: 为2015年的0.8倍 is 'ratio: 0.8'")
            return nil
        }
        if let from, let to, from >= to, let node = fields["to"] {
            reader.error("a change must end after it starts: 'from' is \(from) and 'to' is \(to)", at: node)
            return nil
        }
        guard let indicator, let from, let to, let quantity else { return nil }
        return Change(indicator: indicator, from: from, to: to, kind: kind, quantity: quantity, bound: bound, source: source,
                      note: fields["note"].flatMap { reader.localized($0, "note") }, evidence: evidence(fields, reader: reader),
                      location: reader.location(node), fieldLocations: locations(fields, reader: reader))
    }

    /// `quote` and `locator`, or nil when there is no quote (a locator alone is an error).
    private static func evidence(_ fields: Fields, reader: YAMLReader) -> Evidence? {
        let locator = fields["locator"].flatMap { reader.text($0, "locator") }
        guard let node = fields["quote"] else {
            if let at = fields["locator"], locator != nil {
                reader.error("'locator' says where a quote stands, and there is no 'quote'", at: at,
                             suggestion: "add the source's words as 'quote', or remove 'locator'")
            }
            return nil
        }
        guard let quote = reader.text(node, "quote") else { return nil }
        return Evidence(quote: quote, locator: locator)
    }

    private static func readBound(_ node: Node, reader: YAMLReader) -> Bound? {
        reader.string(node, "bound").flatMap { report(Qualifiers.bound($0), at: node, reader: reader) }
    }

    /// The value, or nil with the problem reported at the node.
    private static func report<T>(_ result: Result<T, Qualifiers.Problem>, at node: Node, reader: YAMLReader) -> T? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            reader.error(problem.message, at: node, suggestion: problem.suggestion)
            return nil
        }
    }

    static func quantity(_ node: Node, _ field: String, reader: YAMLReader) -> Quantity? {
        guard let text = reader.string(node, field) else { return nil }
        switch ValueText.parse(text, field: field) {
        case .success(let quantity): return quantity
        case .failure(let problem):
            reader.error(problem.message, at: node)
            return nil
        }
    }
}
