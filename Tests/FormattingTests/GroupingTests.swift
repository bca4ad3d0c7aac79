import Foundation
import PropertyBased
import Testing
@testable import Formatting

/// Grouped digits are placed without Foundation for locales that group by threes (what
/// Foundation itself answers for three probes); they must be exactly what Foundation writes.
@Suite struct GroupingTests {
    static let locales = ["en", "en_US", "en_GB", "fr_FR", "de_DE", "de_CH", "en_IN", "hi_IN", "es_ES", "pl_PL",
                          "ar_EG", "zh_CN", "sv_SE", "pt_BR"]

    @Test func theFastPathIsTakenWhereItShouldBe() {
        #expect(EnglishNumbers.marks(of: Locale(identifier: "en")) == EnglishNumbers.Marks(group: ",", decimal: "."))
        #expect(EnglishNumbers.marks(of: Locale(identifier: "de_DE")) == EnglishNumbers.Marks(group: ".", decimal: ","))
        // Groups of two after the first three; no group mark at four digits; other digits.
        for identifier in ["en_IN", "es_ES", "pl_PL", "ar_EG"] {
            #expect(EnglishNumbers.marks(of: Locale(identifier: identifier)) == nil, "\(identifier)")
        }
    }

    @Test func matchesFoundation() async {
        let digits = Gen.element(of: Array("0123456789")).compactMap { $0 }
        let integer = digits.array(of: 1...16).map { String($0) }
            .map { text in text.drop { $0 == "0" }.isEmpty ? "0" : String(text.drop { $0 == "0" }) }
        let input = zip(integer, digits.array(of: 0...4).map { String($0) }, Gen.element(of: Self.locales).compactMap { $0 })
        await propertyCheck(count: 5_000, input: input) { integer, fraction, identifier in
            let locale = Locale(identifier: identifier)
            #expect(EnglishNumbers.localized(integer: integer, fraction: fraction, locale: locale)
                    == EnglishNumbers.format(integer: integer, fraction: fraction, locale: locale),
                    "\(integer).\(fraction) in \(identifier)")
        }
    }
}
