/// How numbers, units, changes, years and chart sentences are written for one language, from
/// that language's ``LanguageConventions``: its marks and grouping (`6,381`, `6 381`, `6381`),
/// the scales it names (万/亿, million/billion) and every word it writes by itself.
///
/// All output depends only on the conventions given, never on the machine's locale, so two
/// builds of the same input write the same bytes.
///
/// Choices where the content contract is silent:
/// - Negative numbers and changes use the true minus sign U+2212 (`−29.4%`), as the content
///   contract requires wherever a number is shown; a change that is zero at the precision
///   shown has no sign (`0.0%`). Machine-readable text (``Quantity/plainText``) keeps `-`.
/// - Rounding is half away from zero, on the decimal digits (never on binary doubles).
/// - Scaled values keep every digit they were written with, and add none
///   (`258.5万` → `2.585 million`, `11.59亿` → `1.159 billion`), so a reader can redo the
///   source's arithmetic from either language; the indicator's `decimals` applies to
///   unscaled values.
/// - Values of 10^18 or more, NaN and infinity are `—`.
public struct NumberStyle: Hashable, Sendable {
    /// Everything the language writes by itself.
    public let conventions: LanguageConventions

    /// The language code, lower-cased (`zh`, `en`, `zh-hant`).
    public var language: String { conventions.language }

    /// A style for a language's conventions.
    public init(conventions: LanguageConventions) {
        self.conventions = conventions
    }

    /// The minus sign shown before negative numbers: U+2212, never the hyphen-minus.
    public static let minus = "\u{2212}"

    // MARK: Numbers

    /// A number without a unit, scaled for the language: `258.5万` / `2.585 million`,
    /// `6381` / `6,381`, `-0.5`.
    ///
    /// Precision: below the first scale (10^4 in Chinese, 10^6 in English) the value is shown
    /// with `decimals` places when given, else with the places it was written with
    /// (`Quantity.exponent`). Scaled values (万, 亿, 万亿; million, billion, trillion) are
    /// shown with every digit they were written with and no more (`311.52亿` →
    /// `31.152 billion`, `373万` → `3.73 million`); whole numbers' trailing zeros do not
    /// count as written digits (`12000` → `1.2万`). Rounding (of unscaled values to
    /// `decimals`) is half away from zero, in decimal.
    /// A non-finite value, or one of 10^18 or more, is written `—`.
    ///
    ///     NumberStyle.chinese.number(try Quantity.parse("258.5万"))   // "258.5万"
    public func number(_ quantity: Quantity, decimals: Int? = nil) -> String {
        guard let figure = ScaledFigure(quantity, decimals: decimals, style: self) else { return "—" }
        return figure.sign + figure.scaledNumber(style: self)
    }

    /// A value with its unit: `373万吨/日` / `3.73 million t/day`, `91.3%`, `CNY 298 million`,
    /// `6,381 enterprises`, `1 day`. Precision as in ``number(_:decimals:)``.
    ///
    ///     NumberStyle.english.format(try Quantity.parse("9650.2亿"), unit: .yuan)
    ///     // "CNY 965.02 billion"
    public func format(_ quantity: Quantity, unit: Unit, decimals: Int? = nil) -> String {
        guard let figure = ScaledFigure(quantity, decimals: decimals, style: self) else { return "—" }
        return figure.sign + withUnit(figure, unit: unit)
    }

    /// A value with its unit, without a sign (the magnitude).
    func formatMagnitude(_ quantity: Quantity, unit: Unit, decimals: Int?) -> String {
        guard let figure = ScaledFigure(quantity, decimals: decimals, style: self) else { return "—" }
        return withUnit(figure, unit: unit)
    }

    /// The scales this language names, smallest first.
    public var scales: [Scale] { conventions.scales }

    /// The scale a value of this magnitude is written in: `2_585_000` → `.wan` in Chinese,
    /// `.million` in English.
    public func scale(for value: Double) -> Scale {
        let magnitude = abs(value)
        guard magnitude.isFinite else { return .units }
        return scales.last { magnitude >= scaled(1, byPowerOfTen: $0.exponent) } ?? .units
    }

    /// The word or character for a scale in running text: `万`, `亿`, `万亿`;
    /// `million`, `billion`, `trillion`; empty for `.units` and for scales the language does
    /// not name.
    public func scaleWord(_ scale: Scale) -> String {
        conventions.scaleWords[scale.exponent] ?? ""
    }

    /// Digits with the language's marks: its decimal mark, and its group mark every
    /// `numbers.grouping` digits (none when 0, or when `grouped` is false).
    func digits(_ figure: DecimalFigure, fractionDigits: Int, grouped: Bool = true) -> String {
        let (integer, fraction) = figure.magnitude.digits(fractionDigits: fractionDigits)
        return marked(integer: integer, fraction: fraction, grouped: grouped)
    }

    /// Exact digits (`"1234567"`, `"89"`) with the language's marks: `1,234,567.89`,
    /// `1 234 567,89`, `1234567.89`.
    func marked(integer: String, fraction: String, grouped: Bool = true) -> String {
        let size = grouped ? conventions.groupSize : 0
        var text = ""
        if size > 0, integer.utf8.count > size {
            let digits = Array(integer.utf8)
            for (index, digit) in digits.enumerated() {
                if index > 0, (digits.count - index) % size == 0 { text += conventions.groupMark }
                text.unicodeScalars.append(Unicode.Scalar(digit))
            }
        } else {
            text = integer
        }
        return fraction.isEmpty ? text : text + conventions.decimalMark + fraction
    }
}

/// A power of ten that values are written in: 万 (10^4), 亿 (10^8), million (10^6)…
public struct Scale: Hashable, Sendable, Comparable {
    /// The power of ten.
    public let exponent: Int
    public init(exponent: Int) { self.exponent = exponent }

    /// Plain units (10^0).
    public static let units = Scale(exponent: 0)
    /// 万, 10^4.
    public static let wan = Scale(exponent: 4)
    /// Million, 10^6.
    public static let million = Scale(exponent: 6)
    /// 亿, 10^8.
    public static let yi = Scale(exponent: 8)
    /// Billion, 10^9.
    public static let billion = Scale(exponent: 9)
    /// 万亿, 10^12.
    public static let wanYi = Scale(exponent: 12)
    /// Trillion, 10^12.
    public static let trillion = Scale(exponent: 12)

    public static func < (lhs: Scale, rhs: Scale) -> Bool { lhs.exponent < rhs.exponent }
}

/// A value rounded for display in the scale it is written in.
struct ScaledFigure {
    /// The rounded value, in base units.
    var figure: DecimalFigure
    var scale: Scale
    /// Decimal places shown after scaling.
    var fractionDigits: Int

    init?(_ quantity: Quantity, decimals: Int?, style: NumberStyle) {
        // Beyond 10^18 the digits no longer fit exact integer arithmetic; no disclosed
        // figure comes near it.
        guard quantity.value.isFinite, abs(quantity.value) < 1e18 else { return nil }
        let written = DecimalFigure(written: quantity)
        let scales = style.scales
        var index = scales.lastIndex { written.magnitudeReaches(power: $0.exponent) } ?? 0
        while true {
            let scale = scales[index]
            let places: Int
            if scale.exponent == 0 {
                places = max(0, min(decimals ?? -written.exponent, 12))
            } else {
                // Every written digit stays: dropping one (258.5万 → 2.59 million) makes the
                // two languages disagree and the source's own arithmetic fail to add up.
                places = max(0, scale.exponent - written.exponent)
            }
            let rounded = written.rounded(toExponent: scale.exponent - places)
            if index + 1 < scales.count, rounded.magnitudeReaches(power: scales[index + 1].exponent) {
                index += 1
                continue
            }
            self.figure = rounded
            self.scale = scale
            self.fractionDigits = places
            return
        }
    }

    /// `−` (U+2212) for a negative value that does not round to zero.
    var sign: String { figure.isNegative ? NumberStyle.minus : "" }
    var isZero: Bool { figure.isZero }
    var isNegative: Bool { figure.isNegative }

    /// The magnitude in its scale: `258.5`.
    func mantissa(style: NumberStyle) -> String {
        let inScale = DecimalFigure(significand: figure.significand, exponent: figure.exponent - scale.exponent)
        return style.digits(inScale, fractionDigits: fractionDigits)
    }

    /// The magnitude with its scale word: `258.5万`, `2.585 million`, `2,585 millions`.
    func scaledNumber(style: NumberStyle) -> String {
        let (mantissa, word) = scaledParts(style: style)
        if word.isEmpty { return mantissa }
        return style.conventions.fill("numbers.scaled", ["number": mantissa, "scale": word])
    }

    /// The magnitude in its scale and the scale's word (plural where the language has one
    /// and the number takes it); the word is empty for `.units`.
    func scaledParts(style: NumberStyle) -> (number: String, word: String) {
        let mantissa = mantissa(style: style)
        let plural = style.conventions.pluralScaleWords[scale.exponent]
        let word = plural.flatMap { style.isSingular(mantissa) ? nil : $0 } ?? style.scaleWord(scale)
        return (mantissa, word)
    }
}
