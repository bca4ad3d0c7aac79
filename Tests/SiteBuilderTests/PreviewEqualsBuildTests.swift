import Diagnostics
import Foundation
import Pages
import PropertyBased
import SiteBuilder
import Testing
import Theme

/// A preview cannot miss an edit: after random sequences of edits of every kind of input,
/// each followed by `update(changed:)` with the paths a watcher reports, the preview's files
/// and problems are byte for byte those of a fresh `build --drafts` of the folder as it is
/// then (the build a preview claims to equal), and a broken edit keeps the last good files.
@Suite struct PreviewEqualsBuildTests {
    /// Sequences per run: few by default, so that the suite stays fast (each step is a fresh
    /// build, about 0.17 s in a debug build); set PREVIEW_EDIT_CASES (say 300) for a long run.
    static let count = ProcessInfo.processInfo.environment["PREVIEW_EDIT_CASES"].flatMap(Int.init) ?? 10

    @Test func randomEditsKeepThePreviewEqualToAFreshBuild() async throws {
        await propertyCheck(count: Self.count, input: SiteEdit.sequences(of: 3...6)) { edits in
            try await PreviewCheck.run(edits)
        }
    }

    /// Every kind of edit, in groups: each group's kinds in turn on one site.
    static let groups: [[SiteEdit.Kind]] = [
        [.narrativeBody, .narrativeTitle, .narrativeDate, .narrativeSummary, .newNarrative, .deletedNarrative],
        [.cityValue, .cityName, .citySummary, .cityHeadline, .sourcePublisher, .csvNewRow, .csvChangedRow, .newCity, .removedCity],
        [.indicatorRenamed, .indicatorAdded, .siteTitle, .languageName, .template, .interfaceStrings, .conventions],
        [.sourceText, .freePageBody, .freePageTitle, .newFreePage, .publicFileAdded, .publicFileChanged],
        [.brokenNarrative, .brokenCityYAML, .brokenCSV, .brokenSiteYAML, .repair, .brokenIndicators, .brokenTemplate,
         .brokenStrings, .brokenPublic],
    ]

    /// Each kind at least once, whatever the random runs drew.
    @Test(arguments: Self.groups)
    func everyKindOfEditInTurn(_ kinds: [SiteEdit.Kind]) async throws {
        try await PreviewCheck.run(kinds.map { SiteEdit(kind: $0, seed: 1) })
    }

    @Test func theGroupsNameEveryKind() {
        #expect(Set(Self.groups.joined()) == Set(SiteEdit.Kind.allCases))
    }
}

/// Runs edits against a preview of a fresh `EditedSite` and compares after each with a fresh build.
enum PreviewCheck {
    static func run(_ edits: [SiteEdit]) async throws {
        let site = try EditedSite()
        defer { site.remove() }
        let preview = IncrementalSite(root: site.root)
        let first = await preview.build()
        var state = State(files: [:], lastGood: [:])
        await compare(first, preview: preview, site: site, after: [], state: &state)
        var done: [String] = []
        // Every edit, then the repair of whatever is still broken: the site ends valid.
        var pending = edits
        while !pending.isEmpty || !site.broken.isEmpty {
            let edit = pending.isEmpty ? SiteEdit(kind: .repair, seed: 0) : pending.removeFirst()
            let paths = try edit.apply(to: site)
            guard !paths.isEmpty else { continue }
            done.append("\(edit) \(paths)")
            let update = await preview.update(changed: paths)
            await compare(update, preview: preview, site: site, after: done, state: &state)
        }
    }

    struct State {
        /// The preview's files as the updates so far describe them.
        var files: [String: Data]
        /// The files of the last fresh build that succeeded.
        var lastGood: [String: Data]
    }

    static func compare(_ update: IncrementalSite.Update, preview: IncrementalSite, site: EditedSite, after edits: [String],
                        state: inout State, sourceLocation: Testing.SourceLocation = #_sourceLocation) async {
        var build = SiteBuild(root: site.root)
        build.drafts = .shown
        let (rendered, diagnostics) = build.render()
        let failed = rendered.isEmpty
        let fresh = Dictionary(rendered.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        let files = await preview.files
        let story = edits.isEmpty ? "the first build" : edits.joined(separator: " → ")
        #expect(update.failed == failed, "preview failed: \(update.failed), fresh build failed: \(failed), after \(story); \(diagnostics)",
                sourceLocation: sourceLocation)
        if !failed { state.lastGood = fresh }
        // A failed update keeps the last good files.
        let expected = failed ? state.lastGood : fresh
        let differing = Set(files.keys).union(expected.keys).filter { files[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "\(differing.count) files differ from a fresh build (\(differing.prefix(8))) after \(story)",
                sourceLocation: sourceLocation)
        #expect(update.diagnostics == diagnostics,
                "problems differ after \(story):\npreview: \(update.diagnostics.map(\.description))\nbuild:   \(diagnostics.map(\.description))",
                sourceLocation: sourceLocation)
        // The update says exactly what changed: a server that applies it has the preview's files.
        if !update.failed {
            for (path, data) in update.changed { state.files[path] = data }
            for path in update.removed { state.files[path] = nil }
        }
        let drift = Set(files.keys).union(state.files.keys).filter { files[$0] != state.files[$0] }.sorted()
        #expect(drift.isEmpty, "the update's changed and removed files miss \(drift.prefix(8)) after \(story)", sourceLocation: sourceLocation)
    }
}
