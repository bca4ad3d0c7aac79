import Testing
@testable import Charts

/// Small multiples: panels that share the years and keep their own scales, their first and last
/// values labelled with their years, inside the panel and off the line, linked where the caller
/// gives a link; exact output against stored snapshots.
struct SmallMultiplesTests {
    static func points(_ values: [(Int, Double)], unit: String, derived: Set<Int> = [], linked: Bool = false) -> [ChartPoint] {
        values.map { year, value in
            let label = Fixtures.trimmed(value, decimals: 1) + unit
            return ChartPoint(year: year, value: value, label: label, derived: derived.contains(year),
                              link: linked ? ChartLink(href: "../sources/s/#q-\(year)", label: "\(label): the source's words") : nil)
        }
    }

    /// An English grid of three: one falling, one rising from a later year with a derived level,
    /// one flat with a gap; the first links its values to their quotes.
    static let english = SmallMultiples(panels: [
        SmallMultiplePanel(title: "Annual mean PM2.5 concentration", unit: "µg/m³", description: "PM2.5 fell from 43 µg/m³ in 2010 to 16 µg/m³ in 2024.",
                           points: points([(2010, 43), (2012, 38), (2014, 33), (2016, 29), (2018, 25), (2020, 21), (2022, 18), (2024, 16)],
                                          unit: " µg/m³", linked: true),
                           formatTick: Fixtures.enTick),
        SmallMultiplePanel(title: "Share of days with good air quality", unit: "%", description: "Rose from 70.3% in 2016 to 80.9% in 2024.",
                           points: points([(2016, 70.3), (2018, 74.0), (2020, 77.5), (2022, 79.6), (2024, 80.9)], unit: "%", derived: [2020]),
                           formatTick: { Fixtures.trimmed($0) + "%" }),
        SmallMultiplePanel(title: "Days with polluted air", unit: "days", description: "Between 29 and 31 days.",
                           points: points([(2010, 30), (2011, 31), (2012, 30), (2016, 29), (2017, 30), (2018, 29)], unit: " days"),
                           formatTick: Fixtures.enTick),
    ], text: ChartText(title: "Air: Trends, 2010–2024", description: "Three indicators of Anxi's air.", derivedLabel: "derived",
                       formatTick: Fixtures.enTick, scope: "Anxi", footer: ["Sources: Anxi Statistical Yearbook.", "Drawn by the site."]))

    static let chinese = SmallMultiples(panels: [
        SmallMultiplePanel(title: "污水处理能力", unit: "吨/日", description: "污水处理能力由258.5万吨/日增至373万吨/日。",
                           points: Fixtures.zhPoints(Fixtures.sewage), formatTick: Fixtures.zhTick),
        SmallMultiplePanel(title: "PM2.5年均浓度", unit: "微克/立方米", description: "PM2.5年均浓度由43降至16微克/立方米。",
                           points: points([(2015, 43), (2016, 40), (2017, 35), (2018, 31), (2019, 27), (2020, 24)], unit: "微克/立方米"),
                           formatTick: Fixtures.zhTick),
    ], text: ChartText(title: "空气：2015—2020年变化趋势", description: "东莞的两项指标。", derivedLabel: "推算值", formatTick: Fixtures.zhTick,
                       formatYear: { "\($0)年" }, scope: "东莞", footer: ["来源：东莞统计年鉴。"]))

    @Test func panelsAndFileMatchSnapshots() throws {
        let snapshots = SnapshotTests()
        for (name, grid) in [("multiples-en", Self.english), ("multiples-zh", Self.chinese)] {
            let panels = grid.panels.indices.map { grid.panelSVG($0, id: "\(name)-\($0 + 1)") }.joined()
            try snapshots.assertSnapshot(panels, named: name + "-page")
            try snapshots.assertSnapshot(grid.standaloneSVG(id: name), named: name)
        }
    }

    /// Every panel spans the grid's years: the same year ticks at the same places, though the
    /// second starts in 2016; and each its own scale (ticks in its own unit).
    @Test func panelsShareTheYearsNotTheScale() {
        let grid = Self.english
        #expect(grid.years! == (2010, 2024))
        let scenes = grid.panels.map { SmallMultiples.scene($0, years: grid.years, left: grid.plotLeft, text: grid.text) }
        let yearTicks = scenes.map { scene in scene.texts.filter { $0.y > SmallMultiples.panelHeight - 20 }.map { "\($0.lines[0])@\($0.x)" } }
        #expect(yearTicks[0].map { $0.split(separator: "@")[0] } == ["2010", "2015", "2020"])
        #expect(yearTicks[0] == yearTicks[1] && yearTicks[1] == yearTicks[2])
        #expect(scenes[1].texts.contains { $0.lines == ["80%"] })
        #expect(!scenes[0].texts.contains { $0.lines == ["80%"] })
    }

    /// The first and last values with their years, inside the panel, clear of each other and of
    /// the line under them; the first panel's values are links to their quotes, the others' are not.
    @Test func endValuesAreLabelledOffTheLine() throws {
        let grid = Self.english
        for (index, panel) in grid.panels.enumerated() {
            let scene = SmallMultiples.scene(panel, years: grid.years, left: grid.plotLeft, text: grid.text)
            let labels = scene.marks.compactMap { mark -> [Mark]? in
                if case .group("rs-end-labels", _, _, let children) = mark { return children }
                return nil
            }.first ?? []
            #expect(labels.count == 2)
            let texts = labels.map(\.texts)
            let first = try #require(panel.points.first), last = try #require(panel.points.last)
            #expect(texts[0].map(\.lines) == [[first.label], ["\(first.year)"]])
            #expect(texts[1].map(\.lines) == [[last.label + (last.derived ? "†" : "")], ["\(last.year)"]])
            for text in texts.joined() {
                #expect(text.box.x >= 0 && text.box.maxX <= SmallMultiples.panelWidth && text.box.y >= 0
                        && text.box.maxY <= SmallMultiples.panelHeight, "\(text.lines) out of the panel: \(text.box)")
                #expect(text.fontSize == ChartLayout.fontSize)
            }
            #expect(!texts[0].contains { a in texts[1].contains { a.box.intersects($0.box) } })
            #expect(labels.allSatisfy(\.hasLink) == (index == 0))
            // No label stands on the line: sample the line densely between its points.
            let lines = scene.marks.flatMap { mark -> [[Point]] in
                guard case .group(let classes, _, _, let children) = mark, classes?.hasPrefix("rs-series") == true else { return [] }
                return children.compactMap { if case .line(let points, _, _) = $0 { return points } else { return nil } }
            }
            for text in texts.joined() {
                for run in lines {
                    for (a, b) in zip(run, run.dropFirst()) {
                        for step in 0...20 {
                            let t = Double(step) / 20
                            let p = Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                            #expect(!text.box.intersects(Box(x: p.x, y: p.y, width: 0, height: 0)), "\(text.lines) covers the line at \(p)")
                        }
                    }
                }
            }
        }
    }

    /// A panel is named by its title and description, and a panel with links is a document.
    @Test func panelsAreNamed() {
        let svg = Self.english.panelSVG(0, id: "p")
        #expect(svg.contains(#"role="graphics-document" aria-labelledby="p-title p-desc">"#))
        #expect(svg.contains(#"<title id="p-title">Annual mean PM2.5 concentration</title>"#))
        #expect(svg.contains(#"<desc id="p-desc">PM2.5 fell from 43 µg/m³ in 2010 to 16 µg/m³ in 2024.</desc>"#))
        #expect(svg.contains(#"<a href="../sources/s/#q-2010" aria-label="43 µg/m³: the source&apos;s words">"#)
                || svg.contains(#"<a href="../sources/s/#q-2010" aria-label="43 µg/m³: the source's words">"#))
        #expect(Self.english.panelSVG(1, id: "q").contains(#"role="img""#))
        // The file has no links: it travels away from the site.
        #expect(!Self.english.standaloneSVG(id: "f").contains("<a "))
    }
}
