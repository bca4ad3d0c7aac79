import Diagnostics
import Formatting
import Testing
@testable import SiteModel

/// A city holds its observations once, by indicator and sorted; the file order and each
/// field's place are put back together from there.
@Suite struct CityIndexTests {
    static func observation(_ indicator: String, _ year: Int, line: Int, period: Period? = nil) -> Observation {
        Observation(indicator: indicator, year: year, quantity: Quantity(Double(year), exponent: 0), period: period,
                    location: SourceLocation(file: "Content/cities/x/city.yaml", line: line, column: 5))
    }

    static func city(_ observations: [Observation]) -> City {
        City(id: "x", name: LocalizedText(["en": "X"]), province: nil, sources: [], observations: observations, changes: [],
             reports: [], location: SourceLocation(file: "Content/cities/x/city.yaml"))
    }

    @Test func fileOrderSurvivesTheIndex() {
        let written = [
            Self.observation("b", 2020, line: 1), Self.observation("a", 2019, line: 2), Self.observation("b", 2018, line: 3),
            Self.observation("a", 2020, line: 4, period: Period(first: 2016, last: 2020, aggregate: .total)),
            Self.observation("a", 2020, line: 5), Self.observation("b", 2019, line: 6),
        ]
        var city = Self.city(written)
        #expect(city.observations.map(\.location.line) == [1, 2, 3, 4, 5, 6])
        #expect(city.observations(of: "a").map(\.location.line) == [2, 5, 4])
        #expect(city.yearLevels(of: "a").map(\.year) == [2019, 2020])
        #expect(city.periodValues(of: "a").map(\.location.line) == [4])
        #expect(city.observations(of: "b").map(\.year) == [2018, 2019, 2020])
        #expect(city.yearLevels(of: "b").map(\.location.line) == [3, 6, 1])
        #expect(city.indicatorIDs == ["a", "b"])
        #expect(city.hasData("a") && !city.hasData("c"))

        // Setting the list re-indexes the city.
        city.observations += [Self.observation("c", 2021, line: 7), Self.observation("a", 2018, line: 8)]
        #expect(city.observations.map(\.location.line) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(city.observations(of: "a").map(\.location.line) == [8, 2, 5, 4])
        #expect(city.indicatorIDs == ["a", "b", "c"])
    }

    @Test func equalYearsKeepFileOrder() {
        let city = Self.city((1...6).map { Self.observation("a", 2020, line: $0) })
        #expect(city.observations(of: "a").map(\.location.line) == [1, 2, 3, 4, 5, 6])
    }

    @Test func fieldLocationsRoundTrip() {
        let file = "Content/cities/x/observations.csv"
        let written = [
            "indicator": SourceLocation(file: file, line: 12, column: 1),
            "value": SourceLocation(file: file, line: 12, column: 40),
            "source": SourceLocation(file: file, line: 13, column: 1_000),
            "year": SourceLocation(file: file, line: 12 + 127, column: (1 << 20) - 1),
            // Too far from the entry's line, or too far right: not kept.
            "to": SourceLocation(file: file, line: 12 + 128, column: 1),
            "from": SourceLocation(file: file, line: 12, column: 1 << 20),
            // Not a field any diagnostic points at.
            "note": SourceLocation(file: file, line: 12, column: 7),
        ]
        let locations = FieldLocations(written, line: 12)
        for name in ["indicator", "value", "source", "year"] {
            #expect(locations.location(of: name, in: file, line: 12) == written[name], "\(name)")
        }
        for name in ["to", "from", "note", "relative", "points"] {
            #expect(locations.location(of: name, in: file, line: 12) == nil, "\(name)")
        }
        let change = FieldLocations(["indicator": SourceLocation(file: file, line: 3, column: 5), "from": SourceLocation(file: file, line: 4, column: 5),
                                     "to": SourceLocation(file: file, line: 5, column: 5), "source": SourceLocation(file: file, line: 6, column: 5),
                                     "points": SourceLocation(file: file, line: 7, column: 5)], line: 3)
        #expect(change.location(of: "points", in: file, line: 3) == SourceLocation(file: file, line: 7, column: 5))
        #expect(change.location(of: "to", in: file, line: 3) == SourceLocation(file: file, line: 5, column: 5))
        #expect(FieldLocations().location(of: "value", in: file, line: 1) == nil)
    }
}
