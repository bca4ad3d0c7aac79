import Formatting

/// Whether a reported change agrees with the two levels it spans, given that each figure
/// is rounded to the digits it was written with.
enum ChangeConsistency {
    /// The interval of changes the levels allow, or nil when they cannot give one (zero base).
    static func allowedRange(kind: ChangeKind, from a: Quantity, to b: Quantity) -> ClosedRange<Double>? {
        let aLow = a.value - a.roundingError, aHigh = a.value + a.roundingError
        let bLow = b.value - b.roundingError, bHigh = b.value + b.roundingError
        switch kind {
        case .points, .absolute:
            return (bLow - aHigh)...(bHigh - aLow)
        case .relative:
            guard aLow > 0 || aHigh < 0 else { return nil }
            let candidates = [aLow, aHigh].flatMap { x in [bLow, bHigh].map { y in (y - x) / abs(x) * 100 } }
            return candidates.min()!...candidates.max()!
        case .ratio:
            // The multiple itself (later ÷ earlier), never a percentage made from it.
            guard aLow > 0 || aHigh < 0 else { return nil }
            let candidates = [aLow, aHigh].flatMap { x in [bLow, bHigh].map { y in y / x } }
            return candidates.min()!...candidates.max()!
        }
    }

    /// Whether `reported` (itself rounded) overlaps what the levels allow.
    static func agrees(_ reported: Quantity, kind: ChangeKind, from a: Quantity, to b: Quantity) -> Bool {
        guard let range = allowedRange(kind: kind, from: a, to: b) else { return true }
        let low = reported.value - reported.roundingError, high = reported.value + reported.roundingError
        // A hair of slack for binary floating point.
        let slack = 1e-9 * max(1, abs(reported.value))
        return high >= range.lowerBound - slack && low <= range.upperBound + slack
    }
}
