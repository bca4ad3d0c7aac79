import Diagnostics
import Yams

// Drafts (`draft: true` in a narrative's front matter) and placeholders (`placeholder: true`
// on what `report-site new` writes as an example): how they are read, and the site as it is
// published, without its drafts.

extension Site {
    /// Every draft narrative with the city of its report (nil for a free page), in site order.
    public var drafts: [(narrative: Narrative, city: String?)] {
        hasDrafts ? narratives.filter { $0.narrative.frontMatter.isDraft } : []
    }

    /// Whether any narrative is a draft.
    public var hasDrafts: Bool {
        cities.contains { $0.reports.contains { $0.narratives.values.contains { $0.frontMatter.isDraft } } }
            || pages.contains { $0.narratives.values.contains { $0.frontMatter.isDraft } }
    }

    /// The site as `build` publishes it: every draft narrative left out, and a report or page
    /// left with no version left out with it. A report whose one language is a draft keeps
    /// its other versions and so is, in that language, a report missing a version: its page
    /// there says it is not available yet, and nothing names it as an alternate.
    public func withoutDrafts() -> Site {
        guard hasDrafts else { return self }
        var site = self
        let published = { (narratives: [String: Narrative]) in narratives.filter { !$0.value.frontMatter.isDraft } }
        site.cities = cities.map { city in
            var city = city
            city.reports = city.reports.compactMap { report in
                var report = report
                report.narratives = published(report.narratives)
                return report.narratives.isEmpty ? nil : report
            }
            return city
        }
        site.pages = pages.compactMap { page in
            var page = page
            page.narratives = published(page.narratives)
            return page.narratives.isEmpty ? nil : page
        }
        return site
    }
}

extension YAMLReader {
    /// `true` or `false`, unquoted (YAML's booleans, as every YAML tool reads them); anything
    /// else is an error at the value: `yes`, `1` or `"true"` in quotes would each mean
    /// something else to another YAML reader.
    func bool(_ node: Node, _ field: String) -> Bool? {
        guard case .scalar(let scalar) = node else {
            error("'\(field)' must be true or false, not \(describe(node))", at: node)
            return nil
        }
        let text = scalar.string
        let lowered = text.lowercased()
        if scalar.style == .plain, ["true", "True", "TRUE"].contains(text) { return true }
        if scalar.style == .plain, ["false", "False", "FALSE"].contains(text) { return false }
        if scalar.style != .plain, ["true", "false"].contains(lowered) {
            error("'\(field)' must be true or false without quotes, not the text \"\(text)\"", at: node,
                  suggestion: "write \(field): \(lowered)")
            return nil
        }
        let suggestion: String? = ["yes", "y", "on", "1"].contains(lowered) ? "write \(field): true"
            : ["no", "n", "off", "0"].contains(lowered) ? "write \(field): false" : nil
        error("'\(field)' must be true or false, not \(describe(node))", at: node, suggestion: suggestion)
        return nil
    }

    /// Where `placeholder: true` is written in an entry, after warning there that it is an
    /// example to replace (`what` says what kind); nil when the entry is no placeholder.
    @discardableResult
    func placeholder(in fields: Fields, _ what: Placeholder) -> SourceLocation? {
        guard let node = fields["placeholder"], bool(node, "placeholder") == true else { return nil }
        let at = location(fields.keys["placeholder"] ?? node)
        add(.warning(what.message, at: at))
        return at
    }

    /// Why a key that is valid elsewhere is not valid here, for the "unknown key" error.
    static func misplacedKeyHint(_ key: String) -> String? {
        switch key {
        case "draft": "'draft: true' goes in the front matter of a report or page (its .md file), nowhere else"
        case "placeholder": "'placeholder: true' marks an example source, observation or change in city.yaml, or an example report or page in its front matter; it does not apply here"
        default: nil
        }
    }
}

/// What `placeholder: true` marks, for its warning: each says what to replace.
enum Placeholder {
    case source, observation, change, narrative

    var message: String {
        switch self {
        case .source: "placeholder: an example source, not a real document; replace it with the document your figures come from and remove `placeholder: true`"
        case .observation: "placeholder: an example value, not taken from a source; replace it with your city's figure and remove `placeholder: true`"
        case .change: "placeholder: an example change, not taken from a source; replace it with one your source reports and remove `placeholder: true`"
        case .narrative: "placeholder: example text; write your own and remove `placeholder: true`"
        }
    }
}
