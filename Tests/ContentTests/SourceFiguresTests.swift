import Foundation
import Formatting
import SiteModel
import Testing

/// The figures transcribed by hand from the two source documents (figures.tsv), each of
/// which the site's data must hold exactly: a level in its year, or a reported change, with
/// the bound the source gave it (达…以上 → atLeast, 超过 → moreThan, 约 → about) and, for a
/// total or average over several years, its period (`2016..2020 total`).
struct SourceFigure: CustomTestStringConvertible, Sendable {
    let city: String
    let indicator: String
    let kind: String
    let from: Int?
    let to: Int
    let value: String
    /// `atLeast`, `moreThan`, `about`…; empty for an exact figure.
    let bound: String
    /// `2016..2020 total` or `2016..2020 average`; empty for a single year.
    let period: String

    var testDescription: String {
        "\(city) \(indicator) \(kind) \(from.map { "\($0)–" } ?? "")\(to) = \(value)"
            + (bound.isEmpty ? "" : " (\(bound))") + (period.isEmpty ? "" : " [\(period)]")
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all: [SourceFigure] = {
        let url = repository.appendingPathComponent("Tests/ContentTests/figures.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 8, let to = Int(cells[4]) else { return nil }
            return SourceFigure(city: cells[0], indicator: cells[1], kind: cells[2], from: Int(cells[3]), to: to, value: cells[5],
                                bound: cells[6], period: cells[7])
        }
    }()
}

@Suite struct SourceFiguresTests {
    static let site: Site? = SiteLoader(root: SourceFigure.repository).load().site

    @Test func theTableIsComplete() {
        #expect(SourceFigure.all.count >= 140)
    }

    @Test func theSiteLoadsWithoutErrors() throws {
        let (site, diagnostics) = SiteLoader(root: SourceFigure.repository).load()
        let loaded = try #require(site)
        let problems = diagnostics + SiteValidator(site: loaded).validate()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: SourceFigure.all)
    func theDataHoldsTheFigure(_ figure: SourceFigure) throws {
        let site = try #require(Self.site)
        let city = try #require(site.city(figure.city), "no city \(figure.city)")
        let expected = try Quantity.parse(figure.value)
        if figure.kind == "level" {
            // A value over a period is given under its last year.
            let observation = try #require(city.value(figure.indicator, year: figure.to), "no value of \(figure.indicator) in \(figure.to)")
            #expect(observation.quantity == expected)
            #expect(!observation.isDerived, "a figure read from the source must not be marked derived")
            #expect((observation.bound?.rawValue ?? "") == figure.bound, "the source's qualifier is lost or wrong")
            let period = observation.period.map { "\($0.first)..\($0.last) \($0.aggregate.rawValue)" } ?? ""
            #expect(period == figure.period, "the period of a total or average is lost or wrong")
        } else {
            let kind = try #require(ChangeKind(rawValue: figure.kind))
            let change = try #require(city.changes.first { $0.indicator == figure.indicator && $0.from == figure.from && $0.to == figure.to },
                                      "no reported change of \(figure.indicator) \(figure.from ?? 0)–\(figure.to)")
            #expect(change.kind == kind)
            #expect(change.quantity == expected)
            #expect((change.bound?.rawValue ?? "") == figure.bound, "the source's qualifier is lost or wrong")
        }
    }
}
