/// Change chart: reported changes as bars diverging from zero, coloured by whether
/// the change is good or bad, with an arrow and the signed value so that colour is
/// never the only cue.
enum ChangeChart {
    static func scene(_ items: [ChangeItem], text: ChartText, frame: Frame) -> Scene {
        let rows = items.map { item in
            let arrow = item.value > 0 ? "▲ " : item.value < 0 ? "▼ " : ""
            let color: String
            switch item.assessment {
            case .good: color = Palette.light.good
            case .bad: color = Palette.light.bad
            case .neutral: color = Palette.light.neutral
            }
            return HorizontalBars.Row(
                label: item.label, value: item.value, valueText: arrow + item.valueLabel, note: nil,
                groupClasses: item.assessment.className, color: color, barClasses: "rs-bar",
                paint: .current, title: "\(item.label): \(item.valueLabel)"
            )
        }
        return HorizontalBars.scene(rows, legend: [], frame: frame)
    }
}
