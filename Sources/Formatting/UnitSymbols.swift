/// How each unit is written: from the language's conventions, `units.<id>.symbol` (`吨/日`,
/// `t/day`) attached by `units.<id>.value` or the language's `unit.value` (`{number}{symbol}`,
/// `{number} {symbol}`), with `units.<id>.one` for a singular (`1 day`), and in axis titles
/// and table headers by `units.<id>.label` or `unit.label` (`{scale}{symbol}`, `{symbol}
/// {scale}`). Count and index are bare numbers; an inline unit (`{zh: 家, en: enterprises}`)
/// names its own symbol per language and attaches as `unit.value` does, or `unit.value_latin`
/// when the symbol is in Latin letters (`6381 enterprises` on a page that falls back to them).
///
/// | unit | zh | en |
/// | --- | --- | --- |
/// | yuan | `298万元`, `9650.2亿元` | `CNY 2.98 million`, `CNY 965.02 billion` |
/// | tonnes_per_day | `373万吨/日` | `3.73 million t/day` |
/// | days | `292天` | `292 days`, `1 day` |
extension NumberStyle {
    /// The unit as written after (or, for yuan in English, before) a number, unscaled:
    /// `吨/日`, `t/day`, `%`, `CNY`, `家`, `days`; empty for count and index.
    public func unitSymbol(_ unit: Unit) -> String {
        switch unit {
        case .count, .index: ""
        case .inline(let symbols): inlineSymbol(symbols)
        default: conventions.text("units.\(unit.builtinID!).symbol")
        }
    }

    /// A unit for an axis title or a table header, in a given scale: `万吨/日`, `亿元`,
    /// `million t/day`, `CNY billion`, `%`, `t/day`. For count and index it is the scale
    /// word alone (`万`, `million`), or empty. Percent is never scaled.
    ///
    ///     chinese.unitLabel(.tonnesPerDay, scale: .wan)   // "万吨/日"
    public func unitLabel(_ unit: Unit, scale: Scale = .units) -> String {
        let symbol = unitSymbol(unit)
        if case .percent = unit { return symbol }
        let word = scaleWord(scale)
        let key = unit.builtinID.map { "units.\($0).label" } ?? ""
        // Trimmed: a pattern's space beside an empty scale or symbol (`{scale} {symbol}`) is not shown.
        return conventions.fill(key, or: "unit.label", ["scale": word, "symbol": symbol]).trimmingSpaces()
    }

    /// The symbol of an inline unit for this language: the language itself, else its base
    /// language (`zh` for `zh-hant`), else English, else the first language in code order.
    func inlineSymbol(_ symbols: [String: String]) -> String {
        let byCode = Dictionary(symbols.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        let code = language
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
        // A scale word may join its unit otherwise than a number does (`2,585 millions de t/jour`).
        if unit != .percent, conventions.has("unit.value_scaled") {
            let (mantissa, word) = figure.scaledParts(style: self)
            if !word.isEmpty { return conventions.fill("unit.value_scaled", ["number": mantissa, "scale": word, "symbol": symbol]) }
        }
        guard let id = unit.builtinID else {
            // Latin symbols (an inline unit falling back to English) may attach otherwise.
            let latin = symbol.first.map { $0.isASCII && $0.isLetter } ?? false
            return conventions.fill(latin ? "unit.value_latin" : "unit.value", ["number": number, "symbol": symbol])
        }
        let key = isSingular(number) && conventions.has("units.\(id).one") ? "units.\(id).one" : "units.\(id).value"
        return conventions.fill(key, or: "unit.value", ["number": number, "symbol": symbol])
    }
}

extension String {
    /// Without spaces at either end.
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
