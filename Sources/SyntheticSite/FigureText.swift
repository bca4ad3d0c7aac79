import Foundation

/// Figure references in generated Markdown: found (to count them), and written out as plain
/// text for the Hugo copy, which has no figure references.
struct FigureText {
    let plan: SitePlan

    /// The references in a text, skipping those inside code spans (`` `[[…]]` ``).
    static func references(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var search = text.startIndex..<text.endIndex
        while let open = text.range(of: "[[", range: search), let close = text.range(of: "]]", range: open.upperBound..<text.endIndex) {
            if open.lowerBound == text.startIndex || text[text.index(before: open.lowerBound)] != "`" {
                ranges.append(open.lowerBound..<close.upperBound)
            }
            search = close.upperBound..<text.endIndex
        }
        return ranges
    }

    /// The text with every reference replaced by its value (a plain rendering: Hugo's copy only
    /// needs text of about the same length).
    func replacing(in text: String, city: Int?, language: String) -> String {
        var out = ""
        var last = text.startIndex
        for range in Self.references(in: text) {
            out += text[last..<range.lowerBound]
            out += value(String(text[range].dropFirst(2).dropLast(2)), city: city, language: language)
            last = range.upperBound
        }
        out += text[last...]
        return out
    }

    private func value(_ reference: String, city: Int?, language: String) -> String {
        var body = reference, form = ""
        if let space = body.firstIndex(of: " ") {
            form = String(body[body.index(after: space)...])
            body = String(body[..<space])
        }
        var cityData = city.map { plan.cities[$0] }
        if let colon = body.firstIndex(of: ":") {
            let id = String(body[..<colon])
            cityData = plan.cities.first { $0.id == id }
            body = String(body[body.index(after: colon)...])
        }
        let parts = body.split(separator: "@", maxSplits: 1).map(String.init)
        guard let cityData, let series = cityData.levels[parts[0]], let spec = plan.flavor.indicators.first(where: { $0.id == parts[0] })
        else { return reference }
        let unit = spec.unit.symbol(language)
        guard parts.count == 2 else { return series.last!.text + unit }
        let years = parts[1].components(separatedBy: "..").compactMap { Int($0) }
        if years.count == 1 { return (cityData.level(parts[0], years[0])?.text ?? "?") + unit }
        guard years.count == 2, let a = cityData.level(parts[0], years[0]), let b = cityData.level(parts[0], years[1]) else { return reference }
        let change = spec.isPercent ? b.value - a.value : (b.value - a.value) / abs(a.value) * 100
        let size = String(format: "%.1f", abs(change)) + (spec.isPercent ? (language == "zh" ? "个百分点" : " pp") : "%")
        switch form {
        case "size": return size
        case "signed": return (change < 0 ? "−" : "+") + size
        default:
            if language == "zh" { return (change < 0 ? "下降" : "上升") + size }
            return (change < 0 ? "down " : "up ") + size
        }
    }
}
