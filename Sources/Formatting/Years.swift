/// Years and year ranges.
extension NumberStyle {
    /// A calendar year: `2020年` / `2020` (never grouped).
    ///
    ///     NumberStyle.chinese.year(2020)   // "2020年"
    public func year(_ year: Int) -> String {
        isChinese ? "\(year)年" : "\(year)"
    }

    /// A span of years: Chinese with an em dash (U+2014), as the content contract and
    /// GB/T 15834 write it, `2017—2020年`; English with an en dash (U+2013), `2017–2020`.
    /// A single year when both ends are equal.
    ///
    ///     NumberStyle.english.yearRange(2017, 2020)   // "2017–2020"
    public func yearRange(_ from: Int, _ to: Int) -> String {
        if from == to { return year(from) }
        return isChinese ? "\(from)—\(to)年" : "\(from)–\(to)"
    }
}
