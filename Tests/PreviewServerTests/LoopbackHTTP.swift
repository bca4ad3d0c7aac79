import NIOCore
import NIOHTTP1
import NIOPosix

/// A small HTTP/1.1 client for a server on loopback, on swift-nio's own HTTP codec (in the
/// graph through Hummingbird): one connection per request, the answer's body read as it
/// arrives, as a browser reads an event stream that never ends. It stands in for
/// AsyncHTTPClient, whose TLS stack (BoringSSL) took minutes to compile for this one test.
enum LoopbackHTTP {
    /// A whole answer.
    struct Page {
        var status: UInt
        var headers: HTTPHeaders
        var body: String
    }

    /// An answer whose head has arrived; its body is read piece by piece.
    struct Stream {
        let head: HTTPResponseHead
        fileprivate var parts: AsyncThrowingStream<HTTPClientResponsePart, any Error>.AsyncIterator
        let channel: any Channel

        /// The next piece of the body as it arrived, nil at its end or when the server closed.
        mutating func next() async throws -> ByteBuffer? {
            while let part = try await parts.next() {
                switch part {
                case .body(let buffer): return buffer
                case .end: return nil
                case .head: continue
                }
            }
            return nil
        }

        func close() async {
            try? await channel.close()
        }
    }

    /// Sends `method target` (as is: no client tidies the path), with `headers`, and waits for
    /// the answer's head.
    static func open(port: Int, _ target: String, method: HTTPMethod = .GET, headers: HTTPHeaders = [:]) async throws -> Stream {
        let (parts, sink) = AsyncThrowingStream.makeStream(of: HTTPClientResponsePart.self)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(PartForwarder(sink: sink))
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        var head = HTTPRequestHead(version: .http1_1, method: method, uri: target)
        head.headers.add(contentsOf: headers)
        head.headers.add(name: "Host", value: "127.0.0.1:\(port)")
        head.headers.add(name: "Connection", value: "close")
        // Head and end in one flush: the server may answer, and close, once it has the head.
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        try await channel.writeAndFlush(HTTPClientRequestPart.end(nil))
        var iterator = parts.makeAsyncIterator()
        guard case .head(let responseHead) = try await iterator.next() else {
            try? await channel.close()
            throw NoAnswer(target: target)
        }
        return Stream(head: responseHead, parts: iterator, channel: channel)
    }

    /// Sends `GET target` (or another method, with headers) and reads the whole answer.
    static func get(port: Int, _ target: String, method: HTTPMethod = .GET, headers: HTTPHeaders = [:]) async throws -> Page {
        var stream = try await open(port: port, target, method: method, headers: headers)
        var body = ByteBuffer()
        do {
            while var piece = try await stream.next() { body.writeBuffer(&piece) }
        } catch {
            await stream.close()
            throw error
        }
        await stream.close()
        return Page(status: stream.head.status.code, headers: stream.head.headers, body: String(buffer: body))
    }

    struct NoAnswer: Error {
        let target: String
    }
}

/// Hands each part of the answer, and its end, to the stream the test reads.
private final class PartForwarder: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    let sink: AsyncThrowingStream<HTTPClientResponsePart, any Error>.Continuation

    init(sink: AsyncThrowingStream<HTTPClientResponsePart, any Error>.Continuation) { self.sink = sink }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        sink.yield(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        sink.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        sink.finish(throwing: error)
        context.close(promise: nil)
    }
}
