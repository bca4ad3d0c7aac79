import Foundation
import Logging
import NIOHTTP1
import ServiceLifecycle
import Testing
@testable import PreviewServer

#if canImport(Glibc)
import Glibc
#endif

/// The preview on a real loopback socket with an ephemeral port, watching a temporary copy
/// of a site with inotify: edits reach the browser's event stream, broken content shows the
/// overlay, the fix clears it, and shutdown does not wait for open streams.
@Suite struct LiveServerTests {
    // The limit stands for the client's timeouts: a server that stops answering fails the test.
    @Test(.timeLimit(.minutes(2))) func editBreakFixAndStopWithAStreamOpen() async throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let (events, eventSink) = AsyncStream.makeStream(of: PreviewServer.Event.self)
        let server = PreviewServer(
            configuration: .init(root: fixture.root, port: 0, watch: .automatic),
            report: { eventSink.yield($0) })
        let app = await server.buildApplication()
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "test")))
        let running = Task { try await group.run() }

        var listening = 0
        for await event in events {
            if case .listening(let url, let bound) = event {
                listening = bound
                #expect(url == "http://127.0.0.1:\(bound)/")
                break
            }
        }
        let port = listening
        #expect(port > 0)
        func get(_ target: String) async throws -> LoopbackHTTP.Page { try await LoopbackHTTP.get(port: port, target) }

        // Open the report page and its event stream, as the injected script does.
        let reportPath = "zh/cities/alpha/plan/index.html"
        let page = try await get("/zh/cities/alpha/plan/")
        #expect(page.status == 200)
        let token = try #require(page.body.firstMatch(of: /data-token="([0-9a-f]+)"/)?.1)
        let stream = try await LoopbackHTTP.open(port: port, "/_preview/events?page=\(reportPath)&token=\(token)")
        #expect(stream.head.status == .ok)
        #expect(stream.head.headers.first(name: "content-type") == "text/event-stream; charset=utf-8")
        var reader = EventReader(stream)
        #expect(try await reader.next() == "retry: 500")

        // Edit the narrative: a change event names the page, which now holds the edit.
        try fixture.write("Content/cities/alpha/plan.zh.md", PreviewFixture.files["Content/cities/alpha/plan.zh.md"]! + "\n实时预览的新句子。\n")
        let change = try await reader.next { $0.hasPrefix("event: change") && $0.contains(reportPath) }
        #expect(!change.contains("en/cities/alpha/plan/index.html"))
        let edited = try await get("/zh/cities/alpha/plan/")
        #expect(edited.body.contains("实时预览的新句子。"))

        // Break city.yaml: every page shows the overlay naming the file and line, over the last good page.
        try fixture.write("Content/cities/alpha/city.yaml", PreviewFixture.cityYAML.replacingOccurrences(of: "value: 91.3 }", with: "value: [91.3 }"))
        _ = try await reader.next { $0.contains("\"all\":true") }
        let broken = try await get("/zh/cities/alpha/plan/")
        #expect(broken.status == 200)
        #expect(broken.body.contains("<span class=\"where\">Content/cities/alpha/city.yaml:11:"))
        #expect(broken.body.contains("实时预览的新句子。"))
        #expect(try await get("/en/").body.contains(ErrorOverlay.elementID))

        // Fix it: the overlay goes away by itself.
        try fixture.write("Content/cities/alpha/city.yaml", PreviewFixture.cityYAML)
        _ = try await reader.next { $0.contains("\"all\":true") }
        let fixed = try await get("/zh/cities/alpha/plan/")
        #expect(!fixed.body.contains(ErrorOverlay.elementID))
        #expect(fixed.body.contains("实时预览的新句子。"))

        // Traversal attempts, sent raw so that no client tidies the path first.
        for target in ["/../Content/site.yaml", "/%2e%2e/Content/site.yaml", "/zh%2f..%2f..%2fContent/site.yaml", "/..%5cContent%5csite.yaml", "/Content/site.yaml"] {
            let answer = try RawHTTP.request(port: port, target: target)
            #expect(answer.hasPrefix("HTTP/1.1 404"), "\(target): \(answer.prefix(40))")
            #expect(!answer.contains("defaultLanguage"))
        }

        // Many clients at once.
        try await withThrowingTaskGroup(of: UInt.self) { requests in
            for index in 0..<64 {
                requests.addTask { try await LoopbackHTTP.get(port: port, index % 2 == 0 ? "/zh/" : "/style.css").status }
            }
            for try await status in requests { #expect(status == 200) }
        }

        // A client that goes away mid-stream is forgotten.
        #expect(await server.broadcaster.count == 1)
        try RawHTTP.openAndDrop(port: port, target: "/_preview/events")
        try await RouterTests.waitFor { await server.broadcaster.count == 1 }

        // Stop while the event stream is still open: shutdown must not wait for it.
        await group.triggerGracefulShutdown()
        let stopped = await Self.finishes(within: .seconds(10)) { try? await running.value }
        #expect(stopped, "the server did not stop with an event stream open")
        await reader.stream.close()
        eventSink.finish()
    }

    /// Whether `operation` ends within the limit; it is not waited for beyond it.
    static func finishes(within limit: Duration, _ operation: @escaping @Sendable () async -> Void) async -> Bool {
        let (done, signal) = AsyncStream.makeStream(of: Void.self)
        Task {
            await operation()
            signal.finish()
        }
        return await withTaskGroup(of: Bool.self) { group in
            // Both children end on cancellation: the stream's iteration and the sleep.
            group.addTask { for await _ in done {}; return !Task.isCancelled }
            group.addTask { try? await Task.sleep(for: limit); return false }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}

/// Splits a server-sent event stream into its events (blocks separated by a blank line).
struct EventReader {
    var stream: LoopbackHTTP.Stream
    var pending = ""

    init(_ stream: LoopbackHTTP.Stream) { self.stream = stream }

    mutating func next(where matches: (String) -> Bool = { _ in true }) async throws -> String {
        while true {
            while let end = pending.range(of: "\n\n") {
                let event = String(pending[..<end.lowerBound])
                pending.removeSubrange(..<end.upperBound)
                if matches(event) { return event }
            }
            guard let chunk = try await stream.next() else { throw EndOfStream() }
            pending += String(buffer: chunk)
        }
    }

    struct EndOfStream: Error {}
}

/// A request line sent as is over a plain socket, for paths an HTTP client would normalise.
enum RawHTTP {
    static func request(port: Int, target: String) throws -> String {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var answer = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer += buffer[0..<count]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    /// Opens a request, reads the first bytes of the answer, and closes the connection.
    static func openAndDrop(port: Int, target: String) throws {
        let socket = try connect(port: port)
        try send(socket, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var buffer = [UInt8](repeating: 0, count: 512)
        _ = recv(socket, &buffer, buffer.count, 0)
        close(socket)
    }

    private static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        return socket
    }

    private static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EIO) }
    }
}
