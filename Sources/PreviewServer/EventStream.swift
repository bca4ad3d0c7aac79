import Foundation
import Hummingbird
import ServiceLifecycle

/// `GET /_preview/events?page=…&token=…`: a server-sent event stream for one open page.
///
/// It sends `reload` at once when the page changed while the browser was not listening
/// (the token it was served with is no longer current), then a `change` event after every
/// rebuild that changed something. The stream ends when the client goes away or the server
/// shuts down, so an open tab never holds the server up.
enum EventStream {
    static func response(for request: Request, state: PreviewState, broadcaster: ReloadBroadcaster) -> Response {
        let parameters = request.uri.queryParameters
        let page = parameters["page"].map(String.init)
        let token = parameters["token"].map(String.init)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-store",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let subscription = await broadcaster.subscribe()
            defer { Task { await broadcaster.unsubscribe(subscription.id) } }
            // Reconnect quickly after a restart; then check the page is still current. The
            // subscription came first, so no change falls between the check and the stream.
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            if let page, let token, await state.answer(for: page).token != token {
                try await writer.write(ByteBuffer(string: "event: reload\ndata: stale\n\n"))
            }
            try await withGracefulShutdownHandler {
                try await request.body.consumeWithInboundCloseHandler { _ in
                    for await event in subscription.stream {
                        try await writer.write(ByteBuffer(string: message(for: event)))
                    }
                } onInboundClosed: {
                    subscription.continuation.finish()
                }
            } onGracefulShutdown: {
                subscription.continuation.finish()
            }
            try await writer.finish(nil)
        })
    }

    /// What a change event tells the page.
    private struct Payload: Encodable {
        let all: Bool
        let changed: [String]
    }

    /// `event: change` with `{"all":false,"changed":["zh/index.html",…]}`.
    static func message(for event: ReloadEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(all: event.all, changed: event.changed))) ?? Data("{\"all\":true}".utf8)
        return "event: change\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
