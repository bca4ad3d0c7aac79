/// The entries a language's conventions file has: each key (dotted, as the file nests it),
/// whether it is a pattern and which placeholders it may use, and whether it may be left out.
///
/// Keys under `scales.`, `scales_plural.` and `ticks.` are powers of ten (`scales.4: 万`); keys under `units.` are
/// a built-in unit's id and one of `symbol`, `value`, `one`, `label`.
public enum ConventionsSchema {
    /// One entry of the file.
    public struct Entry: Sendable {
        /// The dotted key: `change.up.points`.
        public let key: String
        /// The placeholders a pattern may use; nil for plain text.
        public let placeholders: Set<String>?
        /// Whether the file may leave the entry out.
        public let optional: Bool

        init(_ key: String, _ placeholders: [String]? = nil, optional: Bool = false) {
            self.key = key
            self.placeholders = placeholders.map(Set.init)
            self.optional = optional
        }
    }

    /// The bounds' keys, as a file names them.
    public static let boundKeys: [Bound: String] = [
        .atLeast: "at_least", .moreThan: "more_than", .about: "about", .atMost: "at_most", .lessThan: "less_than",
    ]

    /// The units a file names (count and index are bare numbers everywhere).
    public static let unitIDs = Unit.builtinIDs.filter { $0 != "count" && $0 != "index" }

    /// Every fixed entry (the dynamic `scales.N` and `ticks.N` aside).
    public static let entries: [Entry] = {
        let change = ["name", "years", "from", "to", "change", "amount"]
        let over = ["from", "to", "years", "change", "amount"]
        var entries: [Entry] = [
            Entry("numbers.decimal"),
            Entry("numbers.group"),
            Entry("numbers.grouping"),
            Entry("numbers.singular"),
            Entry("numbers.scaled", ["number", "scale"]),
            Entry("unit.value", ["number", "symbol"]),
            Entry("unit.value_latin", ["number", "symbol"]),
            Entry("unit.label", ["scale", "symbol"]),
            Entry("unit.value_scaled", ["number", "scale", "symbol"], optional: true),
            Entry("change.words", ["verb", "size"]),
            Entry("change.unchanged"),
            Entry("change.roughly_unchanged"),
            Entry("change.points", ["number"]),
            Entry("change.points_words", ["number"]),
            Entry("change.points_words_one", ["number"], optional: true),
            Entry("multiple.times", ["number"]),
            Entry("multiple.times_one", ["number"], optional: true),
            Entry("multiple.of_year", ["year", "times"]),
            Entry("multiple.in_sentence.exact", ["multiple"]),
            Entry("years.year", ["year"]),
            Entry("years.range", ["from", "to"]),
            Entry("periods.total", ["years"]),
            Entry("periods.average", ["years"]),
            Entry("periods.not_stated"),
            Entry("list.separator"),
            Entry("list.last"),
            Entry("names.city_indicator", ["city", "indicator"]),
            Entry("names.city_indicator_title", ["city", "indicator"]),
            Entry("sentences.end"),
            Entry("sentences.clause_separator"),
            Entry("series.no_data", ["subject"]),
            Entry("series.no_series"),
            Entry("series.list", ["subject", "clauses"]),
            Entry("series.one", ["subject", "year", "value", "is"]),
            Entry("series.one_none", ["subject", "year"]),
            Entry("series.all_none", ["subject", "firstYear", "lastYear"]),
            Entry("series.steady", ["subject", "firstYear", "lastYear", "first"]),
            Entry("series.same_ends", ["subject", "firstYear", "lastYear", "first"]),
            Entry("series.rose", ["subject", "firstYear", "lastYear", "first", "last"]),
            Entry("series.fell", ["subject", "firstYear", "lastYear", "first", "last"]),
            Entry("series.went", ["subject", "firstYear", "lastYear", "first", "last"]),
            Entry("series.extremes", ["high", "highYears", "low", "lowYears"]),
            Entry("comparison.subject_in_year", ["subject", "year"]),
            Entry("comparison.label_in_year", ["label", "year"]),
            Entry("comparison.none", ["subject"]),
            Entry("comparison.one", ["subject", "label", "value", "item"]),
            Entry("comparison.item", ["label", "value"]),
            Entry("comparison.item_in_year", ["label", "value", "year"]),
            Entry("comparison.item_separator"),
            Entry("comparison.unranked", ["subject", "items"]),
            Entry("comparison.same", ["subject", "labels", "value"]),
            Entry("comparison.ranked", ["subject", "highest", "high", "lowest", "low"]),
            Entry("comparison.ranked_tied", ["subject", "highest", "high", "lowest", "low"], optional: true),
            Entry("changes.rose", change),
            Entry("changes.fell", change),
            Entry("changes.unchanged", change),
            Entry("changes.multiple", ["name", "to", "multiple"]),
            Entry("changes.with_subject", ["subject", "clauses"]),
            Entry("changes.none", ["subject"]),
            Entry("changes.none_alone"),
            Entry("kpi.year", ["year", "name", "figure", "is"]),
            Entry("kpi.year_none", ["year", "name"]),
            Entry("kpi.period", ["name", "period", "figure"]),
            Entry("kpi.period_none", ["name", "period"]),
            Entry("kpi.multiple", ["multiple"]),
            Entry("kpi.multiple_in", ["to", "multiple"]),
            Entry("kpi.since", ["from", "change"]),
            Entry("kpi.unchanged_since", ["from", "change"]),
            Entry("kpi.rose_over", over),
            Entry("kpi.fell_over", over),
            Entry("kpi.unchanged_over", over),
        ]
        for kind in ["relative", "points", "absolute"] {
            entries.append(Entry("change.up.\(kind)"))
            entries.append(Entry("change.down.\(kind)"))
        }
        for bound in Bound.allCases.compactMap({ boundKeys[$0] }) {
            entries.append(Entry("bounds.\(bound)", ["figure"]))
            entries.append(Entry("multiple.in_sentence.\(bound)", ["multiple"], optional: true))
            entries.append(Entry("copula.\(bound)", optional: true))
        }
        entries.append(Entry("copula.exact", optional: true))
        for unit in unitIDs {
            entries.append(Entry("units.\(unit).symbol"))
            entries.append(Entry("units.\(unit).value", ["number", "symbol"], optional: true))
            entries.append(Entry("units.\(unit).one", ["number", "symbol"], optional: true))
            entries.append(Entry("units.\(unit).label", ["scale", "symbol"], optional: true))
        }
        return entries
    }()

    /// The entries by key.
    public static let byKey: [String: Entry] = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0) })

    /// The sections whose keys are powers of ten.
    public static let powerSections = ["scales", "scales_plural", "ticks"]

    /// The values `numbers.singular` may take: which numbers take a unit's `one` form.
    public static let singularRules = ["exactly_one", "below_two"]
}
