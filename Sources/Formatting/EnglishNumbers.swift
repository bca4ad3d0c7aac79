import Foundation

/// Locale-aware digits for the English convention, through Foundation.
enum EnglishNumbers {
    /// Exact digits (`"1234567"`, `"89"`) written with the locale's grouping and decimal
    /// separators: `1,234,567.89` (`en`), `1 234 567,89` (`fr`), `12,34,567.89` (`en-IN`).
    /// The digits are exact already, so Foundation only places separators; it never rounds.
    static func localized(integer: String, fraction: String, locale: Locale) -> String {
        guard let significand = Decimal(string: integer + fraction, locale: Locale(identifier: "en_US_POSIX")) else {
            return fraction.isEmpty ? integer : integer + "." + fraction
        }
        let value = Decimal(sign: .plus, exponent: -fraction.count, significand: significand)
        return value.formatted(
            .number
                .precision(.fractionLength(fraction.count))
                .grouping(.automatic)
                .locale(locale)
        )
    }
}
