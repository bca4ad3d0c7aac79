/// Years and year ranges, from the language's conventions (`years.year`, `years.range`).
extension NumberStyle {
    /// A calendar year: `2020年` / `2020` (never grouped).
    ///
    ///     chinese.year(2020)   // "2020年"
    public func year(_ year: Int) -> String {
        conventions.fill("years.year", ["year": String(year)])
    }

    /// A span of years: `2017—2020年` (an em dash, as the content contract and GB/T 15834
    /// write it) / `2017–2020` (an en dash). A single year when both ends are equal.
    ///
    ///     english.yearRange(2017, 2020)   // "2017–2020"
    public func yearRange(_ from: Int, _ to: Int) -> String {
        if from == to { return year(from) }
        return conventions.fill("years.range", ["from": String(from), "to": String(to)])
    }
}
