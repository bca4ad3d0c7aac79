/// The layouts a chart is drawn in for a page: each laid out for its own width, and
/// the page shows the one that fits its column (a CSS container query, no script).
///
/// An inline SVG scales to its box, so text measures `fontSize × rendered width ÷ viewBox
/// width` CSS px. Each layout is shown only between `minRenderedWidth` and
/// `maxRenderedWidth` (the CSS caps its width), and all chart text is `ChartLayout.fontSize`
/// units, so chart text stays between 12 and 16 px from a 320 px phone (a 288 px column)
/// to any desktop: compact 12.2–16.0 px, wide 12.1–15.7 px.
public enum ChartLayout: String, Sendable, CaseIterable {
    /// Phones: fewer ticks and labels, labels wrapped, never smaller text.
    case compact
    /// Tablets, desktops and print.
    case wide

    /// The size of every text in a chart drawn for a page, in viewBox units.
    public static let fontSize = 14.0

    /// ViewBox width in user units.
    public var viewBoxWidth: Double {
        switch self {
        case .compact: return 330
        case .wide: return 600
        }
    }

    /// The narrowest the layout is ever drawn, in CSS px: compact down to the column of a
    /// 320 px phone (320 − 2 × 16 px gutter); wide from the container query's threshold.
    public var minRenderedWidth: Double {
        switch self {
        case .compact: return 288
        case .wide: return ChartLayout.wideFrom
        }
    }

    /// The widest the layout is drawn, in CSS px (its `max-width`).
    public var maxRenderedWidth: Double {
        switch self {
        case .compact: return 376
        case .wide: return 672
        }
    }

    /// Column width (CSS px) from which the wide layout replaces the compact one.
    public static let wideFrom = 520.0

    /// The layout shown in a column `width` CSS px wide, and the width it is drawn at.
    public static func shown(inColumn width: Double) -> (layout: ChartLayout, renderedWidth: Double) {
        let layout: ChartLayout = width >= wideFrom ? .wide : .compact
        return (layout, min(width, layout.maxRenderedWidth))
    }

    /// CSS px of text `fontSize` units tall when the layout is drawn `renderedWidth` px wide.
    public func pixels(fontSize: Double, renderedWidth: Double) -> Double {
        fontSize * renderedWidth / viewBoxWidth
    }
}
