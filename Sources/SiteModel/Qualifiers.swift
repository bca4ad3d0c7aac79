import Diagnostics
import Formatting

/// Reads the qualifiers of a figure — `bound`, `period`, `aggregate` — as written in YAML or
/// CSV, with messages that say what to write instead. Shared by both loaders so the two
/// formats accept and reject the same text.
enum Qualifiers {
    /// What is wrong with a qualifier, as a sentence and an optional suggestion.
    struct Problem: Error {
        let message: String
        var suggestion: String?
    }

    static let boundNames = Bound.allCases.map(\.rawValue)
    static let aggregateNames = Aggregate.allCases.map(\.rawValue)

    /// `atLeast`, `moreThan`, `about`, `atMost` or `lessThan`.
    static func bound(_ text: String) -> Result<Bound, Problem> {
        let text = text.trimmingWhitespaceForMessage()
        if let bound = Bound(rawValue: text) { return .success(bound) }
        // A different case is certainly meant (`atleast`, `AtLeast`).
        let sameLetters = Bound.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
        return .failure(Problem(
            message: "unknown bound '\(ValueText.abbreviated(text))'",
            suggestion: (sameLetters?.rawValue ?? Suggestion.nearest(to: text, among: boundNames)).map { "did you mean '\($0)'?" }
                ?? "write one of: atLeast (达…以上), moreThan (超过), about (约), atMost (不超过), lessThan (低于)"))
    }

    /// `total` or `average`.
    static func aggregate(_ text: String) -> Result<Aggregate, Problem> {
        let text = text.trimmingWhitespaceForMessage()
        if let aggregate = Aggregate(rawValue: text) { return .success(aggregate) }
        let sameLetters = Aggregate.allCases.first { $0.rawValue.lowercased() == text.lowercased() }
        return .failure(Problem(
            message: "unknown aggregate '\(ValueText.abbreviated(text))'",
            suggestion: (sameLetters?.rawValue ?? Suggestion.nearest(to: text, among: aggregateNames)).map { "did you mean '\($0)'?" }
                ?? "write 'total' for the sum over the years (累计) or 'average' for the yearly average (年均)"))
    }

    /// `2016..2020` (also `2016-2020`, `2016–2020`): two different years, the earlier first.
    static func period(_ text: String) -> Result<(first: Int, last: Int), Problem> {
        guard let span = YearSpan.parse(text) else {
            return .failure(Problem(message: "'period' must be a span of years such as 2016..2020, not '\(ValueText.abbreviated(text))'"))
        }
        for year in [span.first, span.last] where !(1900...2100).contains(year) {
            return .failure(Problem(message: "'period' must be years between 1900 and 2100, not \(year)"))
        }
        if span.first == span.last {
            return .failure(Problem(message: "'period' \(ValueText.abbreviated(text)) is one year: a period covers several years",
                                    suggestion: "for a value of one year, leave 'period' and 'aggregate' out"))
        }
        if span.first > span.last {
            return .failure(Problem(message: "'period' \(ValueText.abbreviated(text)) runs backwards: write the earlier year first, e.g. \(span.last)..\(span.first)"))
        }
        return .success((span.first, span.last))
    }

    /// What `period` says of a figure its source gives without saying when or over which years.
    static let unstated = "unstated"

    /// What is wrong with how `year`, `period` and `aggregate` go together, and which field
    /// to point at; nil when they agree. `year` nil means it was not written; `unstated`, that
    /// `period` is `unstated` (no period at all).
    static func combination(year: Int?, period: (first: Int, last: Int)?, aggregate: Aggregate?, periodWritten: Bool,
                            aggregateWritten: Bool, unstated: Bool = false) -> (field: String, problem: Problem)? {
        if unstated, aggregateWritten {
            return ("aggregate", Problem(message: "'aggregate' says what a value over several years is, and 'period: unstated' says the source gives no years",
                                         suggestion: "remove 'aggregate'"))
        }
        let periodWritten = periodWritten && !unstated
        if aggregateWritten, !periodWritten {
            return ("aggregate", Problem(message: "'aggregate' says what a value over several years is, but there is no 'period'",
                                         suggestion: "add the years it covers, e.g. period: 2016..2020, or remove 'aggregate'"))
        }
        if periodWritten, !aggregateWritten {
            return ("period", Problem(message: "a value over a period needs 'aggregate': 'total' for the sum over the years (累计) or 'average' for the yearly average (年均)"))
        }
        if let period, let year, year != period.last {
            return ("year", Problem(message: "'year' is \(year) but 'period' \(period.first)..\(period.last) ends in \(period.last): a value over a period is given under its last year",
                                    suggestion: "write year: \(period.last), or leave 'year' out"))
        }
        return nil
    }
}

extension Result where Failure == Qualifiers.Problem {
    /// The value, or nil with the problem added to `problems` under `field`.
    func value(or field: String, into problems: inout [(column: String, problem: Qualifiers.Problem)]) -> Success? {
        switch self {
        case .success(let value): return value
        case .failure(let problem):
            problems.append((field, problem))
            return nil
        }
    }
}
