/// Bar chart: horizontal bars comparing categories, each labelled with its value and note.
enum BarChart {
    static func scene(_ items: [BarItem], text: ChartText, frame: Frame, domain: ClosedRange<Double>? = nil) -> Scene {
        let style = SeriesStyle(index: 0)
        let rows = items.map { item in
            var title = "\(item.label): \(item.valueLabel)"
            if let note = item.note { title += " (\(note))" }
            if item.derived { title += " (\(text.derivedLabel))" }
            return HorizontalBars.Row(
                label: item.label, value: item.value,
                valueText: item.valueLabel + (item.derived ? ChartRenderer.derivedMark : ""), note: item.note,
                groupClasses: style.classes, color: style.color,
                barClasses: item.derived ? "rs-bar rs-derived" : "rs-bar",
                paint: item.derived ? BarPaint.derived : BarPaint.reported, title: title, link: item.link
            )
        }
        let legend = items.contains(where: \.derived) ? [Legend.derivedItem(.derivedBar, text: text)] : []
        return HorizontalBars.scene(rows, legend: legend, frame: frame, domain: domain)
    }
}
