import Diagnostics

/// A narrative's charts and figure references bound to their data (`SiteValidator.bind`), so
/// that rendering its page looks them up.
public struct NarrativeBindings: Sendable {
    /// Resolved chart blocks, by the line of their opening fence.
    public var charts: [Int: ResolvedChart] = [:]
    /// Resolved `[[…]]` references, by their place in the narrative.
    public var figures: [SourceLocation: ResolvedFigure] = [:]

    public init() {}
}
