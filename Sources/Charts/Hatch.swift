/// Diagonal stripes across a bar, in the background colour: how a worse change is told from
/// a better one without its colour (in greyscale, print, or for colour-blind readers).
enum Hatch {
    /// Stripe spacing and width, in user units.
    static let spacing = 6.0
    static let width = 1.5

    /// Stripes rising left to right at 45°, clipped to `box`.
    static func stripes(in box: Box) -> [Mark] {
        guard box.width > 0, box.height > 0 else { return [] }
        var marks: [Mark] = []
        // Each stripe is the line x − (maxY − y) = c, i.e. from (c, maxY) up to (c + h, minY).
        var c = box.x - box.height + spacing / 2
        while c < box.maxX {
            // Clip the segment to x in [box.x, box.maxX].
            let startX = max(c, box.x), endX = min(c + box.height, box.maxX)
            if endX > startX {
                let from = Point(x: startX, y: box.maxY - (startX - c))
                let to = Point(x: endX, y: box.maxY - (endX - c))
                marks.append(.rule(from: from, to: to, classes: "rs-hatch",
                                   paint: Paint(stroke: Palette.light.background, strokeWidth: width)))
            }
            c += spacing
        }
        return marks
    }
}
