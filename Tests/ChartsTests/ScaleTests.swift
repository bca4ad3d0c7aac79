import Testing
@testable import Charts

struct ScaleTests {
    /// d3-scale test/linear-test.js: linear.nice(count).
    static let linearNiceCases: [(Double, Double, Double, Double, Double)] = [
        (0.0, 0.96, 10.0, 0.0, 1.0), (0, 96, 10, 0, 100), (0.96, 0, 10, 1, 0), (96, 0, 10, 100, 0),
        (0, -0.96, 10, 0, -1), (0, -96, 10, 0, -100), (-0.96, 0, 10, -1, 0), (-96, 0, 10, -100, 0),
        (-0.1, 51.1, 8, -10, 60),
        (1.1, 10.9, 10, 1, 11), (10.9, 1.1, 10, 11, 1), (0.7, 11.001, 10, 0, 12), (123.1, 6.7, 10, 130, 0),
        (0, 0.49, 10, 0, 0.5), (0, 14.1, 5, 0, 20), (0, 15, 5, 0, 20),
        (0, 0, 10, 0, 0), (0.5, 0.5, 10, 0.5, 0.5),
        (12, 87, 5, 0, 100), (12, 87, 10, 10, 90), (12, 87, 100, 12, 87),
    ]

    @Test(arguments: linearNiceCases)
    func linearNice(d0: Double, d1: Double, count: Double, e0: Double, e1: Double) {
        let scale = LinearScale(domain: (d0, d1)).niced(count: count)
        #expect(scale.domain.0 == e0 && scale.domain.1 == e1)
    }

    @Test func linearMapsAndSurvivesCollapsedDomain() {
        let scale = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(scale(0) == 100 && scale(5) == 50 && scale(10) == 0)
        #expect(LinearScale(domain: (3, 3), range: (0, 10))(3) == 5)
    }

    @Test func bandScale() {
        let band = BandScale(count: 4, range: (0, 100), paddingInner: 0, paddingOuter: 0)
        #expect(band.step == 25 && band.bandwidth == 25 && band.start(2) == 50)
        let padded = BandScale(count: 2, range: (0, 100), paddingInner: 0.5, paddingOuter: 0.25)
        // step = 100 / (2 - 0.5 + 0.5) = 50; first band starts a quarter step in.
        #expect(padded.step == 50 && padded.bandwidth == 25 && padded.start(0) == 12.5 && padded.center(1) == 75)
    }

    @Test func valueDomainNeverCollapses() {
        #expect(ValueAxis.domain(for: [5, 5, 5], includeZero: false) == (0, 5))
        #expect(ValueAxis.domain(for: [-2, -2], includeZero: true) == (-2, 0))
        #expect(ValueAxis.domain(for: [0, 0], includeZero: true) == (0, 1))
        #expect(ValueAxis.domain(for: [], includeZero: true) == (0, 1))
        #expect(ValueAxis.domain(for: [80, 90], includeZero: false) == (80, 90))
        #expect(ValueAxis.domain(for: [10, 90], includeZero: false) == (0, 90))
        #expect(ValueAxis.domain(for: [80, 90], includeZero: true) == (0, 90))
    }

    @Test func yearTicksAreWholeAndThinned() {
        let narrow = LinearScale(domain: (2000, 2023), range: (0, 300))
        let years = YearAxis.tickYears(scale: narrow, dataYears: Array(2000...2023), labelWidth: 40)
        #expect(years == [2000, 2005, 2010, 2015, 2020])
        let wide = LinearScale(domain: (2015, 2020), range: (0, 600))
        #expect(YearAxis.tickYears(scale: wide, dataYears: Array(2015...2020), labelWidth: 40) == Array(2015...2020))
        #expect(YearAxis.tickYears(scale: wide, dataYears: [2020], labelWidth: 40) == [2020])
    }

    @Test func yearSteps() {
        #expect(YearSteps.step([2010, 2015, 2020]) == 5)
        #expect(YearSteps.filled([2015, 2016, 2018]) == [2015, 2016, 2017, 2018])
        #expect(YearSteps.filled([2020]) == [2020])
    }
}
