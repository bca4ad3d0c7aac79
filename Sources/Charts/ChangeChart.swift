/// Change chart: reported changes as bars diverging from zero, coloured by whether
/// the change is good or bad, with an arrow and the signed value so that colour is
/// never the only cue.
enum ChangeChart {
    static func scene(_ items: [ChangeItem], text: ChartText, frame: Frame, domain: ClosedRange<Double>? = nil) -> Scene {
        let rows = items.map { item in
            let arrow = item.value > 0 ? "▲ " : item.value < 0 ? "▼ " : ""
            let color = item.assessment.color
            return HorizontalBars.Row(
                label: item.label, value: item.value, valueText: arrow + item.valueLabel, note: nil,
                groupClasses: item.assessment.className, color: color, barClasses: "rs-bar",
                paint: .current,
                title: "\(item.label): \(item.valueLabel)" + (text.assessmentLabels[item.assessment].map { " (\($0))" } ?? ""),
                link: item.link
            )
        }
        let present = Set(items.map(\.assessment))
        let legend = Assessment.allCases.compactMap { assessment -> Legend.Item? in
            guard present.contains(assessment), let label = text.assessmentLabels[assessment] else { return nil }
            return Legend.Item(swatch: .assessment(assessment), label: label)
        }
        return HorizontalBars.scene(rows, legend: legend, frame: frame, domain: domain)
    }
}
