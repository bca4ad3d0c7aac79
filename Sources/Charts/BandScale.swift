/// A band scale: `count` equal bands across a range, with inner and outer padding
/// as fractions of the step (d3-scale's `scaleBand`, without rounding).
struct BandScale: Sendable {
    var count: Int
    var range: (Double, Double)
    var paddingInner: Double
    var paddingOuter: Double

    init(count: Int, range: (Double, Double), paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = count
        self.range = range
        self.paddingInner = min(max(paddingInner, 0), 1)
        self.paddingOuter = max(paddingOuter, 0)
    }

    /// Distance between the starts of neighbouring bands.
    var step: Double {
        let n = Double(max(count, 1))
        return (range.1 - range.0) / max(1, n - paddingInner + paddingOuter * 2)
    }

    /// Width of one band.
    var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of band `index`.
    func start(_ index: Int) -> Double {
        range.0 + step * paddingOuter + step * Double(index)
    }

    /// Centre of band `index`.
    func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }
}
