import Diagnostics
import Formatting

/// Which direction of an indicator is an improvement.
public enum Better: String, Sendable, CaseIterable {
    case higher, lower, none
}

/// One entry of `indicators.yaml`, shared by every city.
public struct Indicator: Sendable {
    public var id: String
    public var category: String
    public var name: LocalizedText
    public var unit: Unit
    public var better: Better
    public var decimals: Int?
    public var range: ClosedRange<Double>?
    public var description: LocalizedText?
    public var location: SourceLocation

    public init(id: String, category: String, name: LocalizedText, unit: Unit, better: Better,
                decimals: Int? = nil, range: ClosedRange<Double>? = nil, description: LocalizedText? = nil,
                location: SourceLocation) {
        self.id = id
        self.category = category
        self.name = name
        self.unit = unit
        self.better = better
        self.decimals = decimals
        self.range = range
        self.description = description
        self.location = location
    }
}
