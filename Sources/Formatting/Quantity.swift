/// A number as an author wrote it: its value and the precision it was written with.
///
/// `258.5万` is 2,585,000 written to the thousands (exponent 3); `91.3` is written to
/// tenths (exponent -1). Formatting uses the exponent to show no more and no fewer
/// digits than the source gave.
public struct Quantity: Hashable, Sendable {
    public var value: Double
    /// The power of ten of the last digit written: `373万` → 4, `91.3` → -1, `77` → 0.
    public var exponent: Int

    public init(_ value: Double, exponent: Int) {
        self.value = value
        self.exponent = exponent
    }

    /// Decimal places of `value` as written (0 when written to whole units or coarser).
    public var decimals: Int { max(0, -exponent) }

    /// Why a text is not a number.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case notANumber(String)
        case badSuffix(String)
        case notFinite(String)

        public var description: String {
            switch self {
            case .empty: "a value is empty"
            case .notANumber(let text): "'\(text)' is not a number"
            case .badSuffix(let suffix): "'\(suffix)' is not a number suffix (use 万 for 10^4 or 亿 for 10^8)"
            case .notFinite(let text): "'\(text)' is not a finite number"
            }
        }
    }

    /// Parses `91.3`, `-29.4`, `+1.7`, `258.5万`, `9650.2亿`, `1.2万`. Only plain decimal
    /// digits are accepted: no separators, exponents, NaN or infinity.
    public static func parse(_ text: String) throws(ParseError) -> Quantity {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .empty }
        var body = Substring(trimmed)
        var multiplierExponent = 0
        if body.hasSuffix("万亿") { multiplierExponent = 12; body = body.dropLast(2) }
        else if body.hasSuffix("万") { multiplierExponent = 4; body = body.dropLast() }
        else if body.hasSuffix("亿") { multiplierExponent = 8; body = body.dropLast() }

        let lowered = trimmed.lowercased()
        if ["nan", ".nan", "inf", ".inf", "-.inf", "+.inf", "infinity", "-infinity", "+infinity", "-inf", "+inf"].contains(lowered) {
            throw .notFinite(trimmed)
        }

        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" || first == "−" {
            if first != "+" { sign = -1 }
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count <= 2, isDigits(parts[0]), parts.count == 1 || isDigits(parts[1]) else {
            // A number followed by something else: name the suffix when the start is numeric.
            if let end = body.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }),
               end != body.startIndex, multiplierExponent == 0 {
                throw .badSuffix(String(body[end...]))
            }
            throw .notANumber(trimmed)
        }
        let fractionDigits = parts.count == 2 ? parts[1].count : 0
        guard let base = Double(body) else { throw .notANumber(trimmed) }
        var value = sign * base
        for _ in 0..<multiplierExponent { value *= 10 }
        // Round away binary noise from the scaling (258.5 × 10^4 is 2585000 exactly).
        let exponent = multiplierExponent - fractionDigits
        if exponent < 0 {
            var scale = 1.0
            for _ in 0..<(-exponent) { scale *= 10 }
            value = (value * scale).rounded() / scale
        } else {
            value = value.rounded()
        }
        return Quantity(value, exponent: exponent)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension Quantity {
    /// The value as plain machine-readable digits to its written precision, for
    /// `<data value>` and data files: ASCII digits, `.` decimal point, `-` sign, no
    /// grouping and no scale (`258.5万` → `2585000`, `91.30` → `91.30`, `-0.0` → `0.0`).
    /// Rounded in decimal; `""` for NaN, infinity and values of 10^18 or more.
    public var plainText: String {
        guard value.isFinite, abs(value) < 1e18 else { return "" }
        let figure = DecimalFigure(value, exponent: min(exponent, 0))
        let (integer, fraction) = figure.magnitude.digits(fractionDigits: decimals)
        return (figure.isNegative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
