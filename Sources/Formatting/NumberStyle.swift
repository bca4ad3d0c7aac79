import Foundation

/// How numbers, units, changes, years and chart sentences are written for one language.
///
/// A language code starting with `zh` (`zh`, `zh-hant`) follows Chinese conventions: large
/// values grouped by 万 and 亿, no thousands separators, units attached (`258.5万吨/日`).
/// Every other code follows English conventions — thousands separators, million / billion,
/// a space before the unit (`2.585 million t/day`) — with the separators of its locale
/// (`fr` gives `6 381`), and English words.
///
/// All output depends only on the language and locale given, never on the machine's
/// locale, so two builds of the same input write the same bytes.
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
/// - Chinese writes `微克/立方米` (as bureaus do in running text); count and index are bare.
/// - 万亿 / trillion from 10^12; values of 10^18 or more, NaN and infinity are `—`.
public struct NumberStyle: Hashable, Sendable {
    /// The two ways of writing numbers.
    public enum Convention: Hashable, Sendable {
        /// 万 / 亿, units attached, Chinese sentences.
        case chinese
        /// Thousands separators, million / billion, units spaced, English sentences.
        case english
    }

    /// The site's language code, as in `site.yaml` (`zh`, `en`, `zh-hant`).
    public let language: String
    /// The locale whose separators are used for the English convention.
    public let locale: Locale
    /// Chinese for any language code starting with `zh`, English otherwise.
    public let convention: Convention

    /// A style for a site language. `locale` is a locale identifier (`zh-CN`, `en`,
    /// `fr-FR`); without one the language code is used as the locale.
    ///
    ///     let zh = NumberStyle(language: "zh", locale: "zh-CN")
    public init(language: String, locale: String? = nil) {
        self.language = language
        let identifier = locale ?? language
        self.locale = Locale(identifier: identifier.isEmpty ? "en" : identifier)
        self.convention = language.lowercased().hasPrefix("zh") ? .chinese : .english
    }

    /// Simplified Chinese (`zh`, locale `zh-CN`).
    public static let chinese = NumberStyle(language: "zh", locale: "zh-CN")
    /// English (`en`, locale `en`).
    public static let english = NumberStyle(language: "en", locale: "en")

    var isChinese: Bool { convention == .chinese }

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
    public var scales: [Scale] {
        isChinese ? [.units, .wan, .yi, .wanYi] : [.units, .million, .billion, .trillion]
    }

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
        switch (convention, scale.exponent) {
        case (.chinese, 4): "万"
        case (.chinese, 8): "亿"
        case (.chinese, 12): "万亿"
        case (.english, 6): "million"
        case (.english, 9): "billion"
        case (.english, 12): "trillion"
        default: ""
        }
    }

    /// Digits with the language's separators: grouped by the locale in the English
    /// convention, plain in the Chinese one.
    func digits(_ figure: DecimalFigure, fractionDigits: Int, grouped: Bool = true) -> String {
        let (integer, fraction) = figure.magnitude.digits(fractionDigits: fractionDigits)
        if isChinese || !grouped {
            return fraction.isEmpty ? integer : integer + "." + fraction
        }
        return EnglishNumbers.localized(integer: integer, fraction: fraction, locale: locale)
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

    /// The magnitude with its scale word: `258.5万`, `2.585 million`.
    func scaledNumber(style: NumberStyle) -> String {
        let word = style.scaleWord(scale)
        let mantissa = mantissa(style: style)
        if word.isEmpty { return mantissa }
        return style.isChinese ? mantissa + word : mantissa + " " + word
    }
}
