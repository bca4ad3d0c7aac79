import Diagnostics

/// A narrative's charts and figure references bound to their data by validation, so that
/// rendering looks them up and never resolves (or fails) again.
public struct NarrativeBindings: Sendable {
    /// Resolved chart blocks, by the line of their opening fence.
    public var charts: [Int: ResolvedChart] = [:]
    /// Resolved `[[…]]` references, by their place in the narrative.
    public var figures: [SourceLocation: ResolvedFigure] = [:]

    public init() {}
}

/// The bindings of every narrative that validated, by the narrative's site-relative path.
public typealias SiteBindings = [String: NarrativeBindings]
