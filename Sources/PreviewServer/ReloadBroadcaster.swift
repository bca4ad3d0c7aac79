import Foundation

/// Hands each reload event to every open event stream (one per open browser tab).
actor ReloadBroadcaster {
    private var subscribers: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]

    /// A new stream of events; finishing its continuation (client gone, shutdown) ends it.
    func subscribe() -> (id: UUID, stream: AsyncStream<ReloadEvent>, continuation: AsyncStream<ReloadEvent>.Continuation) {
        let id = UUID()
        // A slow tab only needs the newest few events; it reloads on any of them anyway.
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(16))
        subscribers[id] = continuation
        return (id, stream, continuation)
    }

    func unsubscribe(_ id: UUID) {
        subscribers.removeValue(forKey: id)?.finish()
    }

    func publish(_ event: ReloadEvent) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// Ends every open stream (used at shutdown and by tests).
    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }

    var count: Int { subscribers.count }
}
