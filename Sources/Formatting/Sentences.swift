/// Sentences that say what a chart shows, for the SVG `<desc>` and for screen readers.
///
/// Their words are the language's: each sentence is a pattern of its conventions
/// (`series.rose`: `{subject}由{firstYear}的{first}增至{lastYear}的{last}` /
/// `{subject} rose from {first} in {firstYear} to {last} in {lastYear}`), ended by
/// `sentences.end`. Figures inside are formatted as everywhere else, with their bound
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
            sentence += conventions.fill("series.extremes", ["high": extremes.high, "highYears": extremes.highYears,
                                                              "low": extremes.low, "lowYears": extremes.lowYears])
        }
        return sentence + end
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
        let joined = clauses.isEmpty ? conventions.text("series.no_series") : clauses.joined(separator: conventions.text("sentences.clause_separator"))
        return conventions.fill("series.list", ["subject": subject, "clauses": joined]) + end
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
                return self.conventions.fill("comparison.label_in_year", ["label": item.label, "year": self.year(itemYear)])
            })
        }
        let value: (CategoryValue) -> String = { self.format($0.value, unit: unit, decimals: decimals, bound: $0.bound) }
        let item: (CategoryValue) -> String = { item in
            guard let itemYear = yearOf(item) else { return self.conventions.fill("comparison.item", ["label": item.label, "value": value(item)]) }
            return self.conventions.fill("comparison.item_in_year", ["label": item.label, "value": value(item), "year": self.year(itemYear)])
        }
        let finite = items.filter { $0.value.value.isFinite }
        let canRank = rankable && finite.allSatisfy { $0.bound == nil } && Set(finite.map(yearOf)).count <= 1
        // A subject that names the year already (an author's title, "2021年项目投资") is not given it twice.
        let headYear = year.flatMap { subject.contains(String($0)) ? nil : $0 }
        let head = headYear.map { conventions.fill("comparison.subject_in_year", ["subject": subject, "year": self.year($0)]) } ?? subject
        guard let first = finite.first else { return conventions.fill("comparison.none", ["subject": head]) + end }
        if finite.count == 1 {
            return conventions.fill("comparison.one", ["subject": head, "label": labels(finite), "value": value(first), "item": item(first)]) + end
        }
        if !canRank {
            let items = finite.map(item).joined(separator: conventions.text("comparison.item_separator"))
            return conventions.fill("comparison.unranked", ["subject": head, "items": items]) + end
        }
        let (high, low) = highestAndLowest(finite)
        if high.count == finite.count { return conventions.fill("comparison.same", ["subject": head, "labels": labels(finite), "value": value(first)]) + end }
        return conventions.fill(high.count == 1 ? "comparison.ranked" : "comparison.ranked_tied", or: "comparison.ranked",
                                ["subject": head, "highest": labels(high), "high": value(high[0]), "lowest": labels(low), "low": value(low[0])]) + end
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
            let words = words(change, unit: item.unit, decimals: item.decimals)
            // A multiple is of the earlier level, in the later year: it says no rise or fall.
            if change.kind == .ratio {
                return conventions.fill("changes.multiple", ["name": item.name, "to": year(change.to), "multiple": words])
            }
            let movement = movement(change, unit: item.unit, decimals: item.decimals)
            let key = movement.map { $0.up ? "changes.rose" : "changes.fell" } ?? "changes.unchanged"
            return conventions.fill(key, ["name": item.name, "years": yearRange(change.from, change.to), "from": year(change.from),
                                          "to": year(change.to), "change": words, "amount": movement?.amount ?? ""])
        }
        let joined = clauses.joined(separator: conventions.text("sentences.clause_separator"))
        switch (subject, clauses.isEmpty) {
        case (let subject?, true): return conventions.fill("changes.none", ["subject": subject]) + end
        case (let subject?, false): return conventions.fill("changes.with_subject", ["subject": subject, "clauses": joined]) + end
        case (nil, true): return conventions.text("changes.none_alone") + end
        case (nil, false): return joined + end
        }
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
        var sentence = if let period {
            conventions.fill(none ? "kpi.period_none" : "kpi.period", ["name": name, "period": self.period(period), "figure": figure])
        } else {
            conventions.fill(none ? "kpi.year_none" : "kpi.year", ["year": self.year(year), "name": name, "figure": figure, "is": copula(bound)])
        }
        if let change, change.kind == .ratio {
            let multiple = words(change, unit: unit, decimals: decimals)
            sentence += change.to == year
                ? conventions.fill("kpi.multiple", ["multiple": multiple])
                : conventions.fill("kpi.multiple_in", ["to": self.year(change.to), "multiple": multiple])
        } else if let change {
            let movement = movement(change, unit: unit, decimals: decimals)
            let key = switch (change.to == year, movement) {
            case (true, _?): "kpi.since"
            case (true, nil): "kpi.unchanged_since"
            case (false, let movement?): movement.up ? "kpi.rose_over" : "kpi.fell_over"
            case (false, nil): "kpi.unchanged_over"
            }
            sentence += conventions.fill(key, ["from": self.year(change.from), "to": self.year(change.to), "years": yearRange(change.from, change.to),
                                               "change": words(change, unit: unit, decimals: decimals), "amount": movement?.amount ?? ""])
        }
        return sentence + end
    }

    // MARK: Pieces

    /// The subject and what its series did, without the final stop.
    private func seriesClause(subject: String, points: [YearlyValue], unit: Unit, decimals: Int?) -> String {
        let text: (YearlyValue) -> String = { self.format($0.value, unit: unit, decimals: decimals, bound: $0.bound) }
        guard let first = points.first, let last = points.last else {
            return conventions.fill("series.no_data", ["subject": subject])
        }
        if points.count == 1 {
            let values = ["subject": subject, "year": year(first.year), "value": text(first), "is": copula(first.bound)]
            return conventions.fill(isNone(first.value, unit: unit, bound: first.bound) ? "series.one_none" : "series.one", values)
        }
        let same: (YearlyValue, YearlyValue) -> Bool = { $0.value.value == $1.value.value && $0.bound == $1.bound }
        let allEqual = points.allSatisfy { same($0, first) }
        let key = if allEqual, isNone(first.value, unit: unit, bound: first.bound) {
            "series.all_none"
        } else if allEqual {
            "series.steady"
        } else if same(first, last) {
            "series.same_ends"
        } else {
            last.value.value > first.value.value ? "series.rose" : last.value.value < first.value.value ? "series.fell" : "series.went"
        }
        return conventions.fill(key, ["subject": subject, "firstYear": year(first.year), "lastYear": year(last.year),
                                      "first": text(first), "last": text(last)])
    }

    /// The sentence's end: `。`, `.`.
    private var end: String { conventions.text("sentences.end") }

    /// The verb before a figure (`{is}`), by its bound: in Chinese `为` before an exact one,
    /// `达` before `90%以上`, nothing before a figure that starts with its own word
    /// (`超过600个`, `约712亿元`). Empty where the language gives none.
    private func copula(_ bound: Bound?) -> String {
        conventions.text("copula." + (bound.flatMap { ConventionsSchema.boundKeys[$0] } ?? "exact"))
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

    /// `a、b、c` / `a, b and c`: the language's `list.separator`, and `list.last` before the last.
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: conventions.text("list.separator")) + conventions.text("list.last") + items[items.count - 1]
    }
}
