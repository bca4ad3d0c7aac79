/// The unit of an indicator: one of the built-in units, each written its own way per
/// language, or an inline unit that names its own symbols (`{ zh: 家, en: enterprises }`).
public enum Unit: Hashable, Sendable {
    case percent
    case count
    case yuan
    case tonnes
    case tonnesPerDay
    case tonnesPerYear
    case km
    case microgramsPerCubicMetre
    case days
    /// Dimensionless (an index).
    case index
    /// An inline unit: its symbol or count noun per language code.
    case inline([String: String])

    /// The ids a content author writes for the built-in units, in the contract's order.
    public static let builtinIDs = [
        "percent", "count", "yuan", "tonnes", "tonnes_per_day", "tonnes_per_year",
        "km", "ug_per_m3", "days", "index",
    ]

    /// The built-in unit with this id, or nil.
    public init?(builtinID: String) {
        switch builtinID {
        case "percent": self = .percent
        case "count": self = .count
        case "yuan": self = .yuan
        case "tonnes": self = .tonnes
        case "tonnes_per_day": self = .tonnesPerDay
        case "tonnes_per_year": self = .tonnesPerYear
        case "km": self = .km
        case "ug_per_m3": self = .microgramsPerCubicMetre
        case "days": self = .days
        case "index": self = .index
        default: return nil
        }
    }

    /// The id an author writes, or nil for an inline unit.
    public var builtinID: String? {
        switch self {
        case .percent: "percent"
        case .count: "count"
        case .yuan: "yuan"
        case .tonnes: "tonnes"
        case .tonnesPerDay: "tonnes_per_day"
        case .tonnesPerYear: "tonnes_per_year"
        case .km: "km"
        case .microgramsPerCubicMetre: "ug_per_m3"
        case .days: "days"
        case .index: "index"
        case .inline: nil
        }
    }
}
