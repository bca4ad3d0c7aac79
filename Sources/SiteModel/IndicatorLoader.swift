import Diagnostics
import Formatting
import Yams

/// Reads `indicators.yaml`: a list of indicators.
enum IndicatorLoader {
    static let keys = ["id", "category", "name", "unit", "better", "decimals", "range", "description"]

    /// The indicators read; `unreadable` receives the ids of entries that have an error.
    static func load(_ file: SourceFile, languages: [String], editions: [ConvertedEdition] = [], into diagnostics: inout [Diagnostic],
                     unreadable: inout Set<String>) -> [Indicator] {
        let reader = YAMLReader(path: file.path, languages: languages, editions: editions)
        defer { diagnostics += reader.diagnostics }
        guard let root = reader.parse(file.text), let items = reader.sequence(root, of: "indicators") else { return [] }
        var indicators: [Indicator] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let before = reader.errorCount
            guard let fields = reader.fields(item, of: "indicator", allowed: keys, required: ["id", "category", "name", "unit", "better"]) else { continue }
            guard let idNode = fields["id"], let id = reader.id(idNode, "id") else {
                if fields["id"] == nil, let id = misspeltID(item) { unreadable.insert(id) }
                continue
            }
            defer { if reader.errorCount > before { unreadable.insert(id) } }
            if let first = seen[id] {
                reader.error("indicator '\(id)' is defined twice (first at line \(first.line))", at: idNode)
                continue
            }
            seen[id] = reader.location(idNode)
            let category = fields["category"].flatMap { reader.id($0, "category") }
            let name = fields["name"].flatMap { reader.localized($0, "name") }
            let unit = fields["unit"].flatMap { Self.unit($0, reader: reader) }
            let better = fields["better"].flatMap { node -> Better? in
                guard let text = reader.string(node, "better") else { return nil }
                guard let value = Better(rawValue: text) else {
                    reader.error("'better' must be higher, lower or none, not '\(text)'", at: node,
                                 suggestion: Suggestion.didYouMean(text, among: Better.allCases.map(\.rawValue)))
                    return nil
                }
                return value
            }
            var decimals: Int?
            if let node = fields["decimals"], let value = reader.int(node, "decimals") {
                if (0...6).contains(value) { decimals = value } else { reader.error("'decimals' must be between 0 and 6, not \(value)", at: node) }
            }
            var range: ClosedRange<Double>?
            if let node = fields["range"] {
                range = Self.range(node, reader: reader)
            }
            let description = fields["description"].flatMap { reader.localized($0, "description") }
            guard let category, let name, let unit, let better else { continue }
            indicators.append(Indicator(id: id, category: category, name: name, unit: unit, better: better,
                                        decimals: decimals, range: range, description: description,
                                        location: reader.location(item)))
        }
        return indicators
    }

    /// The id of an entry whose `id` key is misspelt (`idx: air.pm25`, reported as an unknown
    /// key), so that the cities and pages using that id are not all reported again.
    private static func misspeltID(_ node: Node) -> String? {
        guard case .mapping(let mapping) = node else { return nil }
        for (key, value) in mapping {
            guard let name = key.scalar?.string, !keys.contains(name), Suggestion.nearest(to: name, among: keys) == "id",
                  let id = value.scalar?.string, Identifier.isValid(id) else { continue }
            return id
        }
        return nil
    }

    private static func unit(_ node: Node, reader: YAMLReader) -> Unit? {
        if case .mapping = node {
            guard let text = reader.localized(node, "unit") else { return nil }
            return .inline(text.values)
        }
        guard let id = reader.string(node, "unit") else { return nil }
        guard let unit = Unit(builtinID: id) else {
            reader.error("unknown unit '\(id)'", at: node,
                         suggestion: Suggestion.didYouMean(id, among: Unit.builtinIDs)
                            ?? "use one of \(Unit.builtinIDs.joined(separator: ", ")), or an inline unit such as { zh: 家, en: enterprises }")
            return nil
        }
        return unit
    }

    private static func range(_ node: Node, reader: YAMLReader) -> ClosedRange<Double>? {
        guard let items = reader.sequence(node, of: "range") else { return nil }
        guard items.count == 2 else {
            reader.error("'range' must be two numbers, [low, high]", at: node)
            return nil
        }
        let bounds = items.compactMap { item -> Double? in
            guard let text = reader.string(item, "range") else { return nil }
            switch ValueText.parse(text, field: "range") {
            case .success(let quantity): return quantity.value
            case .failure(let problem):
                reader.error(problem.message, at: item)
                return nil
            }
        }
        guard bounds.count == 2 else { return nil }
        guard bounds[0] <= bounds[1] else {
            reader.error("'range' low bound \(bounds[0]) is above its high bound \(bounds[1])", at: node)
            return nil
        }
        return bounds[0]...bounds[1]
    }
}
