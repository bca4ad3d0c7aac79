/// A figure the source gave as a bound or an approximation, not an exact value:
/// 达90%以上 (at least), 超过600个 (more than), 约712亿元 (about), 不超过 (at most), 低于 (less than).
public enum Bound: String, Hashable, Sendable, CaseIterable {
    case atLeast, moreThan, about, atMost, lessThan
}

/// What a value over several years is: their sum or their yearly average.
public enum Aggregate: String, Hashable, Sendable, CaseIterable {
    case total, average
}

/// Several years a value covers, and whether it is their total or their yearly average.
public struct Period: Hashable, Sendable {
    public var first: Int
    public var last: Int
    public var aggregate: Aggregate

    public init(first: Int, last: Int, aggregate: Aggregate) {
        self.first = first
        self.last = last
        self.aggregate = aggregate
    }
}

/// Qualifiers and periods, from the language's conventions (`bounds.<bound>`, `periods.*`).
///
/// | bound | zh | en |
/// | --- | --- | --- |
/// | atLeast | `90%以上` | `at least 90%` |
/// | moreThan | `超过600个` | `more than 600 projects` |
/// | about | `约712亿元` | `about CNY 71.2 billion` |
/// | atMost | `不超过5天` | `at most 5 days` |
/// | lessThan | `低于5天` | `less than 5 days` |
///
/// Periods: `2016—2020年累计` / `2016–2020 total`, `2016—2020年年均` / `2016–2020 average`.
extension NumberStyle {
    /// A formatted figure with the words of its bound; the figure itself when `bound` is nil.
    ///
    ///     chinese.qualified("90%", bound: .atLeast)    // "90%以上"
    ///     english.qualified("90%", bound: .atLeast)    // "at least 90%"
    public func qualified(_ figure: String, bound: Bound?) -> String {
        guard let bound, let key = ConventionsSchema.boundKeys[bound] else { return figure }
        return conventions.fill("bounds." + key, ["figure": figure])
    }

    /// A value with its unit and bound: `约712亿元`, `about CNY 71.2 billion`.
    public func format(_ quantity: Quantity, unit: Unit, decimals: Int? = nil, bound: Bound?) -> String {
        qualified(format(quantity, unit: unit, decimals: decimals), bound: bound)
    }

    /// A period of several years and what the value over it is:
    /// `2016—2020年累计`, `2016—2020年年均`, `2016–2020 total`, `2016–2020 average`.
    public func period(_ period: Period) -> String {
        let years = yearRange(period.first, period.last)
        return conventions.fill(period.aggregate == .total ? "periods.total" : "periods.average", ["years": years])
    }

    /// When a value is for: its period when it covers several years, else its year
    /// (`2016—2020年累计`, `2020年`; `2016–2020 total`, `2020`).
    public func when(year: Int, period: Period?, unstated: Bool = false) -> String {
        if unstated { return periodNotStated }
        return period.map { self.period($0) } ?? self.year(year)
    }

    /// For a figure its source gives without saying when or over which years:
    /// `时段未注明`, `period not stated`.
    public var periodNotStated: String { conventions.text("periods.not_stated") }
}
