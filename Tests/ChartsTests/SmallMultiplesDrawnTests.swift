import Testing
@testable import Charts

/// A grid drawn in one go (each panel laid out once, for the page and the standalone file) is
/// byte for byte what drawing each panel and the file apart gives.
struct SmallMultiplesDrawnTests {
    @Test func drawingTheGridOnceGivesThePanelsAndFileDrawnApart() {
        for grid in [SmallMultiplesTests.english, SmallMultiplesTests.chinese] {
            let drawn = grid.drawn(id: { "chart-3-\($0 + 1)" }, standaloneID: "chart")
            #expect(drawn.panels == grid.panels.indices.map { grid.panelSVG($0, id: "chart-3-\($0 + 1)") })
            #expect(drawn.standalone == grid.standaloneSVG(id: "chart"))
            #expect(drawn.panels.count == grid.panels.count)
        }
    }
}
