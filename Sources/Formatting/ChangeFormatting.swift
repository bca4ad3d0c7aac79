import Foundation

/// Changes: signed in charts, tables and cards (`−29.4%`, `+1.7个百分点`, `+1.7 pp`), in
/// words in running text (`下降29.4%`, `提高1.7个百分点`, `down 29.4%`, `up 1.7 percentage
/// points`, `持平`, `unchanged`).
///
/// The wording table:
///
/// | kind | up (zh / en) | down (zh / en) | zero (zh / en) |
/// | --- | --- | --- | --- |
/// | relative | `增长44.3%` / `up 44.3%` | `下降29.4%` / `down 29.4%` | `持平` / `unchanged` |
/// | points | `提高1.7个百分点` / `up 1.7 percentage points` | `下降1.7个百分点` / `down 1.7 percentage points` | `持平` / `unchanged` |
/// | absolute | `增加1.2万公里` / `up 12,000 km` | `下降16微克/立方米` / `down 16 μg/m³` | `持平` / `unchanged` |
///
/// A bound qualifies the size: `增长超过40%`, `up more than 40%`, `下降约29%`, `down about
/// 29%`; an approximate zero is `基本持平` / `roughly unchanged`.
///
/// A multiple (`.ratio`) is never turned into a percentage: it is written as the multiple of
/// the earlier year's level it is, `为2015年的6.5倍` / `6.5 times the 2015 level` in text and
/// `2015年的6.5倍` / `6.5 times the 2015 level` in charts, tables and cards (`约为2015年的6.5倍`,
/// `about 6.5 times the 2015 level` with a bound); without the year, `6.5倍` / `6.5 times`.
extension NumberStyle {
    /// How a change is written.
    public enum ChangeForm: String, Hashable, Sendable, CaseIterable {
        /// With its direction in words, for running text: `下降29.4%`, `down 29.4%`.
        case words
        /// The size alone, after a verb that already says the direction: `29.4%`.
        case size
        /// Signed with `+` or the minus sign U+2212, for charts, tables and cards: `−29.4%`.
        case signed
    }

    /// A reported or computed change, signed (`+`, or the minus sign U+2212); a change that is
    /// zero at the precision shown has no sign (`0.0%`).
    ///
    /// - `.relative`: percent of the earlier level (`−29.4%`), to the precision written.
    /// - `.points`: percentage points (`+1.7个百分点`, `+1.7 pp`).
    /// - `.absolute`: in the indicator's unit (`−16微克/立方米`, `−16 μg/m³`,
    ///   `+CNY 2.5 billion`); for a percent indicator this is percentage points.
    ///
    /// `decimals` (the indicator's) applies to points and absolute changes, as to levels; a
    /// relative change is shown as written.
    ///
    ///     NumberStyle.english.change(Quantity(1.7, exponent: -1), kind: .points, unit: .percent)
    ///     // "+1.7 pp"
    public func change(_ amount: Quantity, kind: ChangeKind, unit: Unit, decimals: Int? = nil) -> String {
        change(amount, kind: kind, unit: unit, decimals: decimals, bound: nil, form: .signed)
    }

    /// A change in the given form, with its bound (see the wording table above). `from`, the
    /// change's first year, names the level a multiple is of.
    ///
    ///     NumberStyle.chinese.change(Quantity(-29.4, exponent: -1), kind: .relative, unit: .tonnes,
    ///                                bound: nil, form: .words)   // "下降29.4%"
    ///     NumberStyle.english.change(Quantity(6.5, exponent: -1), kind: .ratio, unit: .count,
    ///                                bound: nil, form: .words, from: 2015)   // "6.5 times the 2015 level"
    public func change(_ amount: Quantity, kind: ChangeKind, unit: Unit, decimals: Int? = nil, bound: Bound?, form: ChangeForm,
                       from: Int? = nil) -> String {
        guard let figure = ScaledFigure(amount, decimals: kind.keepsWrittenPrecision ? nil : decimals, style: self) else { return "—" }
        if kind == .ratio { return multiple(figure, of: from, bound: bound, inSentence: form == .words) }
        switch form {
        case .signed:
            let sign = figure.isZero ? "" : (figure.isNegative ? NumberStyle.minus : "+")
            return qualified(sign + changeMagnitude(figure, kind: kind, unit: unit), bound: bound)
        case .size:
            return qualified(changeMagnitude(figure, kind: kind, unit: unit, spelledOut: true), bound: bound)
        case .words:
            if figure.isZero {
                return conventions.text(bound == .about ? "change.roughly_unchanged" : "change.unchanged")
            }
            let size = qualified(changeMagnitude(figure, kind: kind, unit: unit, spelledOut: true), bound: bound)
            return conventions.fill("change.words", ["verb": changeVerb(kind: kind, up: !figure.isNegative), "size": size])
        }
    }

    /// `增长`, `提高`, `增加`, `下降`; `up`, `down`: the language's `change.up.<kind>` or
    /// `change.down.<kind>`.
    func changeVerb(kind: ChangeKind, up: Bool) -> String {
        let name = switch kind {
        case .relative, .ratio: "relative"
        case .points: "points"
        case .absolute: "absolute"
        }
        return conventions.text("change.\(up ? "up" : "down").\(name)")
    }

    /// A multiple of an earlier year's level, as the source gives it: `为2015年的6.5倍` in a
    /// sentence, `2015年的6.5倍` elsewhere; `6.5 times the 2015 level` in English. In a
    /// sentence a bound has its own pattern where the language gives one (`约为…`), else the
    /// bound qualifies the whole as it does any figure (`超过…`, `about …`).
    func multiple(_ figure: ScaledFigure, of year: Int?, bound: Bound?, inSentence: Bool) -> String {
        let number = figure.scaledNumber(style: self)
        let times = conventions.fill(isSingular(number) ? "multiple.times_one" : "multiple.times", or: "multiple.times", ["number": number])
        let core = year.map { conventions.fill("multiple.of_year", ["year": self.year($0), "times": times]) } ?? times
        guard inSentence else { return qualified(core, bound: bound) }
        let key = "multiple.in_sentence." + (bound.flatMap { ConventionsSchema.boundKeys[$0] } ?? "exact")
        guard conventions.has(key) else { return qualified(core, bound: bound) }
        return conventions.fill(key, ["multiple": core])
    }

    /// Whether a number as written takes a unit's singular: `1` (`exactly_one`), or in
    /// French also `0,7` (`below_two`).
    func isSingular(_ number: String) -> Bool {
        if conventions.singularIsExactlyOne { return number == "1" }
        let integer = number.range(of: conventions.decimalMark).map { number[..<$0.lowerBound] } ?? number[...]
        return integer == "0" || integer == "1"
    }

    /// The unsigned change with its unit; `spelledOut` selects the English
    /// `percentage points` for sentences.
    func changeMagnitude(_ figure: ScaledFigure, kind: ChangeKind, unit: Unit, spelledOut: Bool = false) -> String {
        switch (kind, unit) {
        case (.relative, _):
            return withUnit(figure, unit: .percent)
        case (.points, _), (.absolute, .percent):
            let number = figure.scaledNumber(style: self)
            guard spelledOut else { return conventions.fill("change.points", ["number": number]) }
            let key = isSingular(number) ? "change.points_words_one" : "change.points_words"
            return conventions.fill(key, or: "change.points_words", ["number": number])
        case (.absolute, _):
            return withUnit(figure, unit: unit)
        case (.ratio, _):
            return multiple(figure, of: nil, bound: nil, inSentence: false)
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
    ///   report them), worked out on the decimal digits as written and rounded half away from
    ///   zero; nil when `earlier` is zero.
    /// - `.points`, `.absolute`: `later − earlier`, to the finer of the two precisions
    ///   (`373万 − 258.5万` is `114.5万`, as a reader doing the sum would write).
    ///
    /// Nil when either value is not finite, and for `.ratio`: a multiple is only ever reported.
    ///
    ///     Quantity.change(from: Quantity(45, exponent: 0), to: Quantity(30, exponent: 0), kind: .relative)
    ///     // Quantity(-33.3, exponent: -1)
    public static func change(from earlier: Quantity, to later: Quantity, kind: ChangeKind) -> Quantity? {
        guard earlier.value.isFinite, later.value.isFinite else { return nil }
        switch kind {
        case .ratio:
            return nil
        case .relative:
            guard earlier.value != 0 else { return nil }
            // On the written decimal digits, not in binary: 40 → 40.9 is +2.25%, which rounds to
            // +2.3% (half away from zero), where Double arithmetic gives 2.2499… and +2.2%.
            let exponent = min(earlier.exponent, later.exponent)
            let a = DecimalFigure(earlier.value, exponent: exponent)
            let b = DecimalFigure(later.value, exponent: exponent)
            if a.exponent == b.exponent, a.significand != 0 {
                let (numerator, overflow) = (b.significand - a.significand).multipliedReportingOverflow(by: 1000)
                if !overflow {
                    let denominator = abs(a.significand)
                    var tenths = numerator / denominator
                    if abs(numerator % denominator) * 2 >= denominator { tenths += numerator < 0 ? -1 : 1 }
                    return Quantity(scaled(Double(tenths), byPowerOfTen: -1), exponent: -1)
                }
            }
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
