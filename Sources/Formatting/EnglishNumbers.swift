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
        if let marks = marks(of: locale) { return grouped(integer: integer, fraction: fraction, marks) }
        let key = locale.identifier + "|" + integer + "." + fraction
        if let known = memo.withLock({ $0[key] }) { return known }
        let text = format(integer: integer, fraction: fraction, locale: locale)
        // Bounded, so that a site of a million distinct values does not keep them all.
        memo.withLock { if $0.count < 20_000 { $0[key] = text } }
        return text
    }

    /// A locale's grouping and decimal marks when it groups every three digits from four up
    /// with Latin digits (`en`: `,` and `.`; `fr`: a narrow space and `,`), as Foundation itself
    /// writes three probes; nil for any other convention (`en-IN` groups by two, `es` not
    /// from four), which is left to Foundation number by number. The memo above is bounded,
    /// and a large site has more distinct values than it keeps: Foundation then cost 2.6% of
    /// a 300-city build.
    private static let knownMarks = Mutex<[String: Marks?]>([:])

    struct Marks: Sendable, Equatable {
        var group: String
        var decimal: String
    }

    static func marks(of locale: Locale) -> Marks? {
        if let known = knownMarks.withLock({ $0[locale.identifier] }) { return known }
        var found: Marks?
        let short = format(integer: "1234", fraction: "5", locale: locale)
        if short.hasPrefix("1"), short.hasSuffix("5"), let at = short.range(of: "234") {
            let marks = Marks(group: String(short[short.index(after: short.startIndex)..<at.lowerBound]),
                              decimal: String(short[at.upperBound..<short.index(before: short.endIndex)]))
            // Taken from this probe; the others confirm them.
            if !marks.group.isEmpty, !marks.decimal.isEmpty,
               format(integer: "1234567", fraction: "89", locale: locale) == grouped(integer: "1234567", fraction: "89", marks),
               format(integer: "123", fraction: "", locale: locale) == "123",
               format(integer: "0", fraction: "05", locale: locale) == grouped(integer: "0", fraction: "05", marks) {
                found = marks
            }
        }
        knownMarks.withLock { $0[locale.identifier] = .some(found) }
        return found
    }

    /// ASCII digits with `marks` placed: a group mark every three integer digits from the right.
    static func grouped(integer: String, fraction: String, _ marks: Marks) -> String {
        var text = ""
        let digits = Array(integer.utf8)
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += marks.group }
            text.unicodeScalars.append(Unicode.Scalar(digit))
        }
        return fraction.isEmpty ? text : text + marks.decimal + fraction
    }

    static func format(integer: String, fraction: String, locale: Locale) -> String {
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
