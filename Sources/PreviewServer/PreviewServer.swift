import Diagnostics
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `report-site serve`: builds a site in memory, serves it, watches its sources and tells open
/// pages to reload when their bytes change. Nothing is written to disk.
public struct PreviewServer: Sendable {
    /// How the server listens and watches.
    public struct Configuration: Sendable {
        /// The site folder (holding `Content/`, `Templates/`, `Public/`).
        public var root: URL
        public var host: String
        /// 0 picks a free port (tests).
        public var port: Int
        public var watch: WatchMode
        public var batchWindow: BatchWindow

        public init(root: URL, host: String = "127.0.0.1", port: Int = 8000, watch: WatchMode = .automatic, batchWindow: BatchWindow = BatchWindow()) {
            self.root = root
            self.host = host
            self.port = port
            self.watch = watch
            self.batchWindow = batchWindow
        }
    }

    /// How source changes are noticed.
    public enum WatchMode: Sendable, Equatable {
        /// inotify where available, else polling every 250 ms.
        case automatic
        case polling(Duration)
        /// No watching (tests that drive rebuilds themselves).
        case none
    }

    /// What the server reports as it runs, for the command line to print.
    public enum Event: Sendable {
        /// A build finished: the first one (`changedSources` nil) or one after source changes.
        case built(PreviewBuild, changedSources: [String]?, duration: Duration, changedPaths: Int)
        /// Listening and ready, at this URL.
        case listening(url: String, port: Int)
        /// How sources are watched.
        case watching(String)
    }

    public var configuration: Configuration
    let source: any PreviewSource
    let report: @Sendable (Event) -> Void
    let state = PreviewState()
    let broadcaster = ReloadBroadcaster()

    /// - Parameters:
    ///   - source: what renders the site; by default the whole in-memory render.
    ///   - report: called with each event (build results, the URL when ready).
    public init(configuration: Configuration, source: (any PreviewSource)? = nil, report: @escaping @Sendable (Event) -> Void = { _ in }) {
        self.configuration = configuration
        self.source = source ?? IncrementalSource(root: configuration.root)
        self.report = report
    }

    /// Builds the site once, then the application that serves it and rebuilds on change
    /// (kept apart from `run` so tests can drive it with `app.test(.router)`).
    public func buildApplication() async -> some ApplicationProtocol {
        // Watch before the first build, so an edit made during it is not lost.
        let changes = startWatching()
        let start = ContinuousClock.now
        let build = await source.build()
        let firstBuildTime = ContinuousClock.now - start
        let event = await state.apply(build)
        report(.built(build, changedSources: nil, duration: firstBuildTime, changedPaths: event?.changed.count ?? 0))

        let router = Router()
        router.add(middleware: SiteFilesMiddleware(state: state))
        let state = self.state, broadcaster = self.broadcaster
        router.get(RouterPath(LiveReload.eventsPath)) { request, _ -> Response in
            EventStream.response(for: request, state: state, broadcaster: broadcaster)
        }

        var services: [any Service] = []
        if let changes {
            services.append(RebuildService(changes: changes, source: source, state: state, broadcaster: broadcaster, report: report))
        }
        var logger = Logger(label: "report-site.serve")
        logger.logLevel = .warning
        let host = configuration.host, report = self.report
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            services: services,
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                report(.listening(url: "http://\(Self.urlHost(host)):\(port)/", port: port))
            },
            logger: logger
        )
    }

    /// Serves until SIGINT or SIGTERM, then stops gracefully (open event streams end at once).
    public func run() async throws {
        let app = await buildApplication()
        try await app.runService()
    }

    /// Pushes a rebuild as if these sources had changed (tests; the watcher does this otherwise).
    func rebuild(changed paths: [String]) async -> ReloadEvent? {
        let build = await source.update(changed: paths)
        let event = await state.apply(build)
        if let event { await broadcaster.publish(event) }
        return event
    }

    private func startWatching() -> AsyncStream<[String]>? {
        switch configuration.watch {
        case .none:
            return nil
        case .polling(let interval):
            report(.watching("polling every \(interval)"))
            return PollingWatcher(root: configuration.root, interval: interval).changes()
        case .automatic:
            #if canImport(Glibc)
            if let stream = InotifyWatcher(root: configuration.root, window: configuration.batchWindow).changes() {
                report(.watching("inotify"))
                return stream
            }
            #endif
            report(.watching("polling every 250 ms (inotify unavailable)"))
            return PollingWatcher(root: configuration.root, interval: .milliseconds(250)).changes()
        }
    }

    /// IPv6 literals need brackets in a URL.
    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// Whether a host name or address keeps the server on this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}

/// Rebuilds after each batch of source changes and tells the open pages.
struct RebuildService: Service {
    let changes: AsyncStream<[String]>
    let source: any PreviewSource
    let state: PreviewState
    let broadcaster: ReloadBroadcaster
    let report: @Sendable (PreviewServer.Event) -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            for await paths in changes {
                let start = ContinuousClock.now
                let build = await source.update(changed: paths)
                let event = await state.apply(build)
                if let event { await broadcaster.publish(event) }
                report(.built(build, changedSources: paths, duration: ContinuousClock.now - start, changedPaths: event?.changed.count ?? 0))
            }
        }
    }
}
