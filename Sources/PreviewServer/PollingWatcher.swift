import Foundation

/// Watches the site's folders by listing them at an interval and comparing modification
/// times, sizes and inodes: for file systems without inotify (and for macOS).
struct PollingWatcher: Sendable {
    var root: URL
    var interval: Duration

    /// Batches of changed site-relative paths, until the stream is dropped.
    func changes() -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let root = self.root, interval = self.interval
            let task = Task {
                var previous = Self.scan(root)
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    if Task.isCancelled { break }
                    let current = Self.scan(root)
                    var changed: [String] = []
                    for (path, stamp) in current where previous[path] != stamp { changed.append(path) }
                    for path in previous.keys where current[path] == nil { changed.append(path) }
                    previous = current
                    if !changed.isEmpty { continuation.yield(changed.sorted()) }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    static func scan(_ root: URL) -> [String: Stamp] {
        let fileManager = FileManager.default
        var stamps: [String: Stamp] = [:]
        for folder in WatchedFolders.names {
            let base = root.appendingPathComponent(folder)
            for relative in fileManager.subpaths(atPath: base.path) ?? [] {
                let path = folder + "/" + relative
                if IgnoredNames.containsAny(in: path) { continue }
                guard let attributes = try? fileManager.attributesOfItem(atPath: root.appendingPathComponent(path).path),
                      attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                stamps[path] = Stamp(
                    modified: attributes[.modificationDate] as? Date,
                    size: (attributes[.size] as? NSNumber)?.intValue,
                    inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
            }
        }
        return stamps
    }
}
