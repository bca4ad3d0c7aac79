/// A value in a year: one point of a series.
public struct YearlyValue: Hashable, Sendable {
    public var year: Int
    public var value: Quantity
    /// The bound the source gave the value with, if any (`90%以上`).
    public var bound: Bound?
    public init(year: Int, value: Quantity, bound: Bound? = nil) {
        self.year = year
        self.value = value
        self.bound = bound
    }
}

/// A named series of yearly values (one line of a chart: a city, or an indicator).
public struct YearlySeries: Hashable, Sendable {
    public var name: String
    public var values: [YearlyValue]
    public init(name: String, values: [YearlyValue]) {
        self.name = name
        self.values = values
    }
}

/// One category of a comparison (one bar): its label, its value and, where the categories'
/// years differ, its year.
public struct CategoryValue: Hashable, Sendable {
    public var label: String
    public var value: Quantity
    public var year: Int?
    /// The bound the source gave the value with, if any.
    public var bound: Bound?
    public init(label: String, value: Quantity, year: Int? = nil, bound: Bound? = nil) {
        self.label = label
        self.value = value
        self.year = year
        self.bound = bound
    }
}

/// A change between two years, as reported or computed.
public struct YearChange: Hashable, Sendable {
    public var from: Int
    public var to: Int
    public var amount: Quantity
    public var kind: ChangeKind
    /// The bound the source gave the change with, if any (`增长超过四成`).
    public var bound: Bound?
    public init(from: Int, to: Int, amount: Quantity, kind: ChangeKind, bound: Bound? = nil) {
        self.from = from
        self.to = to
        self.amount = amount
        self.kind = kind
        self.bound = bound
    }
}

/// A change of a named indicator, with the indicator's unit and display decimals.
public struct NamedChange: Hashable, Sendable {
    public var name: String
    public var unit: Unit
    public var decimals: Int?
    public var change: YearChange
    public init(name: String, unit: Unit, decimals: Int? = nil, change: YearChange) {
        self.name = name
        self.unit = unit
        self.decimals = decimals
        self.change = change
    }
}
