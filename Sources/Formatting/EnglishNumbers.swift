import Foundation
import Synchronization

/// Locale-aware digits for the English convention, through Foundation.
enum EnglishNumbers {
    /// Foundation's formatting costs microseconds a number, and a large site writes the same
    /// numbers (years, tick labels) hundreds of thousands of times: remember each answer.
    private static let memo = Mutex<[String: String]>([:])

    /// Exact digits (`"1234567"`, `"89"`) written with the locale's grouping and decimal
    /// separators: `1,234,567.89` (`en`), `1 234 567,89` (`fr`), `12,34,567.89` (`en-IN`).
    /// The digits are exact already, so Foundation only places separators; it never rounds.
    static func localized(integer: String, fraction: String, locale: Locale) -> String {
        let key = locale.identifier + "|" + integer + "." + fraction
        if let known = memo.withLock({ $0[key] }) { return known }
        let text = format(integer: integer, fraction: fraction, locale: locale)
        // Bounded, so that a site of a million distinct values does not keep them all.
        memo.withLock { if $0.count < 20_000 { $0[key] = text } }
        return text
    }

    private static func format(integer: String, fraction: String, locale: Locale) -> String {
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
