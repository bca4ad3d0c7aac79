/// How each unit is written per language.
///
/// | unit | Chinese | English |
/// | --- | --- | --- |
/// | percent | `91.3%` | `91.3%` |
/// | count | `6381` | `6,381` |
/// | yuan | `298万元`, `9650.2亿元` | `CNY 2.98 million`, `CNY 965.02 billion` |
/// | tonnes | `57.49万吨` | `574,900 t` |
/// | tonnes_per_day | `373万吨/日` | `3.73 million t/day` |
/// | tonnes_per_year | `57.49万吨/年` | `574,900 t/year` |
/// | km | `1.2万公里` | `12,000 km` |
/// | ug_per_m3 | `18微克/立方米` | `18 μg/m³` |
/// | days | `292天` | `292 days`, `1 day` |
/// | index | `3.2` | `3.2` |
/// | inline `{zh: 家, en: enterprises}` | `6381家` | `6,381 enterprises` |
///
/// Chinese writes 微克/立方米, as bureaus' bulletins do in running text; count and index are
/// bare numbers in both languages.
extension NumberStyle {
    /// The unit as written after (or, for yuan in English, before) a number, unscaled:
    /// `吨/日`, `t/day`, `%`, `CNY`, `家`, `days`; empty for count and index.
    public func unitSymbol(_ unit: Unit) -> String {
        switch unit {
        case .percent: "%"
        case .count, .index: ""
        case .yuan: isChinese ? "元" : "CNY"
        case .tonnes: isChinese ? "吨" : "t"
        case .tonnesPerDay: isChinese ? "吨/日" : "t/day"
        case .tonnesPerYear: isChinese ? "吨/年" : "t/year"
        case .km: isChinese ? "公里" : "km"
        case .microgramsPerCubicMetre: isChinese ? "微克/立方米" : "μg/m³"
        case .days: isChinese ? "天" : "days"
        case .inline(let symbols): inlineSymbol(symbols)
        }
    }

    /// A unit for an axis title or a table header, in a given scale: `万吨/日`, `亿元`,
    /// `million t/day`, `CNY billion`, `%`, `t/day`. For count and index it is the scale
    /// word alone (`万`, `million`), or empty.
    ///
    ///     NumberStyle.chinese.unitLabel(.tonnesPerDay, scale: .wan)   // "万吨/日"
    public func unitLabel(_ unit: Unit, scale: Scale = .units) -> String {
        let symbol = unitSymbol(unit)
        if case .percent = unit { return symbol }
        let word = scaleWord(scale)
        if isChinese { return word + symbol }
        if case .yuan = unit { return word.isEmpty ? symbol : symbol + " " + word }
        return [word, symbol].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The symbol of an inline unit for this language: the language itself, else its base
    /// language (`zh` for `zh-hant`), else English, else the first language in code order.
    func inlineSymbol(_ symbols: [String: String]) -> String {
        let byCode = Dictionary(symbols.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        let code = language.lowercased()
        if let symbol = byCode[code] { return symbol }
        if let base = code.split(separator: "-").first, let symbol = byCode[String(base)] { return symbol }
        if let symbol = byCode["en"] { return symbol }
        return byCode.keys.sorted().first.flatMap { byCode[$0] } ?? ""
    }

    /// A rounded, unsigned figure with its unit.
    func withUnit(_ figure: ScaledFigure, unit: Unit) -> String {
        let number = figure.scaledNumber(style: self)
        let symbol = unitSymbol(unit)
        if symbol.isEmpty { return number }
        if case .percent = unit { return number + "%" }
        if isChinese {
            // Latin symbols (an inline unit falling back to English) keep a space.
            let latin = symbol.first.map { $0.isASCII && $0.isLetter } ?? false
            return latin ? number + " " + symbol : number + symbol
        }
        switch unit {
        case .yuan:
            return symbol + " " + number
        case .days:
            return number + (number == "1" ? " day" : " days")
        default:
            return number + " " + symbol
        }
    }
}
