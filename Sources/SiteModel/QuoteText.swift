import Foundation

/// Reading figures and passages out of a source's words, for `check`'s proof that a quote
/// holds its figure and that the source holds the quote.
///
/// Matching ignores white space and the difference between full- and half-width forms
/// (`２０２１` and `2021`, `，` and `,`), and treats every kind of quotation mark alike, since
/// copies of one document differ in exactly these.
public enum QuoteText {
    /// The text as compared: no white space, full-width forms half-width, one quotation mark.
    public static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x27: scalars.append("\"")
            case 0x3001: scalars.append(",")
            case 0x3002: scalars.append(".")
            case 0x2014, 0x2013, 0x2012, 0x2015, 0x2212: scalars.append("-")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The pieces of a quote (`…` or `...` joins pieces of one paragraph), normalized.
    public static func pieces(of quote: String) -> [String] {
        quote.replacingOccurrences(of: "...", with: "…")
            .split(separator: "…")
            .map { normalized(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// Whether `paragraph` holds every piece of `quote`, in order.
    public static func paragraph(_ paragraph: String, holds quote: String) -> Bool {
        ranges(of: quote, in: paragraph) != nil
    }

    /// Where each piece of `quote` stands in `paragraph` as written (the pieces in order),
    /// or nil when the paragraph does not hold the quote: the one matcher `check` and the
    /// source pages share.
    public static func ranges(of quote: String, in paragraph: String) -> [Range<String.Index>]? {
        // The paragraph normalized one character at a time, remembering where each came from.
        var characters: [Character] = []
        var origins: [String.Index] = []
        for index in paragraph.indices {
            for character in normalized(String(paragraph[index])) {
                characters.append(character)
                origins.append(index)
            }
        }
        var ranges: [Range<String.Index>] = []
        var start = 0
        let parts = pieces(of: quote)
        guard !parts.isEmpty else { return nil }
        for part in parts {
            let wanted = Array(part)
            guard let offset = firstOffset(of: wanted, in: characters, from: start) else { return nil }
            let last = origins[offset + wanted.count - 1]
            ranges.append(origins[offset]..<paragraph.index(after: last))
            start = offset + wanted.count
        }
        return ranges
    }

    private static func firstOffset(of wanted: [Character], in characters: [Character], from start: Int) -> Int? {
        guard !wanted.isEmpty, characters.count >= wanted.count else { return nil }
        var offset = start
        while offset + wanted.count <= characters.count {
            if characters[offset..<(offset + wanted.count)].elementsEqual(wanted) { return offset }
            offset += 1
        }
        return nil
    }

    // MARK: - Numbers

    /// Every number a text writes, each as written and, after 万/亿 (or 成, tenths), scaled:
    /// `258.5万` gives 258.5 and 2,585,000; `１.７万` 1.7 and 17,000; `2,585,000` 2,585,000;
    /// Chinese numerals (`两个`, `一百八十七`, `十三`) their value; `翻一番` 100 (percent); a
    /// negation (`未发生`, `没有`) 0.
    public static func numbers(in text: String) -> [Double] {
        // A Five-Year Plan's name (十三五) is a name, not the number 13 or 15.
        let named = planNames.keys.reduce(normalized(text)) { $0.replacingOccurrences(of: $1, with: "·") }
        let scalars = Array(named.unicodeScalars)
        var found: [Double] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ("0"..."9").contains(scalar) {
                var end = index
                var written = ""
                // Digits, one decimal point, and thousands separators between groups of three.
                while end < scalars.count {
                    let c = scalars[end]
                    if ("0"..."9").contains(c) { written.unicodeScalars.append(c); end += 1; continue }
                    if c == ".", !written.contains("."), end + 1 < scalars.count, ("0"..."9").contains(scalars[end + 1]) {
                        written.append("."); end += 1; continue
                    }
                    if c == ",", isGroup(scalars, at: end + 1) { end += 1; continue }
                    break
                }
                if let value = Double(written) {
                    found.append(value)
                    // Scaled in decimal (`9650.2e8`), so the value is exact, as Quantity reads it.
                    if let scale = multiplier(scalars, at: end), let scaled = Double("\(written)e\(scale.exponent)") {
                        found.append(scaled)
                        end += scale.length
                    }
                }
                index = end
            } else if let _ = chineseDigit(scalar) {
                var end = index
                while end < scalars.count, chineseDigit(scalars[end]) != nil { end += 1 }
                let run = Array(scalars[index..<end])
                if let value = chineseNumber(run) {
                    found.append(value)
                    if let scale = multiplier(scalars, at: end) { found.append(value * pow(10, Double(scale.exponent))) }
                }
                index = end
            } else {
                index += 1
            }
        }
        // A count of none is said with a negation: 未发生突发环境事件 (no emergency occurred).
        let idioms: [(String, Double)] = [("翻一番", 100), ("翻一倍", 100), ("翻两番", 300), ("翻番", 100),
                                          ("未", 0), ("没有", 0), ("沒有", 0), ("无", 0), ("無", 0)]
        for (idiom, value) in idioms where text.contains(idiom) { found.append(value) }
        return found
    }

    /// Whether a quote writes `value` (at the precision the value was written with, `exponent`:
    /// the quote may be more precise, never less). Signs are not compared: the words say them
    /// (下降, 减少).
    public static func writes(_ value: Double, exponent: Int, in quote: String) -> Bool {
        holds(value, exponent: exponent, among: numbers(in: quote))
    }

    /// Every multiple a text writes: a number followed by 倍, `times` or `fold` (`6.5倍`,
    /// `6.5 times`, `三倍`, `two-fold` is not read), and `翻一番` 2, `翻两番` 4.
    public static func multiples(in text: String) -> [Double] {
        let named = normalized(text)
        var found: [Double] = []
        let pattern = #"([0-9]+(?:\.[0-9]+)?|[零〇一二两兩三四五六七八九十百千]+)(?:倍|times|-?fold)"#
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return [] }
        let whole = NSRange(named.startIndex..., in: named)
        for match in expression.matches(in: named, range: whole) {
            guard let range = Range(match.range(at: 1), in: named) else { continue }
            let written = String(named[range])
            if let value = Double(written) ?? chineseNumber(Array(written.unicodeScalars)) { found.append(value) }
        }
        for (idiom, value) in [("翻一番", 2.0), ("翻一倍", 2), ("翻两番", 4), ("翻番", 2)] where named.contains(idiom) { found.append(value) }
        return found
    }

    /// Whether a quote writes `value` as a multiple (`6.5倍`, `6.5 times`), at the precision
    /// the value was written with: a quote that has the number only in another sense
    /// (`增速为6.5%`) does not state a multiple.
    public static func writesMultiple(_ value: Double, exponent: Int, in quote: String) -> Bool {
        holds(value, exponent: exponent, among: multiples(in: quote))
    }

    /// Whether one of `candidates` is `value` at its precision (or more precise, rounding to it).
    private static func holds(_ value: Double, exponent: Int, among candidates: [Double]) -> Bool {
        let target = abs(value)
        let scale = pow(10.0, Double(exponent))
        return candidates.contains { candidate in
            if abs(candidate - target) <= 1e-9 * max(1, target) { return true }
            // The quote is more precise than the value: it rounds to it.
            return exponent > -10 && abs((candidate / scale).rounded() * scale - target) <= 1e-9 * max(1, target)
                && candidate.magnitude >= scale
        }
    }

    /// Whether a quote states the years `first`…`last`: both years, or the Five-Year Plan
    /// that spans them (十三五 for 2016–2020).
    public static func states(period first: Int, _ last: Int, in quote: String) -> Bool {
        let text = normalized(quote)
        for (name, span) in planNames where span == (first, last) && text.contains(name) { return true }
        return text.contains(String(first)) && text.contains(String(last))
    }

    /// China's Five-Year Plans by the name texts give them, with their years.
    static let planNames: [String: (first: Int, last: Int)] = [
        "十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030),
    ]

    // MARK: - The nearest passage

    /// The sentence of `paragraphs` nearest to `quote` (by shared pairs of characters), for a
    /// suggestion when the quote is not found; nil when nothing is near.
    public static func nearestPassage(to quote: String, in paragraphs: [String]) -> String? {
        let wanted = bigrams(normalized(quote))
        guard !wanted.isEmpty else { return nil }
        var best: (score: Double, text: String)?
        for paragraph in paragraphs {
            for sentence in sentences(of: paragraph) {
                let have = bigrams(normalized(sentence))
                guard !have.isEmpty else { continue }
                let shared = wanted.intersection(have).count
                let score = 2 * Double(shared) / Double(wanted.count + have.count)
                if score > (best?.score ?? 0.25) { best = (score, sentence) }
            }
        }
        return best?.text
    }

    static func sentences(of paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in paragraph {
            current.append(character)
            if "。；！？;!?".contains(character) {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
        return sentences
    }

    private static func bigrams(_ text: String) -> Set<String> {
        let characters = Array(text)
        guard characters.count > 1 else { return [] }
        return Set((0..<(characters.count - 1)).map { String(characters[$0]) + String(characters[$0 + 1]) })
    }

    private static func isGroup(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        let group = scalars[index..<(index + 3)].allSatisfy { ("0"..."9").contains($0) }
        let ends = index + 3 == scalars.count || !("0"..."9").contains(scalars[index + 3])
        return group && ends
    }

    /// The power of ten a word after a number multiplies it by, and the word's length.
    private static func multiplier(_ scalars: [Unicode.Scalar], at index: Int) -> (exponent: Int, length: Int)? {
        guard index < scalars.count else { return nil }
        if index + 1 < scalars.count, ["万", "萬"].contains(scalars[index]), ["亿", "億"].contains(scalars[index + 1]) { return (12, 2) }
        switch scalars[index] {
        case "万", "萬": return (4, 1)
        case "亿", "億": return (8, 1)
        case "成": return (1, 1)
        default: return nil
        }
    }

    private static func chineseDigit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "零", "〇": 0
        case "一": 1
        case "二", "两", "兩": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    /// `一百八十七` → 187, `十三` → 13, `两` → 2, `二〇二一` → 2021 (digit by digit when no unit).
    private static func chineseNumber(_ run: [Unicode.Scalar]) -> Double? {
        let values = run.compactMap(chineseDigit)
        guard values.count == run.count, !values.isEmpty else { return nil }
        if !values.contains(where: { $0 >= 10 }) {
            return values.reduce(0) { $0 * 10 + $1 }
        }
        var total = 0.0
        var digit = 0.0
        for value in values {
            if value >= 10 {
                total += (digit == 0 ? 1 : digit) * value
                digit = 0
            } else {
                digit = value
            }
        }
        return total + digit
    }
}
