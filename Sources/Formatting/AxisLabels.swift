/// Axis tick labels.
///
/// Ticks are short: the language's `ticks` words attached (`250万`, `1亿`; `2.5M`, `1B`), else
/// its scale words, from its first scale up, and plain numbers with its marks below
/// (`250,000`), matching where running text switches scale. A label has the
/// fewest decimals that tell ticks one `step` apart, and trailing zeros are dropped
/// (`1万`, `1.5万`). The unit is not part of a tick (it belongs in the axis title, see
/// ``NumberStyle/unitLabel(_:scale:)``), except for percent: `20%`.
extension NumberStyle {
    /// One tick label, in the scale of its own magnitude: `5000`, `1万`, `1.5万` for ticks
    /// 5000 apart; `500,000`, `1M`, `1.5M` in English.
    ///
    ///     NumberStyle.chinese.axisTickLabel(2_500_000, step: 500_000)   // "250万"
    public func axisTickLabel(_ value: Double, step: Double, unit: Unit? = nil) -> String {
        tickLabel(value, step: step, scale: scale(for: value), unit: unit)
    }

    /// Labels for a whole axis, all in the scale of the largest tick, so that they read
    /// alike: `0`, `0.5亿`, `1亿`, `1.5亿`; `0`, `0.5M`, `1M`, `1.5M`. The step is the
    /// smallest gap between ticks.
    ///
    ///     NumberStyle.english.axisTickLabels([0, 1_000_000, 2_000_000, 3_000_000])
    ///     // ["0", "1M", "2M", "3M"]
    public func axisTickLabels(_ ticks: [Double], unit: Unit? = nil) -> [String] {
        let finite = ticks.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        let scale = scale(for: largest)
        let sorted = Array(Set(finite)).sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1 - $0 }
        let step = gaps.min() ?? largest
        return ticks.map { tickLabel($0, step: step, scale: scale, unit: unit) }
    }

    /// The short scale suffix of a tick (the language's `ticks.<power>`, else its scale
    /// word): `万`, `亿`, `万亿`; `M`, `B`, `T`.
    public func tickSuffix(_ scale: Scale) -> String {
        conventions.tickWords[scale.exponent] ?? scaleWord(scale)
    }

    private func tickLabel(_ value: Double, step: Double, scale: Scale, unit: Unit?) -> String {
        guard value.isFinite, abs(value) < 1e18 else { return "—" }
        let stepInScale = abs(scaled(step.isFinite && step != 0 ? step : value, byPowerOfTen: -scale.exponent))
        let places = fractionDigitsNeeded(stepInScale)
        let figure = DecimalFigure(value, exponent: scale.exponent - places)
        let percent = if case .percent = unit { "%" } else { "" }
        if figure.isZero { return "0" + percent }
        let inScale = DecimalFigure(significand: figure.significand, exponent: figure.exponent - scale.exponent)
        var (integer, fraction) = inScale.magnitude.digits(fractionDigits: places)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let digits = marked(integer: integer, fraction: fraction)
        return (figure.isNegative ? NumberStyle.minus : "") + digits + tickSuffix(scale) + percent
    }
}

/// The fewest decimal places (at most 6) that write `value` exactly, tolerating binary
/// noise: 0.25 → 2, 0.30000000000000004 → 1, 5 → 0.
func fractionDigitsNeeded(_ value: Double) -> Int {
    guard value.isFinite, value != 0 else { return 0 }
    for places in 0...6 {
        let shifted = scaled(abs(value), byPowerOfTen: places)
        if abs(shifted - shifted.rounded()) <= 1e-6 * max(1, shifted) { return places }
    }
    return 6
}
