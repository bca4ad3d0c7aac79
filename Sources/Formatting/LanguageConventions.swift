/// Everything one language writes by itself: number marks and grouping, scale words (万/亿,
/// million/billion), unit names and how they attach, bound and change words, years, periods,
/// list punctuation and the chart-description sentences, as text and patterns with named
/// placeholders (see ``ConventionsSchema`` for every entry).
///
/// A language is data: the theme's `Templates/strings/<lang>.conventions.yaml` gives these
/// entries (read by SiteBuilder), and no Swift names a language. Made once per language and
/// checked whole: a missing entry, an unknown one or an unknown placeholder is a problem.
public struct LanguageConventions: Hashable, Sendable {
    /// The language code, lower-cased (`zh-hant`).
    public let language: String
    /// Every entry as written, by dotted key (`change.up.points`).
    public let entries: [String: String]

    // Read once, for the hot paths of number formatting.
    let decimalMark: String
    let groupMark: String
    /// Digits per group; 0 for no grouping.
    let groupSize: Int
    /// Whether only exactly `1` takes a unit's singular (else every number below two does).
    let singularIsExactlyOne: Bool
    /// The scales the language names, smallest first, with `.units` first.
    let scales: [Scale]
    let scaleWords: [Int: String]
    /// Plural scale words where the language has them (`millions`).
    let pluralScaleWords: [Int: String]
    let tickWords: [Int: String]
    let patterns: [String: TextPattern]

    /// The conventions of a language from its entries. Throws every problem found: unknown
    /// and missing entries, patterns with placeholders their entry does not have, and values
    /// that are not what their entry takes.
    public init(language: String, entries: [String: String]) throws(ConventionsError) {
        var problems: [ConventionsError.Problem] = []
        var patterns: [String: TextPattern] = [:]
        var scaleWords: [Int: String] = [:], pluralScaleWords: [Int: String] = [:], tickWords: [Int: String] = [:]
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2, ConventionsSchema.powerSections.contains(parts[0]) {
                guard let power = Int(parts[1]), power > 0, power < 18 else {
                    problems.append(.init(key: key, kind: .badValue, message: "'\(parts[1])' under '\(parts[0])' must be a power of ten from 1 to 17 (4 for 万, 6 for million)"))
                    continue
                }
                switch parts[0] {
                case "scales": scaleWords[power] = value
                case "scales_plural": pluralScaleWords[power] = value
                default: tickWords[power] = value
                }
                continue
            }
            guard let entry = ConventionsSchema.byKey[key] else {
                problems.append(.init(key: key, kind: .unknownKey, message: "unknown conventions entry '\(key)'"))
                continue
            }
            guard let allowed = entry.placeholders else { continue }
            let pattern = TextPattern(value)
            for name in pattern.placeholders where !allowed.contains(name) {
                problems.append(.init(key: key, kind: .unknownPlaceholder(name),
                                      message: "'{\(name)}' is not a placeholder of '\(key)': it has \(allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))"))
            }
            patterns[key] = pattern
        }
        for entry in ConventionsSchema.entries where !entry.optional && entries[entry.key] == nil {
            problems.append(.init(key: entry.key, kind: .missing, message: "missing conventions entry '\(entry.key)'"))
        }
        if scaleWords.isEmpty {
            problems.append(.init(key: "scales", kind: .missing, message: "missing 'scales': the powers of ten the language names, with their words (4: 万, or 6: million)"))
        }
        let grouping = entries["numbers.grouping"].flatMap { Int($0) }
        if entries["numbers.grouping"] != nil, grouping == nil || grouping! < 0 {
            problems.append(.init(key: "numbers.grouping", kind: .badValue, message: "'numbers.grouping' must be the digits per group (3), or 0 for none"))
        }
        if let rule = entries["numbers.singular"], !ConventionsSchema.singularRules.contains(rule) {
            problems.append(.init(key: "numbers.singular", kind: .badValue,
                                  message: "'numbers.singular' must be one of \(ConventionsSchema.singularRules.joined(separator: ", ")), not '\(rule)'"))
        }
        guard problems.isEmpty else { throw ConventionsError(problems: problems) }
        self.language = language.lowercased()
        self.entries = entries
        self.decimalMark = entries["numbers.decimal"]!
        self.groupMark = entries["numbers.group"]!
        self.groupSize = grouping ?? 0
        self.singularIsExactlyOne = entries["numbers.singular"] == "exactly_one"
        self.scales = [.units] + scaleWords.keys.sorted().map { Scale(exponent: $0) }
        self.scaleWords = scaleWords
        self.pluralScaleWords = pluralScaleWords
        self.tickWords = tickWords
        self.patterns = patterns
    }

    /// A plain entry's text (`list.separator`); empty for an optional entry left out.
    public func text(_ key: String) -> String { entries[key] ?? "" }

    /// A pattern entry filled in; an optional entry that is absent falls back to `fallback`.
    public func fill(_ key: String, or fallback: String? = nil, _ values: [String: String]) -> String {
        (patterns[key] ?? fallback.flatMap { patterns[$0] })?.fill(values) ?? ""
    }

    /// Whether the language has this (optional) entry.
    func has(_ key: String) -> Bool { entries[key] != nil }

    public static func == (lhs: LanguageConventions, rhs: LanguageConventions) -> Bool {
        lhs.language == rhs.language && lhs.entries == rhs.entries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(entries)
    }
}

/// What is wrong with a language's conventions: every problem, each with its entry's key.
public struct ConventionsError: Error, Sendable {
    /// One problem, at one entry.
    public struct Problem: Hashable, Sendable {
        /// What kind of problem, for locating it: an unknown placeholder is found in its line.
        public enum Kind: Hashable, Sendable {
            case unknownKey, missing, badValue
            case unknownPlaceholder(String)
        }

        /// The dotted key (`change.up.points`), or a section (`scales`).
        public let key: String
        public let kind: Kind
        /// What to tell the author.
        public let message: String
    }

    public let problems: [Problem]
}
