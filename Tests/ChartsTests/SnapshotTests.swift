import Foundation
import Testing
@testable import Charts

/// Each chart type in each language against a stored `.svg`. A mismatch writes
/// `NAME-changed.svg` beside the stored file; `RECORD_SNAPSHOTS=1` re-records.
struct SnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    static let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    static var cases: [String] { Fixtures.all.map(\.name) }

    @Test(arguments: cases)
    func standalone(name: String) throws {
        let chart = Fixtures.all.first { $0.name == name }!.chart
        try assertSnapshot(ChartRenderer.svg(chart, id: name, form: .standalone), named: name)
    }

    /// The page form: both layouts (compact and wide) of each chart type.
    @Test(arguments: cases)
    func page(name: String) throws {
        let chart = Fixtures.all.first { $0.name == name }!.chart
        try assertSnapshot(ChartRenderer.responsiveSVG(chart, id: name), named: name + "-page")
    }

    func assertSnapshot(_ svg: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = Self.folder.appendingPathComponent(name + ".svg")
        let changed = Self.folder.appendingPathComponent(name + "-changed.svg")
        let data = Data(svg.utf8)
        if Self.record || !FileManager.default.fileExists(atPath: stored.path) {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try data.write(to: stored)
            try? FileManager.default.removeItem(at: changed)
            if !Self.record {
                Issue.record("Recorded missing snapshot \(name).svg; run again", sourceLocation: sourceLocation)
            }
            return
        }
        if try Data(contentsOf: stored) == data {
            try? FileManager.default.removeItem(at: changed)
        } else {
            try data.write(to: changed)
            Issue.record("\(name).svg differs; see \(changed.lastPathComponent) (RECORD_SNAPSHOTS=1 to accept)",
                         sourceLocation: sourceLocation)
        }
    }
}

/// The table-row sparkline: fixed size, no text, nothing below three levels.
@Test func sparklineIsFixedSizeWithoutText() throws {
    let svg = Sparkline.svg(Fixtures.zhPoints(Fixtures.sewage), label: "2015–2020年：258.5万 → 373万吨/日")
    try SnapshotTests().assertSnapshot(svg, named: "sparkline")
    #expect(svg.contains("width=\"96\" height=\"24\""))
    #expect(!svg.contains("<text"))
    #expect(svg.contains("rs-hollow"))
    #expect(Sparkline.svg(Array(Fixtures.zhPoints(Fixtures.sewage).prefix(2)), label: "x") == "")
}
