/// An exact decimal: `significand × 10^exponent`, so rounding happens in decimal, never in
/// binary (2.585 rounds to 2.59 here, while `Double` formatting gives 2.58).
struct DecimalFigure: Hashable, Sendable {
    var significand: Int
    var exponent: Int

    init(significand: Int, exponent: Int) {
        self.significand = significand
        self.exponent = exponent
    }

    /// The value of a finite `Double` read to `exponent` (rounded half away from zero). The
    /// exponent is raised where the significand would not fit 15 digits.
    init(_ value: Double, exponent: Int) {
        var exponent = exponent
        while abs(scaled(value, byPowerOfTen: -exponent)) >= 1e15 { exponent += 1 }
        self.exponent = exponent
        self.significand = Int(scaled(value, byPowerOfTen: -exponent).rounded(.toNearestOrAwayFromZero))
    }

    /// A quantity as written. The trailing zeros of a whole number (`12000`, `300万`,
    /// `10亿`: exponent 0, 4, 8 or 12) are not taken as significant (`12000` is read as
    /// 12 × 10^3), so that scaling to 万 or million adds no digits nobody wrote; zeros after
    /// a decimal point are (`258.50万`, exponent 2, keeps its 0).
    init(written quantity: Quantity) {
        self.init(quantity.value, exponent: quantity.exponent)
        if exponent >= 0 && quantity.exponent % 4 == 0 && significand != 0 {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
    }

    var isZero: Bool { significand == 0 }
    var isNegative: Bool { significand < 0 }
    var magnitude: DecimalFigure { DecimalFigure(significand: abs(significand), exponent: exponent) }

    /// This value rounded (half away from zero) or padded to `newExponent`.
    func rounded(toExponent newExponent: Int) -> DecimalFigure {
        if newExponent == exponent { return self }
        if newExponent < exponent {
            var s = significand
            for _ in 0..<(exponent - newExponent) {
                let (product, overflow) = s.multipliedReportingOverflow(by: 10)
                if overflow { return self }
                s = product
            }
            return DecimalFigure(significand: s, exponent: newExponent)
        }
        let shift = newExponent - exponent
        if shift > 18 { return DecimalFigure(significand: 0, exponent: newExponent) }
        var divisor = 1
        for _ in 0..<shift { divisor *= 10 }
        var quotient = significand / divisor
        let remainder = abs(significand % divisor)
        if remainder * 2 >= divisor { quotient += significand < 0 ? -1 : 1 }
        return DecimalFigure(significand: quotient, exponent: newExponent)
    }

    /// Whether the magnitude is at least 10^power.
    func magnitudeReaches(power: Int) -> Bool {
        if significand == 0 { return false }
        let digits = String(abs(significand)).count
        return digits - 1 + exponent >= power
    }

    /// The digits of the magnitude, split at the decimal point, for a value at exponent
    /// `-fractionDigits` (or coarser): ("2585", "") or ("2", "59").
    func digits(fractionDigits: Int) -> (integer: String, fraction: String) {
        let figure = rounded(toExponent: -fractionDigits)
        var text = String(abs(figure.significand))
        if fractionDigits > 0 {
            if text.count <= fractionDigits {
                text = String(repeating: "0", count: fractionDigits - text.count + 1) + text
            }
            let split = text.index(text.endIndex, offsetBy: -fractionDigits)
            return (String(text[..<split]), String(text[split...]))
        }
        return (text, "")
    }
}

/// `value × 10^power`, multiplying or dividing by an exact power of ten (exact up to 10^22)
/// so that `91.3 × 10` is as close to 913 as a `Double` gets.
func scaled(_ value: Double, byPowerOfTen power: Int) -> Double {
    var factor = 1.0
    for _ in 0..<abs(power) { factor *= 10 }
    return power >= 0 ? value * factor : value / factor
}
