import Formatting
import Foundation
import SiteModel

/// The data behind every chart: `/data/<city>.csv` and `.json`, and `/data/observations.csv`
/// for all cities. CSV files start with a UTF-8 BOM so spreadsheet programs read Chinese text.
struct DataFiles {
    let site: Site

    private var codes: [String] { site.config.languageCodes }

    /// `/data/<city>.csv` and `/data/<city>.json`.
    func render(city: City) -> [OutputFile] {
        [OutputFile(path: "data/\(city.id).csv", data: csv(cities: [city], withCity: false)),
         OutputFile(path: "data/\(city.id).json", data: json(city))]
    }

    /// `/data/observations.csv`: every city's levels.
    func renderAll() -> OutputFile {
        OutputFile(path: "data/observations.csv", data: csv(cities: site.cities, withCity: true))
    }

    private func csv(cities: [City], withCity: Bool) -> Data {
        var header = withCity ? ["city"] : []
        header += ["indicator"] + codes.map { "indicator_\($0)" } + ["year", "value", "bound", "period", "aggregate", "unit"] + codes.map { "unit_\($0)" } + ["source", "derived"]
        header += codes.map { "note_\($0)" } + codes.map { "derived_\($0)" }
        var rows: [[String]] = [header]
        for city in cities {
            for observation in city.observations.sorted(by: Self.dataOrder) {
                guard let indicator = site.indicator(observation.indicator) else { continue }
                var row = withCity ? [city.id] : []
                row += [indicator.id] + codes.map { indicator.name.resolved($0) }
                row += [String(observation.year), FigureFormatter.plain(observation.quantity), observation.bound?.rawValue ?? "",
                        observation.period.map { "\($0.first)..\($0.last)" } ?? "", observation.period?.aggregate.rawValue ?? "",
                        indicator.unit.builtinID ?? "inline"]
                row += codes.map { unitSymbol(indicator.unit, $0) }
                row += [observation.source ?? city.source(nil)?.id ?? "", observation.isDerived ? "yes" : "no"]
                row += codes.map { observation.note?[$0] ?? "" } + codes.map { observation.derived?[$0] ?? "" }
                rows.append(row)
            }
        }
        return CSVRows.data(rows)
    }

    private func json(_ city: City) -> Data {
        let object: [String: Any] = [
            "city": city.id,
            "name": city.name.values,
            "sources": city.sources.map { source -> [String: Any] in
                var entry: [String: Any] = ["id": source.id, "title": source.title.values]
                if let publisher = source.publisher { entry["publisher"] = publisher.values }
                if let document = source.document { entry["document"] = document }
                if let url = source.url { entry["url"] = url }
                if let date = source.date { entry["date"] = date }
                if let note = source.note { entry["note"] = note.values }
                return entry
            },
            "observations": city.observations.sorted(by: Self.dataOrder).map { o -> [String: Any] in
                var entry: [String: Any] = ["indicator": o.indicator, "year": o.year, "value": Decimal(string: FigureFormatter.plain(o.quantity)) ?? 0,
                                            "source": o.source ?? city.source(nil)?.id ?? ""]
                if let derived = o.derived { entry["derived"] = derived.values }
                if let bound = o.bound { entry["bound"] = bound.rawValue }
                if let period = o.period {
                    entry["period"] = ["first": period.first, "last": period.last]
                    entry["aggregate"] = period.aggregate.rawValue
                }
                if let note = o.note { entry["note"] = note.values }
                return entry
            },
            "changes": city.changes.sorted(by: { ($0.indicator, $0.from, $0.to) < ($1.indicator, $1.from, $1.to) }).map { c -> [String: Any] in
                var entry: [String: Any] = ["indicator": c.indicator, "from": c.from, "to": c.to, "kind": c.kind.rawValue,
                                            "value": Decimal(string: FigureFormatter.plain(c.quantity)) ?? 0,
                                            "source": c.source ?? city.source(nil)?.id ?? ""]
                if let note = c.note { entry["note"] = note.values }
                if let bound = c.bound { entry["bound"] = bound.rawValue }
                return entry
            },
            "indicators": site.indicators.filter { city.indicatorIDs.contains($0.id) }.map { i -> [String: Any] in
                ["id": i.id, "name": i.name.values, "unit": i.unit.builtinID ?? "inline",
                 "unitSymbols": Dictionary(uniqueKeysWithValues: codes.map { ($0, unitSymbol(i.unit, $0)) }),
                 "better": i.better.rawValue, "category": i.category]
            },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return data + Data("\n".utf8)
    }
}

extension DataFiles {
    /// Rows by indicator and year; in a year, the single-year value before values over
    /// periods ending then (shorter first), so the order never depends on the sort's stability.
    static func dataOrder(_ a: Observation, _ b: Observation) -> Bool {
        let length = { (o: Observation) in o.period.map { $0.last - $0.first + 1 } ?? 0 }
        return (a.indicator, a.year, length(a)) < (b.indicator, b.year, length(b))
    }

    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` (which JSON has only inside
    /// strings) written as `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or
    /// change the element, whatever the author wrote; the JSON value is the same.
    static func scriptSafe(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result.append(contentsOf: "\\u003c".unicodeScalars)
            case ">": result.append(contentsOf: "\\u003e".unicodeScalars)
            case "&": result.append(contentsOf: "\\u0026".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// How the unit is written in one language (`吨/日`, `t/day`, `家`); empty for bare numbers.
    func unitSymbol(_ unit: Formatting.Unit, _ code: String) -> String {
        guard let language = site.config.languages.first(where: { $0.code == code }) else { return "" }
        return NumberStyle(language: language.code, locale: language.locale).unitSymbol(unit)
    }
}
