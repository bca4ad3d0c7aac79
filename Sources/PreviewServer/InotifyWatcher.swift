#if canImport(Glibc)
import Foundation
import Glibc

/// Watches the site's folders with Linux inotify: one watch per directory, added as
/// directories appear, events grouped into batches by `BatchWindow`.
///
/// The events are read on a thread of its own with `poll`, which also times the batching
/// window; a pipe wakes the thread when the stream is dropped.
struct InotifyWatcher: Sendable {
    var root: URL
    var window: BatchWindow

    /// nil when inotify is unavailable (the caller falls back to polling).
    func changes() -> AsyncStream<[String]>? {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var wake: [Int32] = [-1, -1]
        guard pipe(&wake) == 0 else {
            close(fd)
            return nil
        }
        let reader = Reader(fd: fd, wakeFD: wake[0], root: root.standardizedFileURL.path, window: window)
        reader.addInitialWatches()
        let wakeWrite = wake[1]
        return AsyncStream { continuation in
            let thread = Thread {
                reader.run { continuation.yield($0) }
                continuation.finish()
                close(fd)
                close(reader.wakeFD)
            }
            thread.name = "report-site inotify"
            thread.start()
            continuation.onTermination = { _ in
                var byte: UInt8 = 1
                _ = write(wakeWrite, &byte, 1)
                close(wakeWrite)
            }
        }
    }
}

/// The state of one inotify descriptor, used only from its reading thread (after setup).
private final class Reader: @unchecked Sendable {
    let fd: Int32
    let wakeFD: Int32
    let root: String
    let window: BatchWindow
    /// Watch descriptor → directory, relative to the root ("" for the root itself).
    private var directories: [Int32: String] = [:]

    private static let fileMask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    // The site folder itself: only the watched folders appearing, vanishing or being renamed.
    private static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)

    init(fd: Int32, wakeFD: Int32, root: String, window: BatchWindow) {
        self.fd = fd
        self.wakeFD = wakeFD
        self.root = root
        self.window = window
    }

    func addInitialWatches() {
        addWatch("", mask: Self.rootMask)
        for folder in WatchedFolders.names { _ = addTree(folder) }
    }

    private func addWatch(_ relative: String, mask: UInt32) {
        let path = relative.isEmpty ? root : root + "/" + relative
        let wd = inotify_add_watch(fd, path, mask)
        if wd >= 0 { directories[wd] = relative }
    }

    /// Watches a directory and every directory below it; returns the files found in it, which
    /// count as changed when the directory appears after the start.
    private func addTree(_ relative: String) -> [String] {
        var isDirectory: ObjCBool = false
        let path = root + "/" + relative
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        addWatch(relative, mask: Self.fileMask)
        var files: [String] = []
        for sub in FileManager.default.subpaths(atPath: path) ?? [] {
            let child = relative + "/" + sub
            if IgnoredNames.containsAny(in: child) { continue }
            var childIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + child, isDirectory: &childIsDirectory) else { continue }
            if childIsDirectory.boolValue { addWatch(child, mask: Self.fileMask) } else { files.append(child) }
        }
        return files
    }

    /// A directory moved away: its watches would report events under its old name.
    private func removeWatches(under path: String) {
        for (wd, directory) in directories where directory == path || directory.hasPrefix(path + "/") {
            inotify_rm_watch(fd, wd)
            directories.removeValue(forKey: wd)
        }
    }

    /// Reads events until woken through the pipe, handing over one batch at a time.
    func run(_ deliver: ([String]) -> Void) {
        var pending = Set<String>()
        var batchStart: ContinuousClock.Instant?
        var batchLast: ContinuousClock.Instant?
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let clock = ContinuousClock()
        while true {
            var timeout: Int32 = -1
            if let firstEvent = batchStart, let lastEvent = batchLast {
                let deadline = min(lastEvent + window.quiet, firstEvent + window.longest)
                let remaining = deadline - clock.now
                timeout = max(0, Int32(remaining / .milliseconds(1)))
                if remaining <= .zero {
                    deliver(pending.sorted())
                    pending.removeAll()
                    (batchStart, batchLast) = (nil, nil)
                    continue
                }
            }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if fds[1].revents != 0 { return }
            guard fds[0].revents & Int16(POLLIN) != 0 else { continue }
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { continue }
            let now = clock.now
            let changed = parse(buffer, count: count)
            if !changed.isEmpty {
                pending.formUnion(changed)
                if batchStart == nil { batchStart = now }
                batchLast = now
            }
        }
    }

    /// The site-relative paths named by the events in the buffer.
    private func parse(_ buffer: [UInt8], count: Int) -> [String] {
        var changed: [String] = []
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        buffer.withUnsafeBytes { raw in
            while offset + headerSize <= count {
                let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + headerSize)..<(offset + headerSize + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += headerSize + length

                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: rebuild everything.
                    changed.append(contentsOf: WatchedFolders.names)
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    directories.removeValue(forKey: wd)
                    continue
                }
                guard let directory = directories[wd] else { continue }
                if name.isEmpty {
                    // The watched directory itself was deleted or moved.
                    if !directory.isEmpty { changed.append(directory) }
                    continue
                }
                if directory.isEmpty {
                    // In the site folder only the watched folders themselves matter.
                    guard WatchedFolders.names.contains(name) else { continue }
                    changed.append(name)
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { changed.append(contentsOf: addTree(name)) }
                    continue
                }
                if IgnoredNames.contains(name[...]) { continue }
                let path = directory + "/" + name
                changed.append(path)
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_MOVED_FROM) != 0 { removeWatches(under: path) }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    changed.append(contentsOf: addTree(path))
                }
            }
        }
        return changed
    }
}
#endif
