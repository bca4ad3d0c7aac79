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

    /// Whether it rests on a derived level.
    public var isDerived: Bool {
        guard let levels else { return false }
        return levels.from.isDerived || levels.to.isDerived
    }

    public var source: String? { reported?.source ?? levels?.to.source }
}

extension City {
    /// The level of an indicator in a year.
    public func level(_ indicator: String, year: Int) -> Observation? {
        observations.first { $0.indicator == indicator && $0.year == year }
    }

    /// The latest year with a level value.
    public func latest(_ indicator: String) -> Observation? {
        observations.filter { $0.indicator == indicator }.max { $0.year < $1.year }
    }

    /// The change from `from` to `to`: the reported one if a source gives it (it is what the
    /// source says), else computed from the two levels; reported changes are not chained.
    /// A percent indicator's computed change is in points, others' in percent.
    public func change(_ indicator: Indicator, from: Int, to: Int) -> ChangeFigure? {
        if let reported = changes.first(where: { $0.indicator == indicator.id && $0.from == from && $0.to == to }) {
            return ChangeFigure(indicator: indicator.id, from: from, to: to, kind: reported.kind, quantity: reported.quantity,
                                reported: reported, levels: nil)
        }
        guard let a = level(indicator.id, year: from), let b = level(indicator.id, year: to) else { return nil }
        let quantity: Quantity
        let kind: ChangeKind
        if indicator.unit == .percent {
            kind = .points
            let exponent = max(a.quantity.exponent, b.quantity.exponent, -(indicator.decimals ?? 6))
            quantity = Quantity(Self.round(b.value - a.value, exponent: exponent), exponent: exponent)
        } else {
            guard a.value != 0 else { return nil }
            kind = .relative
            quantity = Quantity(Self.round((b.value - a.value) / abs(a.value) * 100, exponent: -1), exponent: -1)
        }
        return ChangeFigure(indicator: indicator.id, from: from, to: to, kind: kind, quantity: quantity, reported: nil, levels: (a, b))
    }

    static func round(_ value: Double, exponent: Int) -> Double {
        var scale = 1.0
        for _ in 0..<abs(exponent) { scale *= 10 }
        return exponent < 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
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
