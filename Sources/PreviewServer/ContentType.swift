/// The `Content-Type` a preview answers with, by file extension; text types carry their charset
/// because the site is UTF-8 throughout and holds Chinese text.
enum ContentType {
    static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml":
            // The feeds are Atom documents; other XML (the sitemap) is plain XML.
            return name == "feed.xml" ? "application/atom+xml; charset=utf-8" : "application/xml; charset=utf-8"
        case "atom": return "application/atom+xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }

    static func isHTML(_ path: String) -> Bool {
        forPath(path).hasPrefix("text/html")
    }
}
