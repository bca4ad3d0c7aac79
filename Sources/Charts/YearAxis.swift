/// Years on a linear x axis (line charts): whole-year ticks only, at a 1, 2, 5 × 10ⁿ
/// step wide enough that labels do not collide.
enum YearAxis {
    /// The domain: first to last year, or one year either side of a lone year.
    static func domain(_ years: [Int]) -> (Double, Double) {
        guard let lo = years.min(), let hi = years.max() else { return (0, 1) }
        if lo == hi { return (Double(lo) - 1, Double(hi) + 1) }
        return (Double(lo), Double(hi))
    }

    /// Tick years for `scale`, given the widest label.
    static func tickYears(scale: LinearScale, dataYears: [Int], labelWidth: Double) -> [Int] {
        guard let lo = dataYears.min(), let hi = dataYears.max() else { return [] }
        if lo == hi { return [lo] }
        let pixelsPerYear = abs(scale(1) - scale(0))
        let needed = labelWidth + 14
        var candidates: [Int] = []
        var magnitude = 1
        while magnitude <= 10_000 {
            candidates += [magnitude, magnitude * 2, magnitude * 5]
            magnitude *= 10
        }
        let step = candidates.first { Double($0) * pixelsPerYear >= needed } ?? candidates.last!
        let first = Int((Double(lo) / Double(step)).rounded(.up)) * step
        let years = Array(stride(from: first, through: hi, by: step))
        return years.isEmpty ? [lo] : years
    }
}
