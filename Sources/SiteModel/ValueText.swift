import Formatting

/// Reads a value as written in YAML or CSV, with a message a non-programmer understands
/// when it is not a usable number.
enum ValueText {
    /// What is wrong with a value, as a sentence.
    struct Problem: Error {
        let message: String
    }

    /// Values at or beyond this size are certainly typing mistakes (and too large to show).
    static let limit = 1e18

    /// The quantity, or what is wrong with the text and how to write it.
    static func parse(_ text: String, field: String) -> Result<Quantity, Problem> {
        do {
            let quantity = try Quantity.parse(text)
            guard quantity.value.isFinite, abs(quantity.value) < limit else {
                return .failure(Problem(message: "'\(field)' is too large to be a real figure: '\(abbreviated(text))'; check the digits"))
            }
            return .success(quantity)
        } catch .notFinite(let written) {
            return .failure(Problem(message: "'\(field)' must be a number, not '\(abbreviated(written))': leave the figure out if it is unknown"))
        } catch .empty {
            return .failure(Problem(message: "'\(field)' is empty: write a number such as 91.3 or 258.5万"))
        } catch .badSuffix(let suffix) {
            return .failure(Problem(message: "'\(field)' has '\(abbreviated(suffix))' after the number: write only digits, optionally followed by 万 (10^4) or 亿 (10^8), e.g. 258.5万"))
        } catch {
            return .failure(Problem(message: "'\(field)' must be a number such as 91.3 or 258.5万, not '\(abbreviated(text))'"))
        }
    }

    /// A number for a message: whole numbers without `.0`, others in their shortest form.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Long text cut short for a message.
    static func abbreviated(_ text: String) -> String {
        let trimmed = text.trimmingWhitespaceForMessage()
        return trimmed.count > 40 ? String(trimmed.prefix(37)) + "…" : trimmed
    }
}

extension String {
    func trimmingWhitespaceForMessage() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
