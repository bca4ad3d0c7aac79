@testable import Pages
@testable import SiteBuilder
import Testing
@testable import Theme

/// A drawn figure is cut at its marks so each page can fill in its own ids and root links.
@Suite struct DrawnFigureTests {
    @Test func cutsAtEveryMarkAndRefillsPerPage() {
        let id = DrawnFigure.idMark, root = DrawnFigure.rootMark
        // Marks next to each other, at both ends, next to multi-byte text and a near miss.
        let html = "\(id)<figure id=\"\(id)-t\">图表 rsfighole <a href=\"\(root)\(root)zh/\">é</a>rsfigholeid7\(id)"
        let (parts, holes) = DrawnFigure.cut(html)
        #expect(parts == ["", "<figure id=\"", "-t\">图表 rsfighole <a href=\"", "", "zh/\">é</a>rsfigholeid7", ""])
        #expect(holes == [.id, .id, .root, .root, .id])
    }

    @Test func withoutMarksTheFigureIsOnePart() {
        let (parts, holes) = DrawnFigure.cut("<p>rsfig</p>")
        #expect(parts == ["<p>rsfig</p>"])
        #expect(holes.isEmpty)
    }
}
