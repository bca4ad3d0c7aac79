/// Whether a change is good, bad or neither for the reader (from the indicator's `better`).
public enum Assessment: String, Sendable, CaseIterable {
    case good, bad, neutral

    var className: String { "rs-\(rawValue)" }

    /// The light-mode colour, used as the fallback when no stylesheet applies.
    var color: String {
        switch self {
        case .good: return Palette.light.good
        case .bad: return Palette.light.bad
        case .neutral: return Palette.light.neutral
        }
    }
}

/// Where a drawn value leads: the words of its source that state it (`href`), and what the
/// link is called for a screen reader (`label`, e.g. "−29.4%, PM2.5: the source's words").
public struct ChartLink: Sendable, Equatable {
    public var href: String
    public var label: String

    public init(href: String, label: String) {
        self.href = href
        self.label = label
    }
}

/// One value in a series: a year, its value, the caller's formatted label
/// (e.g. "373万吨/日") and whether it was derived rather than reported.
public struct ChartPoint: Sendable, Equatable {
    public var year: Int
    public var value: Double
    public var label: String
    public var derived: Bool
    /// Where its value label leads (a column chart's labels), if anywhere.
    public var link: ChartLink?

    public init(year: Int, value: Double, label: String, derived: Bool = false, link: ChartLink? = nil) {
        self.year = year
        self.value = value
        self.label = label
        self.derived = derived
        self.link = link
    }
}

extension [ChartPoint] {
    /// The points a line draws: finite values, in year order. Every line (chart, sparkline,
    /// KPI card, small multiple) and the check for a line across missing years start from it.
    var plotted: [ChartPoint] { filter { $0.value.isFinite }.sorted { $0.year < $1.year } }
}

/// A named series of yearly values (one city, or one indicator).
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var points: [ChartPoint]

    public init(name: String, points: [ChartPoint]) {
        self.name = name
        self.points = points
    }
}

/// One horizontal bar: a category, its value, the formatted value and an optional
/// note shown after it (e.g. the year when the bars' years differ).
public struct BarItem: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueLabel: String
    public var note: String?
    public var derived: Bool
    /// Where the bar and its value lead, if anywhere.
    public var link: ChartLink?

    public init(label: String, value: Double, valueLabel: String, note: String? = nil, derived: Bool = false,
                link: ChartLink? = nil) {
        self.label = label
        self.value = value
        self.valueLabel = valueLabel
        self.note = note
        self.derived = derived
        self.link = link
    }
}

/// One reported change: what changed, by how much (signed, e.g. -29.4), its
/// formatted label ("-29.4%", "+1.7 pp") and whether it is good news.
public struct ChangeItem: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var valueLabel: String
    public var assessment: Assessment
    /// Where the bar and its value lead, if anywhere.
    public var link: ChartLink?

    public init(label: String, value: Double, valueLabel: String, assessment: Assessment, link: ChartLink? = nil) {
        self.label = label
        self.value = value
        self.valueLabel = valueLabel
        self.assessment = assessment
        self.link = link
    }
}

/// The change shown under a KPI figure.
public struct KPIChange: Sendable, Equatable {
    public enum Direction: String, Sendable, CaseIterable {
        case up, down, flat

        /// ▲, ▼ or ▶: the direction without relying on colour.
        var arrow: String {
            switch self {
            case .up: return "▲"
            case .down: return "▼"
            case .flat: return "▶"
            }
        }
    }

    /// Formatted change, e.g. "+12.3%" or "较2015年增加114.5万吨/日".
    public var label: String
    public var direction: Direction
    public var assessment: Assessment

    public init(label: String, direction: Direction, assessment: Assessment) {
        self.label = label
        self.direction = direction
        self.assessment = assessment
    }
}

/// A key figure: the formatted value, a caption under it, the change to it and
/// the levels for a sparkline (drawn when there are three or more).
public struct KPIContent: Sendable, Equatable {
    public var valueLabel: String
    public var caption: String
    public var change: KPIChange?
    public var sparkline: [ChartPoint]

    public init(valueLabel: String, caption: String, change: KPIChange? = nil, sparkline: [ChartPoint] = []) {
        self.valueLabel = valueLabel
        self.caption = caption
        self.change = change
        self.sparkline = sparkline
    }
}

/// The kinds of chart a `chart` block may ask for.
public enum ChartKind: String, Sendable, CaseIterable {
    case line, column, bar, change, kpi
}

/// What to draw; the case decides the chart type, so data and type cannot disagree.
public enum ChartContent: Sendable, Equatable {
    /// Years along x, one line per series.
    case line([ChartSeries])
    /// Vertical bars by year; several series are grouped within a year.
    case column([ChartSeries])
    /// Horizontal bars comparing categories.
    case bar([BarItem])
    /// Reported changes as diverging horizontal bars around zero.
    case change([ChangeItem])
    /// One big figure with its change and a sparkline.
    case kpi(KPIContent)

    public var kind: ChartKind {
        switch self {
        case .line: return .line
        case .column: return .column
        case .bar: return .bar
        case .change: return .change
        case .kpi: return .kpi
        }
    }
}
