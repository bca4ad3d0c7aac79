import Foundation
@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// A line across years with no value is drawn dotted, and the figure says what the dots mean,
/// in the page's language; a line without missing years says nothing of the kind.
@Suite struct MissingYearsNoteTests {
    static let en = #"<p class="chart-gap">A dotted line joins two values across years with no data.</p>"#
    static let zh = #"<p class="chart-gap">虚线连接的两个数值之间的年份没有数据。</p>"#

    /// Alpha's good-air days in 2016, 2019 and 2020: three levels (a small-multiples panel on
    /// its page, a series on the indicator's page) with 2017 and 2018 missing.
    static let gapped = SampleSite.text.replacingOccurrences(
        of: "  - { indicator: air.good_days_ratio, year: 2019, value: 89.6 }\n",
        with: "  - { indicator: air.good_days_ratio, year: 2016, value: 85.2 }\n  - { indicator: air.good_days_ratio, year: 2019, value: 89.6 }\n")

    @Test func aLineAcrossMissingYearsIsExplainedUnderItsFigure() async throws {
        #expect(Self.gapped != SampleSite.text)
        let (site, code, err) = try await Fixture.build(Self.gapped)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let city = try site.read("_site/en/cities/alpha/index.html")
        #expect(city.components(separatedBy: Self.en).count - 1 == 1)
        #expect(city.contains("rs-bridge"))
        let zhCity = try site.read("_site/zh/cities/alpha/index.html")
        #expect(zhCity.components(separatedBy: Self.zh).count - 1 == 1)
        let indicator = try site.read("_site/en/indicators/air.good_days_ratio/index.html")
        #expect(indicator.components(separatedBy: Self.en).count - 1 == 1)
    }

    @Test func aLineWithoutMissingYearsHasNoNote() async throws {
        // The same three levels with none missing between them: 2018, 2019, 2020.
        let (site, code, err) = try await Fixture.build(Self.gapped.replacingOccurrences(of: "year: 2016", with: "year: 2018"))
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let city = try site.read("_site/en/cities/alpha/index.html")
        #expect(city.contains("rs-multiples"))
        #expect(!city.contains("chart-gap"))
        #expect(!city.contains("rs-bridge"))
        let indicator = try site.read("_site/en/indicators/air.good_days_ratio/index.html")
        #expect(indicator.contains("chart-line"))
        #expect(!indicator.contains("chart-gap"))
    }
}
