import Foundation

/// A port of d3-array's `ticks`, `tickIncrement`, `tickStep` and `nice`
/// (src/ticks.js, src/nice.js): round steps of 1, 2 or 5 × 10ⁿ.
///
/// Why the odd negative increments: for steps below 1, d3 returns `-1/step`
/// and divides by it (`3 / 10`) instead of multiplying by the step
/// (`3 * 0.1 = 0.30000000000000004`), so tick values are exact decimals.
public enum Ticks {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()

    /// JavaScript's `Math.round`: halves round towards +∞ (Swift's `.rounded()` rounds them away from zero).
    static func jsRound(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        let down = x.rounded(.down)
        return x - down >= 0.5 ? down + 1 : down
    }

    /// d3's `tickSpec`: the first and last tick as integers `i1…i2` and the increment
    /// (negative means "divide by its opposite").
    static func tickSpec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
        // `Math.max(0, count)`, which is NaN when count is.
        let step = (stop - start) / (count.isNaN ? .nan : max(0, count))
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return tickSpec(start, stop, count * 2) }
        return (i1, i2, inc)
    }

    /// Approximately `count + 1` round values between `start` and `stop` inclusive
    /// (reversed when `stop < start`); empty when an argument is NaN or `count` is not positive.
    public static func ticks(_ start: Double, _ stop: Double, count: Double) -> [Double] {
        guard count > 0 else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count)
        guard i2 >= i1, (i2 - i1).isFinite else { return [] }
        let n = Int(i2 - i1) + 1
        return (0..<n).map { i in
            let k = reverse ? i2 - Double(i) : i1 + Double(i)
            return inc < 0 ? k / -inc : k * inc
        }
    }

    /// The tick step as d3 returns it: positive for steps ≥ 1, otherwise `-1/step`.
    public static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
        tickSpec(start, stop, count).inc
    }

    /// The (signed) distance between ticks.
    public static func tickStep(_ start: Double, _ stop: Double, count: Double) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// d3-array's `nice`: widens `[start, stop]` to round values of the tick step,
    /// repeating until the step no longer changes. Returns the input unchanged when
    /// it cannot be niced (NaN, equal ends, non-positive count).
    public static func nice(_ start: Double, _ stop: Double, count: Double) -> (Double, Double) {
        var start = start, stop = stop
        var prestep: Double?
        while true {
            let step = tickIncrement(start, stop, count: count)
            if step == prestep || step == 0 || !step.isFinite {
                return (start, stop)
            } else if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            }
            prestep = step
        }
    }
}
