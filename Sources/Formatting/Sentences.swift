/// Sentences that say what a chart shows, for the SVG `<desc>` and for screen readers.
///
/// They are grammar rather than interface strings, so they live here: Chinese for the
/// Chinese convention (full-width punctuation, `、` between items), English for every other
/// language. Figures inside are formatted as everywhere else, with their bound
/// (``NumberStyle/format(_:unit:decimals:bound:)``) and changes in words (see the wording
/// table of ``NumberStyle/change(_:kind:unit:decimals:bound:form:)``): never a signed
/// number in a sentence. Directions (rise, fall, unchanged) compare the values as given; a
/// change is unchanged when it is zero at the precision shown. Where several years tie for
/// the highest or lowest, all are named. Nothing is ranked that cannot be: values of
/// different years, different indicators, or bounds.
extension NumberStyle {
    /// One series over years.
    ///
    /// - zh: `污水处理能力由2015年的258.5万吨/日增至2020年的373万吨/日。`; with more than two
    ///   points `…，其中2019年最高（380万吨/日），2015年最低（258.5万吨/日）。`
    /// - en: `Sewage treatment capacity rose from 2.585 million t/day in 2015 to 3.73 million
    ///   t/day in 2020.`; with more than two points `…; the highest value was … in 2019 and
    ///   the lowest … in 2015.`
    ///
    /// Also: one point (`…2020年为373万吨/日。`, `… was … in 2020.`), all equal (`保持在`,
    /// `stayed at`), first equal to last (`2015年和2020年均为`, `was … in both 2015 and
    /// 2020`), none (`无数据`, `has no data`). Values are taken in year order. A series with
    /// a bounded value names no highest or lowest.
    ///
    ///     zh.seriesDescription("污水处理能力", values: points, unit: .tonnesPerDay)
    public func seriesDescription(_ subject: String, values: [YearlyValue], unit: Unit, decimals: Int? = nil) -> String {
        let points = values.sorted { $0.year < $1.year }
        var sentence = seriesClause(subject: subject, points: points, unit: unit, decimals: decimals)
        if points.count > 2, points.allSatisfy({ $0.bound == nil }), let extremes = extremes(points, unit: unit, decimals: decimals) {
            sentence += isChinese
                ? "，其中\(extremes.highYears)最高（\(extremes.high)），\(extremes.lowYears)最低（\(extremes.low)）"
                : "; the highest value was \(extremes.high) in \(extremes.highYears) and the lowest \(extremes.low) in \(extremes.lowYears)"
        }
        return sentence + (isChinese ? "。" : ".")
    }

    /// Several series over years (one line per city or per indicator). A single series is
    /// described as by ``seriesDescription(_:values:unit:decimals:)``; several as one clause
    /// each, without highest and lowest:
    ///
    /// - zh: `污水处理能力：东莞市由2015年的258.5万吨/日增至2020年的373万吨/日；珠海市2020年为60万吨/日。`
    /// - en: `Sewage treatment capacity: Dongguan rose from … in 2015 to … in 2020; Zhuhai
    ///   was 600,000 t/day in 2020.`
    ///
    ///     en.seriesDescription("Sewage treatment capacity", series: lines, unit: .tonnesPerDay)
    public func seriesDescription(_ subject: String, series: [YearlySeries], unit: Unit, decimals: Int? = nil) -> String {
        if series.count == 1 {
            return seriesDescription(subject, values: series[0].values, unit: unit, decimals: decimals)
        }
        let clauses = series.map {
            seriesClause(subject: $0.name, points: $0.values.sorted { $0.year < $1.year }, unit: unit, decimals: decimals)
        }
        if isChinese {
            return subject + "：" + (clauses.isEmpty ? "无数据" : clauses.joined(separator: "；")) + "。"
        }
        return subject + ": " + (clauses.isEmpty ? "no data" : clauses.joined(separator: "; ")) + "."
    }

    /// A comparison of categories (one bar each): the highest and the lowest.
    ///
    /// - zh: `2020年空气质量优良天数比例：珠海市最高（95.6%），东莞市最低（91.3%）。`
    /// - en: `Share of days with good air quality in 2020: Zhuhai has the highest value
    ///   (95.6%) and Dongguan the lowest (91.3%).`
    ///
    /// `year` is the year of all categories. When the categories cannot be ranked — their
    /// years differ (a category's own `year`), a value is a bound, or `rankable` is false
    /// (different indicators) — each is stated in turn instead:
    /// `空气质量优良天数比例：东莞市2020年为91.3%，珠海市2021年为95.1%。` /
    /// `Share of days with good air quality: Dongguan 91.3% in 2020, Zhuhai 95.1% in 2021.`
    /// Also: one category, all equal, none.
    ///
    ///     zh.comparisonDescription("空气质量优良天数比例", items: bars, unit: .percent, year: 2020)
    public func comparisonDescription(_ subject: String, items: [CategoryValue], unit: Unit, decimals: Int? = nil, year: Int? = nil,
                                      rankable: Bool = true) -> String {
        let yearOf: (CategoryValue) -> Int? = { item in item.year.flatMap { $0 == year ? nil : $0 } }
        let labels: ([CategoryValue]) -> String = { items in
            self.list(items.map { item in
                guard let itemYear = yearOf(item) else { return item.label }
                return self.isChinese ? item.label + self.year(itemYear) : "\(item.label) (\(itemYear))"
            })
        }
        let value: (CategoryValue) -> String = { self.format($0.value, unit: unit, decimals: decimals, bound: $0.bound) }
        let finite = items.filter { $0.value.value.isFinite }
        let canRank = rankable && finite.allSatisfy { $0.bound == nil } && Set(finite.map(yearOf)).count <= 1
        // A subject that names the year already (an author's title, "2021年项目投资") is not given it twice.
        let headYear = year.flatMap { subject.contains(String($0)) ? nil : $0 }
        if isChinese {
            let head = (headYear.map { self.year($0) } ?? "") + subject + "："
            guard let first = finite.first else { return head + "无数据。" }
            if finite.count == 1 || !canRank {
                return head + finite.map { item in
                    item.label + (yearOf(item).map { self.year($0) } ?? "") + "为" + value(item)
                }.joined(separator: "，") + "。"
            }
            let (high, low) = highestAndLowest(finite)
            if high.count == finite.count { return head + labels(finite) + "均为" + value(first) + "。" }
            return head + labels(high) + "最高（" + value(high[0]) + "），" + labels(low) + "最低（" + value(low[0]) + "）。"
        }
        let head = subject + (headYear.map { " in \($0)" } ?? "")
        guard let first = finite.first else { return head + ": no data." }
        if finite.count == 1 { return head + " was " + value(first) + " for " + labels(finite) + "." }
        if !canRank {
            return head + ": " + finite.map { item in
                "\(item.label) \(value(item))" + (yearOf(item).map { " in \($0)" } ?? "")
            }.joined(separator: ", ") + "."
        }
        let (high, low) = highestAndLowest(finite)
        if high.count == finite.count { return head + ": " + labels(finite) + " have the same value (" + value(first) + ")." }
        let verb = high.count == 1 ? "has" : "have"
        return head + ": " + labels(high) + " \(verb) the highest value (" + value(high[0]) + ") and " + labels(low) + " the lowest (" + value(low[0]) + ")."
    }

    /// Reported changes (a `change` chart), in the order given, in words.
    ///
    /// - zh: `东莞市：PM2.5年均浓度2017—2020年下降29.4%；空气质量优良天数比例2020—2021年提高1.7个百分点。`
    /// - en: `Dongguan: PM2.5 concentration fell by 29.4% from 2017 to 2020; share of good
    ///   days rose by 1.7 percentage points from 2020 to 2021.`
    ///
    /// `subject` (a city) leads the sentence when given. A zero change is `持平` /
    /// `was unchanged`; none at all is `无报告的变化` / `no reported changes`. A multiple is
    /// stated as one: `国家高新技术企业2020年为2015年的6.5倍` / `high-tech enterprises in 2020
    /// was 6.5 times the 2015 level`.
    ///
    ///     en.changesDescription(changes, subject: "Dongguan")
    public func changesDescription(_ changes: [NamedChange], subject: String? = nil) -> String {
        let clauses = changes.map { item in
            let change = item.change
            // A multiple is of the earlier level, in the later year: it says no rise or fall.
            if change.kind == .ratio {
                let multiple = words(change, unit: item.unit, decimals: item.decimals)
                return isChinese ? item.name + year(change.to) + multiple : "\(item.name) in \(change.to) was \(multiple)"
            }
            if isChinese {
                return item.name + yearRange(change.from, change.to) + words(change, unit: item.unit, decimals: item.decimals)
            }
            let verb = movement(change, unit: item.unit, decimals: item.decimals).map { "\($0.up ? "rose" : "fell") by \($0.amount)" }
                ?? (change.bound == .about ? "was roughly unchanged" : "was unchanged")
            return "\(item.name) \(verb) from \(change.from) to \(change.to)"
        }
        if isChinese {
            let head = subject.map { $0 + "：" } ?? ""
            return head + (clauses.isEmpty ? "无报告的变化" : clauses.joined(separator: "；")) + "。"
        }
        guard !clauses.isEmpty else { return (subject.map { $0 + ": no" } ?? "No") + " reported changes." }
        return (subject.map { $0 + ": " } ?? "") + clauses.joined(separator: "; ") + "."
    }

    /// A single figure with the change to it (a `kpi` chart).
    ///
    /// - zh: `2020年空气质量优良天数比例为91.3%，较2019年提高1.7个百分点。`
    /// - en: `Share of days with good air quality was 91.3% in 2020, up 1.7 percentage
    ///   points from 2019.`
    ///
    /// A change that does not end in `year` is stated with its own years
    /// (`，2017—2020年下降29.4%`, `; from 2017 to 2020 it fell by 29.4%`). A value over a
    /// period is stated with it (`东莞市散乱污整治2016—2020年累计超过5.6万处。`,
    /// `Dongguan: scattered polluters, 2016–2020 total: more than 56,000 sites.`); a count
    /// of zero reads `为零` / `none` rather than `0起` / `0 incidents`. A multiple follows as
    /// it is given (`，为2015年的6.5倍`, `, 6.5 times the 2015 level`).
    ///
    ///     zh.kpiDescription("空气质量优良天数比例", year: 2020, value: Quantity(91.3, exponent: -1),
    ///                       unit: .percent, change: YearChange(from: 2019, to: 2020,
    ///                       amount: Quantity(1.7, exponent: -1), kind: .points))
    public func kpiDescription(_ name: String, year: Int, value: Quantity, unit: Unit, decimals: Int? = nil, bound: Bound? = nil,
                               period: Period? = nil, change: YearChange? = nil) -> String {
        let figure = format(value, unit: unit, decimals: decimals, bound: bound)
        let none = isNone(value, unit: unit, bound: bound)
        var sentence: String
        switch (isChinese, period) {
        case (true, let period?): sentence = name + self.period(period) + (none ? "为零" : figure)
        case (true, nil): sentence = self.year(year) + name + (none ? "为零" : copula(bound) + figure)
        case (false, let period?): sentence = "\(name), \(self.period(period)): \(none ? "none" : figure)"
        case (false, nil): sentence = none ? "\(name): none in \(year)" : "\(name) was \(figure) in \(year)"
        }
        if let change, change.kind == .ratio {
            let multiple = words(change, unit: unit, decimals: decimals)
            switch (isChinese, change.to == year) {
            case (true, true): sentence += "，" + multiple
            case (true, false): sentence += "，" + self.year(change.to) + multiple
            case (false, true): sentence += ", " + multiple
            case (false, false): sentence += "; in \(change.to) it was " + multiple
            }
        } else if let change {
            let movement = movement(change, unit: unit, decimals: decimals)
            switch (isChinese, change.to == year, movement) {
            case (true, true, _?): sentence += "，较\(change.from)年" + words(change, unit: unit, decimals: decimals)
            case (true, true, nil): sentence += "，与\(change.from)年" + words(change, unit: unit, decimals: decimals)
            case (true, false, _): sentence += "，\(yearRange(change.from, change.to))" + words(change, unit: unit, decimals: decimals)
            case (false, true, _): sentence += ", \(words(change, unit: unit, decimals: decimals)) from \(change.from)"
            case (false, false, let m?): sentence += "; from \(change.from) to \(change.to) it \(m.up ? "rose" : "fell") by \(m.amount)"
            case (false, false, nil): sentence += "; it was \(words(change, unit: unit, decimals: decimals)) from \(change.from) to \(change.to)"
            }
        }
        return sentence + (isChinese ? "。" : ".")
    }

    // MARK: Pieces

    /// The subject and what its series did, without the final stop.
    private func seriesClause(subject: String, points: [YearlyValue], unit: Unit, decimals: Int?) -> String {
        let text: (YearlyValue) -> String = { self.format($0.value, unit: unit, decimals: decimals, bound: $0.bound) }
        guard let first = points.first, let last = points.last else {
            return isChinese ? subject + "无数据" : subject + " has no data"
        }
        if points.count == 1 {
            if isNone(first.value, unit: unit, bound: first.bound) {
                return isChinese ? subject + year(first.year) + "为零" : "\(subject): none in \(first.year)"
            }
            return isChinese ? subject + year(first.year) + copula(first.bound) + text(first) : "\(subject) was \(text(first)) in \(first.year)"
        }
        let same: (YearlyValue, YearlyValue) -> Bool = { $0.value.value == $1.value.value && $0.bound == $1.bound }
        let allEqual = points.allSatisfy { same($0, first) }
        if allEqual, isNone(first.value, unit: unit, bound: first.bound) {
            return isChinese ? subject + year(first.year) + "至" + year(last.year) + "均为零" : "\(subject): none from \(first.year) to \(last.year)"
        }
        if isChinese {
            if allEqual { return subject + year(first.year) + "至" + year(last.year) + "保持在" + text(first) }
            if same(first, last) { return subject + year(first.year) + "和" + year(last.year) + "均为" + text(first) }
            let verb = last.value.value > first.value.value ? "增至" : last.value.value < first.value.value ? "降至" : "变为"
            return subject + "由" + year(first.year) + "的" + text(first) + verb + year(last.year) + "的" + text(last)
        }
        if allEqual { return "\(subject) stayed at \(text(first)) from \(first.year) to \(last.year)" }
        if same(first, last) { return "\(subject) was \(text(first)) in both \(first.year) and \(last.year)" }
        let verb = last.value.value > first.value.value ? "rose" : last.value.value < first.value.value ? "fell" : "went"
        return "\(subject) \(verb) from \(text(first)) in \(first.year) to \(text(last)) in \(last.year)"
    }

    /// The Chinese verb before a figure: `为` before an exact one, `达` before `90%以上`,
    /// nothing before a figure that starts with its own word (`超过600个`, `约712亿元`).
    private func copula(_ bound: Bound?) -> String {
        switch bound {
        case nil: "为"
        case .atLeast: "达"
        default: ""
        }
    }

    /// Whether a value is a count of nothing, better said in words than as `0起`.
    private func isNone(_ value: Quantity, unit: Unit, bound: Bound?) -> Bool {
        guard bound == nil, value.value == 0 else { return false }
        switch unit {
        case .count, .inline: return true
        default: return false
        }
    }

    /// The highest and lowest values with the years they occur in; nil when all are equal.
    private func extremes(_ points: [YearlyValue], unit: Unit, decimals: Int?) -> (high: String, highYears: String, low: String, lowYears: String)? {
        let values = points.map(\.value.value).filter(\.isFinite)
        guard let max = values.max(), let min = values.min(), max != min else { return nil }
        let years: (Double) -> String = { target in
            self.list(points.filter { $0.value.value == target }.map { self.year($0.year) })
        }
        let high = points.first { $0.value.value == max }!, low = points.first { $0.value.value == min }!
        return (format(high.value, unit: unit, decimals: decimals), years(max),
                format(low.value, unit: unit, decimals: decimals), years(min))
    }

    /// The items with the highest and with the lowest value, in the order given.
    private func highestAndLowest(_ items: [CategoryValue]) -> (high: [CategoryValue], low: [CategoryValue]) {
        let max = items.map(\.value.value).max() ?? 0, min = items.map(\.value.value).min() ?? 0
        return (items.filter { $0.value.value == max }, items.filter { $0.value.value == min })
    }

    /// The change in words: `下降29.4%`, `提高1.7个百分点`, `持平`; `down 29.4%`, `unchanged`.
    private func words(_ change: YearChange, unit: Unit, decimals: Int?) -> String {
        self.change(change.amount, kind: change.kind, unit: unit, decimals: change.kind.keepsWrittenPrecision ? nil : decimals,
                    bound: change.bound, form: .words, from: change.from)
    }

    /// Whether a change goes up, and its unsigned amount with its bound; nil when it is zero as shown.
    private func movement(_ change: YearChange, unit: Unit, decimals: Int?) -> (up: Bool, amount: String)? {
        guard let figure = ScaledFigure(change.amount, decimals: change.kind.keepsWrittenPrecision ? nil : decimals, style: self),
              !figure.isZero else { return nil }
        return (!figure.isNegative, qualified(changeMagnitude(figure, kind: change.kind, unit: unit, spelledOut: true), bound: change.bound))
    }

    /// `a、b、c` / `a, b and c`.
    private func list(_ items: [String]) -> String {
        if isChinese || items.count < 2 { return items.joined(separator: "、") }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
