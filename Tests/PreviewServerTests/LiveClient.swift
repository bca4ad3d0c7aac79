import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
@testable import PreviewServer

/// The preview on a real loopback socket (an ephemeral port), and a client for it that answers
/// in Hummingbird's types, so router tests read like HummingbirdTesting's and need neither it
/// nor the TLS stack (BoringSSL) it brings in.
struct LiveClient: Sendable {
    let port: Int

    struct Response: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    /// Sends one request and reads the whole answer.
    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:]) async throws -> Response {
        var sent = HTTPHeaders()
        for field in headers { sent.add(name: field.name.rawName, value: field.value) }
        let page = try await LoopbackHTTP.get(port: port, uri, method: HTTPMethod(rawValue: method.rawValue), headers: sent)
        var fields = HTTPFields()
        for (name, value) in page.headers { if let name = HTTPFields.Element.Name(name) { fields.append(HTTPFields.Element(name: name, value: value)) } }
        return Response(status: HTTPResponse.Status(code: Int(page.status)), headers: fields, body: ByteBuffer(string: page.body))
    }

    /// Starts the server `make` builds (handing it where to report), waits until it listens,
    /// runs `body` with it and a client, and stops it whatever `body` did.
    static func test(_ make: (@escaping @Sendable (PreviewServer.Event) -> Void) -> PreviewServer,
                     _ body: (PreviewServer, LiveClient) async throws -> Void) async throws {
        let (events, sink) = AsyncStream.makeStream(of: PreviewServer.Event.self)
        let server = make { sink.yield($0) }
        let app = await server.buildApplication()
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "test")))
        let running = Task { try await group.run() }
        var port = 0
        for await event in events {
            if case .listening(_, let bound) = event { port = bound; break }
        }
        do {
            try await body(server, LiveClient(port: port))
        } catch {
            await group.triggerGracefulShutdown()
            _ = try? await running.value
            throw error
        }
        await group.triggerGracefulShutdown()
        try await running.value
    }
}
