/// Text the caller supplies, already in the page's language.
public struct ChartText: Sendable {
    /// Short name of the chart, written as `<title>` (and drawn in the standalone form).
    public var title: String
    /// One sentence stating what the chart shows, written as `<desc>`.
    public var description: String
    /// Legend text for derived values, e.g. "推算值" or "derived".
    public var derivedLabel: String
    /// Formats a value-axis tick, e.g. 3_730_000 → "373万".
    public var formatTick: @Sendable (Double) -> String
    /// Formats a year on the axis and in tooltips, e.g. 2020 → "2020年".
    public var formatYear: @Sendable (Int) -> String
    /// Words for good, bad and neutral changes ("改善"/"恶化", "better"/"worse"). When given,
    /// `change` charts show them in a legend and in tooltips, so meaning does not rest on colour.
    public var assessmentLabels: [Assessment: String]
    /// The unit and period, drawn above the plot so every chart states them in visible
    /// text, e.g. "万吨/日 · 2015–2020年" or "Change, 2020–2021". Empty draws nothing.
    public var subtitle: String
    /// What the chart is about, named for a file read away from its page: the cities and
    /// indicators ("东莞 · PM2.5年均浓度"). Drawn under the title in the standalone form
    /// only, and added to its `<title>`; empty draws nothing.
    public var scope: String
    /// Lines drawn at the foot of the standalone form only: the source line, the credit.
    public var footer: [String]

    public init(
        title: String,
        description: String,
        derivedLabel: String,
        formatTick: @escaping @Sendable (Double) -> String,
        formatYear: @escaping @Sendable (Int) -> String = { String($0) },
        assessmentLabels: [Assessment: String] = [:],
        subtitle: String = "",
        scope: String = "",
        footer: [String] = []
    ) {
        self.title = title
        self.description = description
        self.derivedLabel = derivedLabel
        self.formatTick = formatTick
        self.formatYear = formatYear
        self.assessmentLabels = assessmentLabels
        self.subtitle = subtitle
        self.scope = scope
        self.footer = footer
    }
}

/// A chart to render: its content, its text, and its width in user units
/// (the SVG scales to its container; the width sets the aspect and text size).
public struct Chart: Sendable {
    public var content: ChartContent
    public var text: ChartText
    /// ViewBox width; 640 by default.
    public var width: Double
    /// ViewBox height; `nil` picks one per type (bars grow with their number).
    public var height: Double?
    /// A value range shared with other charts of the page (bar and change charts): the bars
    /// are drawn on it, widened only where a value falls outside, so equal values are equal
    /// lengths and a bigger change a longer bar from chart to chart.
    public var sharedDomain: ClosedRange<Double>?

    public init(content: ChartContent, text: ChartText, width: Double = 640, height: Double? = nil,
                sharedDomain: ClosedRange<Double>? = nil) {
        self.content = content
        self.text = text
        self.width = max(width, 240)
        self.height = height
        self.sharedDomain = sharedDomain
    }

    public var kind: ChartKind { content.kind }
}

/// How the SVG will be used.
public enum SVGForm: Sendable {
    /// Inside an HTML page: no width/height (it scales to the column), styled by the page's CSS.
    case inline
    /// A file of its own: a visible title naming what it shows, its source and credit at the
    /// foot, an embedded `<style>` with light and dark colours, no links. It has no fixed size:
    /// it scales to the width it is shown at, from a phone to a slide.
    case standalone
}
