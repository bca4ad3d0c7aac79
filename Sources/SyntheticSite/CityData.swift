import Foundation

/// A level as written in `city.yaml`: the text (with 万/亿 where large) and the number it means.
struct Level {
    var year: Int
    var value: Double
    var text: String
}

/// A reported change, computed from the written levels so it agrees with them.
struct ReportedChange {
    enum Kind: String { case relative, points, absolute }
    var indicator: String
    var from: Int
    var to: Int
    var kind: Kind
    var text: String
}

/// One synthetic city: names, levels of every indicator in every year, reported changes.
struct CityData {
    var id: String
    var name: (zh: String, en: String)
    var province: (zh: String, en: String)
    /// By indicator id, years ascending.
    var levels: [String: [Level]]
    var changes: [ReportedChange]
    /// Other cities the narratives compare with (never the city itself).
    var neighbors: [Int]
    var noted: String
    var derived: String

    func level(_ indicator: String, _ year: Int) -> Level? { levels[indicator]?.first { $0.year == year } }
}

/// A change rule of a flavor: every city reports this change.
struct ChangeRule {
    var indicator: String
    var from: Int
    var to: Int
    var kind: ReportedChange.Kind
}

enum CityGenerator {
    static func cities(count: Int, seed: UInt64, flavor: FlavorSpec) -> [CityData] {
        let names = CityNames.make(count: count, seed: seed, flavor: flavor.flavor)
        return names.indices.map { index in
            var random = SeededRandom(seed: seed, stream: "city-\(index)")
            var levels: [String: [Level]] = [:]
            for spec in flavor.indicators {
                levels[spec.id] = series(spec, years: flavor.years, random: &random)
            }
            let byID = Dictionary(uniqueKeysWithValues: flavor.indicators.map { ($0.id, $0) })
            var changes = flavor.changeRules.map { change($0, levels: levels, spec: byID[$0.indicator]!) }
            // A few cities report one more change, over the whole span, so change charts differ.
            if random.chance(0.4) {
                let spec = random.pick(flavor.indicators.filter { !$0.isPercent })
                let rule = ChangeRule(indicator: spec.id, from: flavor.years.lowerBound, to: flavor.years.upperBound, kind: .relative)
                if !flavor.changeRules.contains(where: { $0.indicator == rule.indicator && $0.from == rule.from && $0.to == rule.to }) {
                    changes.append(change(rule, levels: levels, spec: spec))
                }
            }
            let neighbors = [1, 2, 7, 13].map { (index + $0) % count }.reduce(into: [Int]()) {
                if $1 != index, !$0.contains($1) { $0.append($1) }
            }
            return CityData(id: names[index].id, name: (names[index].zh, names[index].en),
                            province: random.pick(flavor.provinces), levels: levels, changes: changes, neighbors: neighbors,
                            noted: random.pick(flavor.indicators).id, derived: random.pick(flavor.indicators).id)
        }
    }

    /// Levels of one indicator over the years: a random walk inside its range, or growth.
    static func series(_ spec: IndicatorSpec, years: ClosedRange<Int>, random: inout SeededRandom) -> [Level] {
        var value = random.double(in: spec.base)
        let rate = random.double(in: spec.drift)
        var levels: [Level] = []
        for year in years {
            var level = written(value, spec)
            level.year = year
            levels.append(level)
            if let range = spec.range {
                let step = random.double(in: spec.drift) * 0.7 + rate * 0.3
                value = min(max(value + step, range.lowerBound + 1), range.upperBound - 0.5)
            } else {
                value = max(1, value * (1 + rate + random.double(in: -0.02...0.02)))
            }
        }
        return levels
    }

    /// The value as a source writes it, and the exact number that text means.
    static func written(_ raw: Double, _ spec: IndicatorSpec) -> Level {
        func fixed(_ x: Double, _ decimals: Int) -> (Double, String) {
            let scale = pow(10, Double(decimals))
            let rounded = (x * scale).rounded() / scale
            return (rounded, String(format: "%.\(decimals)f", rounded))
        }
        if spec.suffixes, raw >= 1e8 {
            let (mantissa, text) = fixed(raw / 1e8, 2)
            return Level(year: 0, value: mantissa * 1e8, text: text + "亿")
        }
        if spec.suffixes, raw >= 1e5 {
            let (mantissa, text) = fixed(raw / 1e4, 1)
            return Level(year: 0, value: mantissa * 1e4, text: text + "万")
        }
        let (value, text) = fixed(raw, spec.written)
        return Level(year: 0, value: value, text: text)
    }

    static func change(_ rule: ChangeRule, levels: [String: [Level]], spec: IndicatorSpec) -> ReportedChange {
        let series = levels[rule.indicator]!
        let a = series.first { $0.year == rule.from }!.value, b = series.first { $0.year == rule.to }!.value
        let text: String
        switch rule.kind {
        case .relative: text = format((b - a) / abs(a) * 100, decimals: 1)
        case .points, .absolute: text = format(b - a, decimals: spec.written)
        }
        return ReportedChange(indicator: rule.indicator, from: rule.from, to: rule.to, kind: rule.kind, text: text)
    }

    static func format(_ x: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", x)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
