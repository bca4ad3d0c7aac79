/// A continuous scale mapping a numeric domain onto a pixel range (d3-scale's `scaleLinear`).
struct LinearScale: Sendable {
    var domain: (Double, Double)
    var range: (Double, Double)

    init(domain: (Double, Double), range: (Double, Double) = (0, 1)) {
        self.domain = domain
        self.range = range
    }

    /// Maps a domain value to the range; a collapsed domain maps everything to the range's middle.
    func callAsFunction(_ value: Double) -> Double {
        let (d0, d1) = domain, (r0, r1) = range
        guard d1 != d0 else { return (r0 + r1) / 2 }
        return r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }

    /// d3-scale's `linear.nice(count)`: extends the domain to round values, at most ten rounds.
    func niced(count: Double = 10) -> LinearScale {
        var start = domain.0, stop = domain.1
        let reversed = stop < start
        if reversed { swap(&start, &stop) }
        var prestep: Double?
        for _ in 0..<10 {
            let step = Ticks.tickIncrement(start, stop, count: count)
            if step == prestep {
                var copy = self
                copy.domain = reversed ? (stop, start) : (start, stop)
                return copy
            } else if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else if step < 0 {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            } else {
                break
            }
            prestep = step
        }
        return self
    }

    /// Round tick values inside the domain (d3's `ticks`).
    func ticks(count: Double = 10) -> [Double] {
        Ticks.ticks(domain.0, domain.1, count: count)
    }
}
