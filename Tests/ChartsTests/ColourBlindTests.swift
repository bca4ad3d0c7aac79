@testable import Charts
import Foundation
import Testing

/// Better, worse and neutral stay apart for readers with deuteranopia (the commonest strong
/// colour-vision deficiency), in light and dark: the palette's sRGB colours, simulated with
/// Machado, Oliveira and Fernandes (2009) at full severity, are at least `minimum` apart in
/// CIELAB (ΔE*76), and each stands out from the chart's background (WCAG 1.4.11: 3:1).
@Suite struct ColourBlindTests {
    /// The smallest ΔE*76 allowed between two assessment colours under simulation. Green
    /// #0b7a5c and grey #6b7280, the old good and neutral, were 15.2 apart: they merged.
    static let minimum = 30.0

    /// Machado et al. 2009, deuteranopia, severity 1.0, applied to linear RGB.
    static let deuteranopia: [[Double]] = [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]

    static func linear(_ hex: String) -> [Double] {
        let digits = Array(hex.dropFirst())
        return stride(from: 0, to: 6, by: 2).map { index in
            let c = Double(Int(String(digits[index...index + 1]), radix: 16)!) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    static func simulated(_ rgb: [Double]) -> [Double] {
        deuteranopia.map { row in min(max(zip(row, rgb).map(*).reduce(0, +), 0), 1) }
    }

    /// CIELAB (D65) of a linear RGB colour.
    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        let f = { (t: Double) in t > 0.008856 ? pow(t, 1.0 / 3) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func deltaE(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(lab(a), lab(b)).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let luminance = { (hex: String) in zip([0.2126, 0.7152, 0.0722], linear(hex)).map(*).reduce(0, +) }
        let (l1, l2) = (luminance(a), luminance(b))
        return (max(l1, l2) + 0.05) / (min(l1, l2) + 0.05)
    }

    @Test(arguments: [("light", Palette.light), ("dark", Palette.dark)])
    func assessmentsStayApartUnderDeuteranopia(name: String, palette: Palette) {
        let colours = [("good", palette.good), ("bad", palette.bad), ("neutral", palette.neutral)]
        for (i, a) in colours.enumerated() {
            for b in colours[(i + 1)...] {
                let seen = Self.deltaE(Self.simulated(Self.linear(a.1)), Self.simulated(Self.linear(b.1)))
                #expect(seen >= Self.minimum, "\(name): \(a.0) \(a.1) and \(b.0) \(b.1) are ΔE \(seen) apart under deuteranopia")
            }
            #expect(Self.contrast(a.1, palette.background) >= 3, "\(name): \(a.0) against the background")
        }
    }

    @Test func theSimulationTellsTheOldGreenAndGreyApartTooLittle() {
        // The check itself: the colours the issue reported as merging do fall under the minimum.
        let seen = Self.deltaE(Self.simulated(Self.linear("#0b7a5c")), Self.simulated(Self.linear("#6b7280")))
        #expect(abs(seen - 15.2) < 0.1)
        #expect(seen < Self.minimum)
    }
}
