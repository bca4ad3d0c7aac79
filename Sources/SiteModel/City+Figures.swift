import Formatting

/// A change between two years: reported by a source, or computed from two levels.
public struct ChangeFigure: Sendable {
    public var indicator: String
    public var from: Int
    public var to: Int
    public var kind: ChangeKind
    public var quantity: Quantity
    /// The reported change this is, or nil when computed from levels.
    public var reported: Change?
    /// The levels it was computed from, when computed.
    public var levels: (from: Observation, to: Observation)?

    /// The bound the source gave a reported change with; a computed one is exact.
    public var bound: Bound? { reported?.bound }

    /// Whether the site computed it from two levels (the source does not report it).
    public var isComputed: Bool { reported == nil }

    /// Whether it is marked as a derived value (†, with a note) wherever it is shown: a change
    /// the site computed is, as a value it derived is, whether or not its levels are reported.
    public var isDerived: Bool { isComputed }

    /// Whether it rests on a derived level.
    public var restsOnDerivedLevel: Bool {
        guard let levels else { return false }
        return levels.from.isDerived || levels.to.isDerived
    }

    public var source: String? { reported?.source ?? levels?.to.source }
}

extension City {
    /// The single-year level of an indicator in a year (exact or bounded; never a total or
    /// average over a period).
    public func level(_ indicator: String, year: Int) -> Observation? {
        yearLevels(of: indicator).first { $0.year == year }
    }

    /// The value a figure of one year stands for: the single-year level, else a value over a
    /// period ending that year (the shortest such period).
    public func value(_ indicator: String, year: Int) -> Observation? {
        level(indicator, year: year) ?? periodValues(of: indicator).first { $0.year == year }
    }

    /// The value over exactly these years, if one is given.
    public func periodValue(_ indicator: String, from: Int, to: Int) -> Observation? {
        periodValues(of: indicator).first { $0.period?.first == from && $0.period?.last == to }
    }

    /// The latest year with a single-year level; an indicator given only over periods has
    /// its latest period value.
    public func latest(_ indicator: String) -> Observation? {
        yearLevels(of: indicator).last ?? periodValues(of: indicator).max { $0.year < $1.year }
    }

    /// Why the change from `from` to `to` cannot be computed from the two levels although
    /// they exist: a level that is a bound or an approximation; nil when it can (or when a
    /// level is missing).
    public func levelProblem(_ indicator: String, from: Int, to: Int) -> Observation? {
        guard let a = level(indicator, year: from), let b = level(indicator, year: to) else { return nil }
        return [a, b].first { !$0.isExactLevel }
    }

    /// The change from `from` to `to`: the reported one if a source gives it (it is what the
    /// source says), else computed from the two levels; reported changes are not chained.
    /// A percent indicator's computed change is in points, others' in percent.
    public func change(_ indicator: Indicator, from: Int, to: Int) -> ChangeFigure? {
        if let reported = changes(of: indicator.id).first(where: { $0.from == from && $0.to == to }) {
            return ChangeFigure(indicator: indicator.id, from: from, to: to, kind: reported.kind, quantity: reported.quantity,
                                reported: reported, levels: nil)
        }
        // A bound (达90%以上) or approximation (约) is never used to derive another figure.
        guard let a = level(indicator.id, year: from), let b = level(indicator.id, year: to),
              a.isExactLevel, b.isExactLevel else { return nil }
        // The documented arithmetic (Quantity.change): on the decimal digits as written, rounded
        // half away from zero; points to the finer precision of the two levels.
        let kind: ChangeKind = indicator.unit == .percent ? .points : .relative
        guard let quantity = Quantity.change(from: a.quantity, to: b.quantity, kind: kind) else { return nil }
        return ChangeFigure(indicator: indicator.id, from: from, to: to, kind: kind, quantity: quantity, reported: nil, levels: (a, b))
    }
}

extension Quantity {
    /// Half a unit of the last written digit: how far the true value may lie from the written one.
    public var roundingError: Double {
        var unit = 1.0
        for _ in 0..<abs(exponent) { unit *= 10 }
        return (exponent < 0 ? 1 / unit : unit) / 2
    }
}
