import Formatting
import Foundation
import SiteModel
import Theme

/// The data behind every chart: `/data/<city>.csv` and `.json`, `/data/observations.csv`
/// for all cities, and each chart's own rows. CSV files start with a UTF-8 BOM so spreadsheet
/// programs read Chinese text.
///
/// Every CSV has one layout: a level's columns first, as they always were, then `record`
/// (`observation` or `change`) and a reported change's `from`, `to` and `change_kind`, so
/// a reader that knew only the level columns reads the same fields where it always did.
package struct DataFiles {
    package let site: Site
    /// Each language's conventions, for its unit names.
    package let conventions: [String: LanguageConventions]

    private var codes: [String] { site.config.languageCodes }

    /// One row of a download: a level, or a change the source reports.
    package enum Record {
        case observation(Observation)
        case change(Change)
    }

    /// `/data/<city>.csv` and `/data/<city>.json`.
    package func render(city: City) -> [OutputFile] {
        [OutputFile(path: "data/\(city.id).csv", data: csv(cities: [city], withCity: false)),
         OutputFile(path: "data/\(city.id).json", data: json(city))]
    }

    /// `/data/observations.csv`: every city's levels and reported changes (the city files with
    /// `city` first), made a city at a time as it is written and handed on in pieces of about
    /// `pieceSize` bytes.
    package func renderAll(pieceSize: Int = 1 << 20) -> OutputFile {
        let files = self
        return OutputFile(path: "data/observations.csv", streaming: { emit in
            var rows = CSVRows()
            files.appendHeader(withCity: true, to: &rows)
            for city in files.site.cities {
                files.append(city, withCity: true, to: &rows)
                // A megabyte at a time by default: the file is 42 MB at 1,000 cities.
                if rows.data.count >= pieceSize { try emit(rows.take()) }
            }
            try emit(rows.take())
        })
    }

    /// A chart's own download: exactly the records it draws, in its order, with `city` first
    /// (a chart may compare cities).
    package func csv(_ records: [(city: City, record: Record)]) -> Data {
        var rows = CSVRows(capacity: records.count + 1)
        appendHeader(withCity: true, to: &rows)
        for (city, record) in records { append(record, of: city, withCity: true, to: &rows) }
        return rows.data
    }

    private func csv(cities: [City], withCity: Bool) -> Data {
        var rows = CSVRows(capacity: cities.reduce(1) { $0 + $1.observations.count + $1.changes.count })
        appendHeader(withCity: withCity, to: &rows)
        for city in cities { append(city, withCity: withCity, to: &rows) }
        return rows.data
    }

    private func appendHeader(withCity: Bool, to rows: inout CSVRows) {
        var header = withCity ? ["city"] : []
        header += ["indicator"] + codes.map { "indicator_\($0)" } + ["year", "value", "bound", "period", "aggregate", "unit"] + codes.map { "unit_\($0)" } + ["source", "derived"]
        header += codes.map { "note_\($0)" } + codes.map { "derived_\($0)" }
        // The evidence: the source's words, where they stand, and where a reader finds the source.
        header += ["quote", "locator", "source_url"]
        // Added after every earlier column, so readers of the levels alone are not thrown.
        header += ["record", "from", "to", "change_kind"]
        rows.append(header)
    }

    /// A city's levels (by indicator and year), then its reported changes (by indicator and period).
    private func append(_ city: City, withCity: Bool, to rows: inout CSVRows) {
        for observation in city.observations.sorted(by: Self.dataOrder) {
            append(.observation(observation), of: city, withCity: withCity, to: &rows)
        }
        for change in city.changes.sorted(by: Self.changeOrder) {
            append(.change(change), of: city, withCity: withCity, to: &rows)
        }
    }

    private func append(_ record: Record, of city: City, withCity: Bool, to rows: inout CSVRows) {
        switch record {
        case .observation(let observation):
            guard let indicator = site.indicator(observation.indicator) else { return }
            var row = withCity ? [city.id] : []
            row += [indicator.id] + codes.map { indicator.name.resolved($0) }
            row += [String(observation.year), FigureFormatter.plain(observation.quantity), observation.bound?.rawValue ?? "",
                    observation.period.map { "\($0.first)..\($0.last)" } ?? (observation.periodUnstated ? "unstated" : ""),
                    observation.period?.aggregate.rawValue ?? "",
                    indicator.unit.builtinID ?? "inline"]
            row += codes.map { unitSymbol(indicator.unit, $0) }
            row += [observation.source ?? city.source(nil)?.id ?? "", observation.isDerived ? "yes" : "no"]
            row += codes.map { observation.note?[$0] ?? "" } + codes.map { observation.derived?[$0] ?? "" }
            row += [observation.evidence?.quote ?? "", observation.evidence?.locator ?? "", city.source(observation.source)?.url ?? ""]
            row += ["observation", "", "", ""]
            rows.append(row)
        case .change(let change):
            guard let indicator = site.indicator(change.indicator) else { return }
            var row = withCity ? [city.id] : []
            row += [indicator.id] + codes.map { indicator.name.resolved($0) }
            // No year: a change belongs to its period (`from`, `to`), and a table of levels by
            // year must not take it for one. Its unit is what the value counts: percent, points
            // or the indicator's own.
            let unit: (id: String, symbol: (String) -> String) = switch change.kind {
            case .relative: ("percent", { unitSymbol(.percent, $0) })
            case .points: ("percentage_points", { _ in "" })
            case .absolute: (indicator.unit.builtinID ?? "inline", { unitSymbol(indicator.unit, $0) })
            case .ratio: ("times", { _ in "" })   // a multiple of the level in `from` (6.5倍)
            }
            row += ["", FigureFormatter.plain(change.quantity), change.bound?.rawValue ?? "", "", "", unit.id]
            row += codes.map(unit.symbol)
            row += [change.source ?? city.source(nil)?.id ?? "", "no"]
            row += codes.map { change.note?[$0] ?? "" } + codes.map { _ in "" }
            row += [change.evidence?.quote ?? "", change.evidence?.locator ?? "", city.source(change.source)?.url ?? ""]
            row += ["change", String(change.from), String(change.to), change.kind.rawValue]
            rows.append(row)
        }
    }

    private func json(_ city: City) -> Data {
        let defaultSource = city.source(nil)?.id ?? ""
        let file = CityJSON(
            city: city.id,
            name: city.name.values,
            sources: city.sources.map {
                // No `document`: an internal file name is never shown to readers.
                SourceJSON(id: $0.id, title: $0.title.values, publisher: $0.publisher?.values, credit: $0.credit?.values,
                           url: $0.url, archive: $0.archive, date: $0.date, dateBasis: $0.dateBasis?.rawValue, lang: $0.lang,
                           note: $0.note?.values)
            },
            observations: city.observations.sorted(by: Self.dataOrder).map { o in
                ObservationJSON(indicator: o.indicator, year: o.year, value: Decimal(string: FigureFormatter.plain(o.quantity)) ?? 0,
                                source: o.source ?? defaultSource, derived: o.derived?.values, bound: o.bound?.rawValue,
                                period: o.period.map { PeriodJSON(first: $0.first, last: $0.last) },
                                aggregate: o.period?.aggregate.rawValue, periodStated: o.periodUnstated ? false : nil, note: o.note?.values,
                                quote: o.evidence?.quote, locator: o.evidence?.locator)
            },
            changes: city.changes.sorted(by: Self.changeOrder).map { c in
                ChangeJSON(indicator: c.indicator, from: c.from, to: c.to, kind: c.kind.rawValue,
                           value: Decimal(string: FigureFormatter.plain(c.quantity)) ?? 0, source: c.source ?? defaultSource,
                           note: c.note?.values, bound: c.bound?.rawValue, quote: c.evidence?.quote, locator: c.evidence?.locator)
            },
            indicators: site.indicators.filter { city.indicatorIDs.contains($0.id) }.map { i in
                IndicatorJSON(id: i.id, name: i.name.values, unit: i.unit.builtinID ?? "inline",
                              unitSymbols: Dictionary(uniqueKeysWithValues: codes.map { ($0, unitSymbol(i.unit, $0)) }),
                              better: i.better.rawValue, category: i.category)
            })
        // A typed encoder: JSONSerialization over [String: Any] was a tenth of a large build.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(file)) ?? Data()) + Data("\n".utf8)
    }
}

/// `/data/<city>.json`, field for field; absent optionals are left out.
private struct CityJSON: Encodable {
    package let city: String
    package let name: [String: String]
    package let sources: [SourceJSON]
    package let observations: [ObservationJSON]
    package let changes: [ChangeJSON]
    package let indicators: [IndicatorJSON]
}

private struct SourceJSON: Encodable {
    package let id: String
    package let title: [String: String]
    package let publisher: [String: String]?
    package let credit: [String: String]?
    package let url: String?
    package let archive: String?
    package let date: String?
    package let dateBasis: String?
    package let lang: String?
    package let note: [String: String]?
}

private struct PeriodJSON: Encodable {
    package let first: Int
    package let last: Int
}

private struct ObservationJSON: Encodable {
    package let indicator: String
    package let year: Int
    package let value: Decimal
    package let source: String
    package let derived: [String: String]?
    package let bound: String?
    package let period: PeriodJSON?
    package let aggregate: String?
    /// false when the source gives the figure without its years (`period: unstated`).
    package let periodStated: Bool?
    package let note: [String: String]?
    package let quote: String?
    package let locator: String?
}

private struct ChangeJSON: Encodable {
    package let indicator: String
    package let from: Int
    package let to: Int
    package let kind: String
    package let value: Decimal
    package let source: String
    package let note: [String: String]?
    package let bound: String?
    package let quote: String?
    package let locator: String?
}

private struct IndicatorJSON: Encodable {
    package let id: String
    package let name: [String: String]
    package let unit: String
    package let unitSymbols: [String: String]
    package let better: String
    package let category: String
}

extension DataFiles {
    /// Rows by indicator and year; in a year, the single-year value before values over
    /// periods ending then (shorter first), so the order never depends on the sort's stability.
    package static func dataOrder(_ a: Observation, _ b: Observation) -> Bool {
        let length = { (o: Observation) in o.period.map { $0.last - $0.first + 1 } ?? 0 }
        return (a.indicator, a.year, length(a)) < (b.indicator, b.year, length(b))
    }

    /// Changes by indicator, then period.
    package static func changeOrder(_ a: Change, _ b: Change) -> Bool {
        (a.indicator, a.from, a.to) < (b.indicator, b.from, b.to)
    }

    /// JSON made safe inside a `<script>` element: `<`, `>` and `&` (which JSON has only inside
    /// strings) written as `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or
    /// change the element, whatever the author wrote; the JSON value is the same.
    package static func scriptSafe(_ json: String) -> String {
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
    package func unitSymbol(_ unit: Formatting.Unit, _ code: String) -> String {
        guard let conventions = conventions[code] else { return "" }
        return NumberStyle(conventions: conventions).unitSymbol(unit)
    }
}
