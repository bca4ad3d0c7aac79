import Hummingbird

/// The preview's additions to a served HTML page: the error overlay when the build is broken,
/// then the script that listens for reload events. Only the server adds them; `build` output
/// never holds them.
enum LiveReload {
    /// The event stream's path; the site may not use `/_preview/`.
    static let eventsPath = "/_preview/events"

    /// `page` is the site path the browser asked for, `token` what it is being shown,
    /// `watch` further site paths whose change should reload it.
    static func fragment(page: String, token: String, watch: [String], overlay: String?) -> String {
        let attributes = "data-page=\"\(ErrorOverlay.escape(page))\" data-token=\"\(ErrorOverlay.escape(token))\" data-watch=\"\(ErrorOverlay.escape(watch.joined(separator: " ")))\""
        return (overlay ?? "") + "<script id=\"report-site-preview\" \(attributes)>\(script)</script>\n"
    }

    /// Reloads when this page, or a file it links (a stylesheet, an image), changed, or when
    /// the error overlay came or went. EventSource reconnects by itself after a restart, and
    /// the server answers `reload` at once if the page went stale meanwhile.
    static let script = """
    (function () {
      var me = document.currentScript, page = me.dataset.page, token = me.dataset.token;
      var watched = [page].concat(me.dataset.watch ? me.dataset.watch.split(" ") : []);
      function key(url) {
        var u = new URL(url, location.href);
        if (u.origin !== location.origin) return null;
        var p = u.pathname.slice(1);
        try { p = decodeURIComponent(p); } catch (e) {}
        return (p === "" || p.slice(-1) === "/") ? p + "index.html" : p;
      }
      function shows(path) {
        if (watched.indexOf(path) >= 0) return true;
        var linked = document.querySelectorAll("link[href],img[src],script[src],object[data],source[src]");
        for (var i = 0; i < linked.length; i++) {
          var el = linked[i];
          if (key(el.href || el.src || el.data) === path) return true;
        }
        return false;
      }
      var events = new EventSource("\(eventsPath)?page=" + encodeURIComponent(page) + "&token=" + encodeURIComponent(token));
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("change", function (e) {
        var change = JSON.parse(e.data);
        if (change.all || change.changed.some(shows)) location.reload();
      });
    })();
    """

    /// The page's bytes with the fragment placed before its last `</body>` (or at the end).
    static func inject(_ fragment: String, into file: SiteFile) -> ByteBuffer {
        var page = file.bytes
        let cut = file.bodyEnd ?? page.readableBytes
        var result = ByteBuffer()
        result.reserveCapacity(page.readableBytes + fragment.utf8.count)
        if var head = page.readSlice(length: cut) { result.writeBuffer(&head) }
        result.writeString(fragment)
        result.writeBuffer(&page)
        return result
    }

    /// Shown for a missing path when the site has no 404 page of its own.
    static let notFoundPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not found</title></head>
    <body>
    <main><h1>Not found</h1><p>The site has no page at this address.</p></main>
    </body>
    </html>

    """

    /// The page shown at every path while no build has succeeded yet.
    static let unbuiltPage = """
    <!DOCTYPE html>
    <html lang="en">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>report-site preview: the site does not build</title></head>
    <body>
    <main><h1>The site does not build yet</h1><p>Fix the errors listed; this page updates by itself.</p></main>
    </body>
    </html>

    """
}
