/// Writes one city's reports. Shared helpers here; the two flavors' shapes in their own files.
struct NarrativeWriter {
    let flavor: FlavorSpec
    let cities: [CityData]
    let city: Int

    var me: CityData { cities[city] }
    var neighbors: [CityData] { me.neighbors.map { cities[$0] } }

    func name(_ spec: IndicatorSpec, _ language: String) -> String { language == "zh" ? spec.zh : spec.en }

    /// The name inside an English sentence: "share of days…", but "PM2.5…" stays.
    func lowerName(_ spec: IndicatorSpec, _ language: String) -> String {
        let text = name(spec, language)
        guard language == "en", let first = text.first, let second = text.dropFirst().first, !second.isUppercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    func cityName(_ city: CityData, _ language: String) -> String { language == "zh" ? city.name.zh : city.name.en }

    func category(_ id: String, _ language: String) -> String {
        let names = flavor.categoryNames[id] ?? (id, id)
        return language == "zh" ? names.zh : names.en
    }

    /// Figure references.
    func at(_ id: String, _ year: Int, city other: CityData? = nil) -> String {
        "[[\(other.map { "\($0.id):" } ?? "")\(id)@\(year)]]"
    }
    func span(_ id: String, _ from: Int, _ to: Int, _ form: String? = nil) -> String {
        "[[\(id)@\(from)..\(to)\(form.map { " \($0)" } ?? "")]]"
    }
    func latest(_ id: String) -> String { "[[\(id)]]" }

    /// A chart block; `quoted` writes the title as a quoted YAML string.
    func chart(_ type: String, indicators: [String], cities: [CityData]? = nil, years: String? = nil, title: String? = nil,
               quoted: Bool = false) -> String {
        var lines = ["```chart", "type: \(type)"]
        lines.append(indicators.count == 1 ? "indicator: \(indicators[0])" : "indicators: [\(indicators.joined(separator: ", "))]")
        if let cities { lines.append("cities: [\(cities.map(\.id).joined(separator: ", "))]") }
        if let years { lines.append("years: \(years)") }
        if let title { lines.append("title: \(quoted || title.contains(": ") ? YAML.quote(title) : title)") }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    func frontMatter(title: String, date: String, period: String?, summary: String) -> String {
        var lines = ["---", "title: \(YAML.quote(title))", "date: \(date)"]
        if let period { lines.append("period: \(period)") }
        lines.append("summary: \(YAML.quote(summary))")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n"
    }

    func path(_ report: String, _ language: String) -> String { "cities/\(me.id)/\(report).\(language).md" }

    /// A paragraph about one indicator between two years, in one of several shapes.
    func indicatorParagraph(_ spec: IndicatorSpec, from y0: Int, to y1: Int, _ language: String,
                            _ random: inout SeededRandom) -> String {
        let zh = language == "zh"
        let n = lowerName(spec, language), id = spec.id
        let neighbor = neighbors.isEmpty ? nil : random.pick(neighbors)
        var lead: String
        switch random.int(below: neighbor == nil ? 4 : 5) {
        case 0:
            lead = zh ? "\(y1)年，\(n)为\(at(id, y1))，\(y0)年为\(at(id, y0))，\(y0)—\(y1)年间\(span(id, y0, y1))。"
                : "\(name(spec, language)) stood at \(at(id, y1)) in \(y1), against \(at(id, y0)) in \(y0): \(span(id, y0, y1)) over the period."
        case 1:
            lead = zh ? "\(y0)年至\(y1)年，\(n)由\(at(id, y0))变为\(at(id, y1))（\(span(id, y0, y1, "signed"))）。"
                : "Between \(y0) and \(y1), \(n) went from \(at(id, y0)) to \(at(id, y1)) (\(span(id, y0, y1, "signed")))."
        case 2:
            lead = zh ? "截至\(y1)年，\(n)达到\(at(id, y1))；最新数据为\(latest(id))。"
                : "By \(y1), \(n) had reached \(at(id, y1)); the latest figure is \(latest(id))."
        case 3:
            lead = zh ? "\(n)在\(y0)—\(y1)年间的变动幅度为\(span(id, y0, y1, "size"))，\(y1)年为\(at(id, y1))。"
                : "\(name(spec, language)) moved by \(span(id, y0, y1, "size")) between \(y0) and \(y1), to \(at(id, y1))."
        default:
            let other = neighbor!
            lead = zh ? "\(y1)年本市\(n)为\(at(id, y1))，相邻的\(cityName(other, language))为\(at(id, y1, city: other))。"
                : "In \(y1) the city recorded \(at(id, y1)) for \(n); neighbouring \(cityName(other, language)) recorded \(at(id, y1, city: other))."
        }
        return lead + (zh ? "" : " ") + Phrases.sentences(random.int(in: 2...3), language, &random)
    }
}
