import Foundation
import NIOCore

extension PreviewServer {
    /// A plain sentence for a failure to listen on `host:port`, or nil when `error` is not
    /// one. NIO says `bind(descriptor:ptr:bytes:): Address already in use (errno: 98)`, which
    /// names neither the port nor what to do.
    public static func listenFailure(_ error: any Error, host: String, port: Int) -> String? {
        guard let error = error as? IOError else { return nil }
        let instead = port < 65535 ? "try --port \(port + 1), or --port 0 to pick a free one" : "try --port 0 to pick a free one"
        switch error.errnoCode {
        case EADDRINUSE:
            return "port \(port) on \(host) is in use, perhaps by another report-site serve: \(instead)"
        case EACCES:
            let why = port < 1024 ? ": ports below 1024 need administrator rights" : ""
            return "not allowed to listen on port \(port) on \(host)\(why); try --port 8000, or --port 0 to pick a free one"
        case EADDRNOTAVAIL:
            return "cannot listen on \(host): it is not an address of this machine; leave out --host to listen on 127.0.0.1"
        default:
            return nil
        }
    }
}
