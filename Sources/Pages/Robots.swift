import Foundation
import Theme

/// `robots.txt`: every crawler is let in, and told where the sitemap is.
///
/// Crawlers read robots.txt only at the root of a host (`https://example.org/robots.txt`). For
/// a site published under a sub-folder the file is still written (a copy the host's owner can
/// take the sitemap line from), but it says at its top that it is not read where it is, and
/// `build` prints a note saying so.
package enum Robots {
    /// The file for a site published at `baseURL` (nil when there is none: no sitemap line).
    package static func text(baseURL: String?) -> String {
        var text = ""
        if let baseURL, let hostFile = hostFile(for: baseURL) {
            text += """
            # This site is published under \(baseURL), but crawlers read robots.txt
            # only at the root of the host, \(hostFile): this copy is not read.
            # For crawlers to find the sitemap, add this line to the host's robots.txt:
            # Sitemap: \(baseURL)sitemap.xml

            """
        }
        text += "User-agent: *\nAllow: /\n"
        if let baseURL { text += "Sitemap: \(baseURL)sitemap.xml\n" }
        return text
    }

    /// What `build` tells about a base URL with a path, nil for one at the root of its host.
    /// A note, not a warning: nothing in the site is wrong, and `--strict` must not fail on it.
    package static func note(baseURL: String?) -> String? {
        guard let baseURL, let hostFile = hostFile(for: baseURL) else { return nil }
        return "robots.txt is not read under \(baseURL): crawlers read it only at the root of the host, \(hostFile); add 'Sitemap: \(baseURL)sitemap.xml' to that file (the built robots.txt says so too)"
    }

    /// The robots.txt crawlers read for a site under a sub-folder (`https://example.org/robots.txt`
    /// for `https://example.org/env/`); nil when the site is at the root of its host.
    package static func hostFile(for baseURL: String) -> String? {
        guard var components = URLComponents(string: baseURL), components.host != nil,
              components.path.contains(where: { $0 != "/" }) else { return nil }
        components.path = "/robots.txt"
        components.query = nil
        components.fragment = nil
        components.user = nil
        components.password = nil
        return components.string
    }
}
