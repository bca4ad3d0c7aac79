import Foundation
import Hummingbird

/// Answers `GET` and `HEAD` for site paths from the in-memory site; everything under
/// `/_preview/` goes on to the router (the event stream).
struct SiteFilesMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: PreviewState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path.hasPrefix("/_preview/") { return try await next(request, context) }
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let answer: Answer
        switch SitePath.resolve(request.uri.path) {
        case .file(let key): answer = await state.answer(for: key)
        case .invalid: answer = await state.notFoundAnswer()
        }
        let response = SiteResponse.make(answer, ifNoneMatch: request.headers[.ifNoneMatch])
        return request.method == .head ? response.createHeadResponse() : response
    }
}

/// The HTTP response for an `Answer`.
enum SiteResponse {
    static func make(_ answer: Answer, ifNoneMatch: String?) -> Response {
        var headers: HTTPFields = [.xContentTypeOptions: "nosniff"]
        switch answer.lookup {
        case .file(let file):
            let isHTML = ContentType.isHTML(answer.key)
            let etag = "\"\(isHTML ? answer.token : ContentHash.hex(file.hash))\""
            headers[.eTag] = etag
            // Revalidate every time: an edit must show on the next load, and a 304 is cheap.
            headers[.cacheControl] = "no-cache"
            if let ifNoneMatch, matches(ifNoneMatch, etag) {
                return Response(status: .notModified, headers: headers)
            }
            headers[.contentType] = ContentType.forPath(answer.key)
            let body = isHTML ? LiveReload.inject(fragment(answer), into: file) : file.bytes
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        case .redirect(let location):
            headers[.location] = location
            headers[.cacheControl] = "no-store"
            return Response(status: .movedPermanently, headers: headers)
        case .notFound(let page):
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            let page = page ?? SiteFile(path: "404.html", data: Data(LiveReload.notFoundPage.utf8))
            return Response(status: .notFound, headers: headers, body: .init(byteBuffer: LiveReload.inject(fragment(answer), into: page)))
        case .unbuilt:
            headers[.contentType] = "text/html; charset=utf-8"
            headers[.cacheControl] = "no-store"
            let page = SiteFile(path: "index.html", data: Data(LiveReload.unbuiltPage.utf8))
            return Response(status: .serviceUnavailable, headers: headers, body: .init(byteBuffer: LiveReload.inject(fragment(answer), into: page)))
        }
    }

    private static func fragment(_ answer: Answer) -> String {
        let watch: [String]
        switch answer.lookup {
        case .notFound: watch = ["404.html"]
        default: watch = []
        }
        return LiveReload.fragment(page: answer.key, token: answer.token, watch: watch, overlay: answer.overlay)
    }

    /// `If-None-Match`: `*` or a list of (possibly weak) tags.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }
}
