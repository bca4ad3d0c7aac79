/// How a reported change is expressed.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
    /// A percent change of the level (`-29.4%`).
    case relative
    /// A change in percentage points, for percent indicators (`+1.7个百分点`, `+1.7 pp`).
    case points
    /// A change in the indicator's own unit (`-16 μg/m³`).
    case absolute
}
