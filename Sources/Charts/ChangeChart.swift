/// Change chart: reported changes as bars diverging from zero, coloured by whether
/// the change is good or bad, with an arrow and the signed value so that colour is
/// never the only cue: worse changes are striped, neutral ones hollow. Rows are drawn in
/// the order given (the caller sorts them).
enum ChangeChart {
    static func scene(_ items: [ChangeItem], text: ChartText, frame: Frame, domain: ClosedRange<Double>? = nil) -> Scene {
        let rows = items.map { item in
            let arrow = item.value > 0 ? "▲ " : item.value < 0 ? "▼ " : ""
            return HorizontalBars.Row(
                label: item.label, value: item.value, valueText: arrow + item.valueLabel, note: nil,
                groupClasses: item.assessment.className, color: item.assessment.color, barClasses: item.assessment.barClasses,
                paint: item.assessment.paint,
                title: "\(item.label): \(item.valueLabel)" + (text.assessmentLabels[item.assessment].map { " (\($0))" } ?? ""),
                link: item.link, hatched: item.assessment == .bad
            )
        }
        // A legend tells things apart: with one kind of change only, it would say nothing
        // (each row's title still names it).
        let present = Set(items.map(\.assessment))
        let legend = present.count < 2 ? [] : Assessment.allCases.compactMap { assessment -> Legend.Item? in
            guard present.contains(assessment), let label = text.assessmentLabels[assessment] else { return nil }
            return Legend.Item(swatch: .assessment(assessment), label: label)
        }
        return HorizontalBars.scene(rows, legend: legend, frame: frame, domain: domain)
    }
}

extension Assessment {
    /// Neutral bars are hollow (outlined, lightly filled); good and bad ones solid.
    var paint: Paint {
        self == .neutral ? Paint(fill: "currentColor", fillOpacity: 0.25, stroke: "currentColor", strokeWidth: 1.5) : .current
    }

    var barClasses: String { self == .neutral ? "rs-bar rs-hollow-bar" : "rs-bar" }
}
