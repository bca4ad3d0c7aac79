import Foundation
import PropertyBased
import SiteModel
import Testing

/// `YearSpan.parse` reads the usual forms on the bytes; it must answer exactly as the general
/// Foundation path (the first implementation, kept here as the reference) does.
@Suite struct YearSpanTests {
    private static func reference(_ text: String) -> YearSpan? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for separator in ["..", "–", "-"] {
            let parts = text.components(separatedBy: separator)
            if parts.count == 2, let a = Int(parts[0].trimmingCharacters(in: .whitespaces)),
               let b = Int(parts[1].trimmingCharacters(in: .whitespaces)) {
                return YearSpan(a, b)
            }
        }
        return Int(text).map { YearSpan($0, $0) }
    }

    @Test func knownForms() {
        #expect(YearSpan.parse("2020") == YearSpan(2020, 2020))
        #expect(YearSpan.parse("2015..2020") == YearSpan(2015, 2020))
        #expect(YearSpan.parse("2015-2020") == YearSpan(2015, 2020))
        #expect(YearSpan.parse("2015–2020") == YearSpan(2015, 2020))
        #expect(YearSpan.parse(" 2015 .. 2020 ") == YearSpan(2015, 2020))
        #expect(YearSpan.parse("-2020") == YearSpan(-2020, -2020))
        for text in ["", "2015..", "..2020", "2015..2020..2021", "2020.5", "２０２０", "year"] {
            #expect(YearSpan.parse(text) == nil, "\(text)")
        }
    }

    @Test func matchesTheGeneralPathOnRandomText() async {
        let pieces = ["20", "15", "0", "..", ".", "-", "–", " ", "\t", "x", "２", "+"]
        await propertyCheck(count: 20_000, input: Gen.element(of: pieces).compactMap { $0 }.array(of: 0...6).map { $0.joined() }) { text in
            #expect(YearSpan.parse(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
