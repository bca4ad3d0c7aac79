/// How a reported change is expressed.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
    /// A percent change of the level (`-29.4%`).
    case relative
    /// A change in percentage points, for percent indicators (`+1.7个百分点`, `+1.7 pp`).
    case points
    /// A change in the indicator's own unit (`-16 μg/m³`).
    case absolute
    /// A multiple of the earlier level, as the source gives it (`为2015年的6.5倍`, `6.5 times
    /// the 2015 level`): only ever reported, never worked into a percentage or a level.
    case ratio

    /// Whether the figure is shown to the precision it was written with (a percentage or a
    /// multiple), rather than to the indicator's decimals.
    public var keepsWrittenPrecision: Bool { self == .relative || self == .ratio }

    /// How far a change of this kind moves from no change, signed: the change itself, or for a
    /// multiple its value less one (6.5 times is up, 0.8 times down, 1 time unchanged). What
    /// arrows, colours and bar directions go by.
    public func movement(_ value: Double) -> Double { self == .ratio ? value - 1 : value }
}
