import Foundation
@testable import Pages
@testable import SiteBuilder
import SiteModel
import Testing
@testable import Theme

/// A bounded page first draws a chart only as far as its SVGs (enough to rule it out); the
/// cache keeps that partial figure, a page that shows the chart gets it drawn in full in its
/// place, and the standalone file is handed out once whichever came first.
@Suite struct PartialFigureTests {
    private let page = PageState(route: .landing, language: Language(code: "en", locale: "en", name: "English"))
    private let file = OutputFile(path: "en/charts/line-a-1.svg", text: "<svg/>")
    private let rows = OutputFile(path: "en/charts/line-a-1.csv", text: "city\r\n")

    private func partial() -> DrawnFigure { DrawnFigure(key: "k", inlineBytes: 900, standalone: file, rows: rows, page: page) }
    private func full() -> DrawnFigure { DrawnFigure(key: "k", html: "<figure>\(DrawnFigure.idMark)</figure>", standalone: file, rows: rows, page: page) }

    @Test(arguments: [nil, 1 << 20] as [Int?])
    func aPartialFigureIsReplacedByTheFullOneAndHandedOutOnce(limit: Int?) {
        let cache = FigureCache(limit: limit)
        let first = cache.figure("k", partialWillDo: true) { partial() }
        #expect(!first.figure.isComplete && first.isNew && first.figure.byteCount == 900)
        // Enough for a page that only needs to rule the figure out: nothing is drawn.
        let again = cache.figure("k", partialWillDo: true) { Issue.record("drawn again"); return partial() }
        #expect(!again.figure.isComplete && !again.isNew)
        // A page that shows it gets it in full, without its file a second time.
        let shown = cache.figure("k") { full() }
        #expect(shown.figure.isComplete && !shown.isNew)
        #expect(shown.figure.html(id: "chart-1", root: "../") == "<figure>chart-1</figure>")
        // The full figure is kept in its place, for both kinds of caller.
        let kept = cache.figure("k", partialWillDo: true) { Issue.record("drawn again"); return partial() }
        #expect(kept.figure.isComplete && !kept.isNew)
        #expect(cache.figure("k") { Issue.record("drawn again"); return full() }.figure.isComplete)
        #expect(cache.standaloneFiles(at: [file.path]) == [file.path: file])
        // The chart's rows are served by their own path too, beside its SVG.
        #expect(cache.standaloneFiles(at: [rows.path]) == [rows.path: rows])
        #expect(cache.standaloneFiles == [file.path: file, rows.path: rows])
    }

    @Test func aFullFigureIsNeverReplacedByAPartialOne() {
        let cache = FigureCache()
        #expect(cache.figure("k") { full() }.isNew)
        let probe = cache.figure("k", partialWillDo: true) { Issue.record("drawn again"); return partial() }
        #expect(probe.figure.isComplete && !probe.isNew)
    }
}
