/// Changes: `-29.4%`, `+1.7个百分点` / `+1.7 pp`, `-16微克/立方米` / `-16 μg/m³`.
extension NumberStyle {
    /// A reported or computed change, always signed (`+`, or the ASCII `-` the content
    /// contract uses); a change that is zero at the precision shown has no sign (`0.0%`).
    ///
    /// - `.relative`: percent of the earlier level (`-29.4%`), to the precision written.
    /// - `.points`: percentage points (`+1.7个百分点`, `+1.7 pp`).
    /// - `.absolute`: in the indicator's unit (`-16微克/立方米`, `-16 μg/m³`,
    ///   `+CNY 2.5 billion`); for a percent indicator this is percentage points.
    ///
    /// `decimals` (the indicator's) applies to points and absolute changes, as to levels; a
    /// relative change is shown as written.
    ///
    ///     NumberStyle.english.change(Quantity(1.7, exponent: -1), kind: .points, unit: .percent)
    ///     // "+1.7 pp"
    public func change(_ amount: Quantity, kind: ChangeKind, unit: Unit, decimals: Int? = nil) -> String {
        guard let figure = ScaledFigure(amount, decimals: kind == .relative ? nil : decimals, style: self) else { return "—" }
        let sign = figure.isZero ? "" : (figure.isNegative ? "-" : "+")
        return sign + changeMagnitude(figure, kind: kind, unit: unit)
    }

    /// The unsigned change with its unit; `spelledOut` selects the English
    /// `percentage points` for sentences.
    func changeMagnitude(_ figure: ScaledFigure, kind: ChangeKind, unit: Unit, spelledOut: Bool = false) -> String {
        switch (kind, unit) {
        case (.relative, _):
            return withUnit(figure, unit: .percent)
        case (.points, _), (.absolute, .percent):
            let number = figure.scaledNumber(style: self)
            if isChinese { return number + "个百分点" }
            if spelledOut { return number + (number == "1" ? " percentage point" : " percentage points") }
            return number + " pp"
        case (.absolute, _):
            return withUnit(figure, unit: unit)
        }
    }
}

extension Quantity {
    /// A value read to a number of decimal places: `Quantity(91.25, decimals: 1)` is 91.3
    /// written to tenths (rounded half away from zero).
    public init(_ value: Double, decimals: Int) {
        let figure = value.isFinite ? DecimalFigure(value, exponent: -decimals) : nil
        self.init(figure.map { scaled(Double($0.significand), byPowerOfTen: $0.exponent) } ?? value, exponent: -decimals)
    }

    /// The change from `earlier` to `later`, for figures computed from two levels:
    ///
    /// - `.relative`: `(later − earlier) / |earlier| × 100`, to one decimal (as sources
    ///   report them); nil when `earlier` is zero.
    /// - `.points`, `.absolute`: `later − earlier`, to the finer of the two precisions
    ///   (`373万 − 258.5万` is `114.5万`, as a reader doing the sum would write).
    ///
    /// Nil when either value is not finite.
    ///
    ///     Quantity.change(from: Quantity(45, exponent: 0), to: Quantity(30, exponent: 0), kind: .relative)
    ///     // Quantity(-33.3, exponent: -1)
    public static func change(from earlier: Quantity, to later: Quantity, kind: ChangeKind) -> Quantity? {
        guard earlier.value.isFinite, later.value.isFinite else { return nil }
        switch kind {
        case .relative:
            guard earlier.value != 0 else { return nil }
            return Quantity((later.value - earlier.value) / abs(earlier.value) * 100, decimals: 1)
        case .points, .absolute:
            let exponent = min(earlier.exponent, later.exponent)
            let a = DecimalFigure(earlier.value, exponent: exponent)
            let b = DecimalFigure(later.value, exponent: exponent)
            let difference = DecimalFigure(significand: b.significand - a.significand, exponent: a.exponent)
            return Quantity(scaled(Double(difference.significand), byPowerOfTen: difference.exponent), exponent: exponent)
        }
    }
}
