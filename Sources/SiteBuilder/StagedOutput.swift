#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Pages
import Synchronization
import Theme

#if os(Linux)
/// glibc's `syncfs(2)`, which its Swift module does not export (it is declared under `_GNU_SOURCE`).
@_silgen_name("syncfs") private func syncFileSystem(_ fd: Int32) -> Int32
/// glibc's `renameat2(2)`, declared under `_GNU_SOURCE` too.
@_silgen_name("renameat2") private func renameat2(_ fromFolder: Int32, _ from: UnsafePointer<CChar>, _ toFolder: Int32,
                                                  _ to: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
/// Swaps two paths in one step (`RENAME_EXCHANGE`); false where the filesystem cannot.
private func exchange(_ first: String, _ second: String) -> Bool {
    renameat2(AT_FDCWD, first, AT_FDCWD, second, 2) == 0
}
#else
private func syncFileSystem(_ fd: Int32) -> Int32 { sync(); return 0 }
private func exchange(_ first: String, _ second: String) -> Bool { false }
#endif

/// The output folder being written: files go into a staging folder beside it as they are
/// rendered (so memory stays bounded), each folder is created once, and `commit()` makes the
/// whole tree durable with one filesystem sync, then swaps it with the output in one step.
/// `abort()` leaves the output exactly as it was.
///
/// The output a build replaces is kept beside it (`.<name>.previous`) and is the next build's
/// staging folder: most of its entries are already the files the next output holds (hard
/// links to them), so a rebuild changes only the entries that differ, instead of linking
/// every file into new folders and deleting the old tree, which cost a 300-city rebuild a
/// second of file-system work. Nothing in it is trusted: an entry stays only if it is the
/// very file (device, inode, size and time) to be taken, and anything the build does not
/// write is removed before the swap. It costs the disk the replaced versions of files that
/// changed: after a build that rendered everything, a whole second copy.
final class StagedOutput {
    let output: URL
    let staging: URL
    /// The folder the output is moved to when the filesystem cannot swap in one step.
    private let replaced: URL
    /// The kept previous output.
    private let keptFolder: URL
    /// Whether the staging folder was made empty (no kept output to reconcile).
    private let fresh: Bool
    private var createdFolders: Set<String> = [""]
    /// Every path written, for the summary and to refuse a second file at the same path.
    private(set) var written: Set<String> = []
    /// Each file's stamp as written or linked, by path: what the next build's manifest holds.
    private(set) var stamps: [String: FileStamp] = [:]
    /// Files taken from the previous output, by path.
    private(set) var linked: Set<String> = []
    /// The kept output's entries as `link` found them, by path (nil until then, and when fresh).
    private var kept: [String: KeptEntry]?

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        (staging, replaced, keptFolder) = Self.siblings(of: self.output)
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.clearLeftovers(of: self.output)
        if Self.isFolder(keptFolder.path), rename(keptFolder.path, staging.path) == 0 {
            fresh = false
        } else {
            try? fileManager.removeItem(at: keptFolder)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            fresh = true
        }
    }

    /// The folders beside an output: fixed names (not random), so that what a killed build
    /// left is found by the next.
    private static func siblings(of output: URL) -> (staging: URL, replaced: URL, kept: URL) {
        let parent = output.deletingLastPathComponent(), name = output.lastPathComponent
        return (parent.appendingPathComponent(".\(name).tmp-build"), parent.appendingPathComponent(".\(name).tmp-old"),
                parent.appendingPathComponent(".\(name).previous"))
    }

    /// Clears what a killed build left beside the output: its staging folder becomes the kept
    /// output if there is none (it is reconciled like one), and a replaced output still
    /// beside it is removed.
    static func clearLeftovers(of output: URL) {
        let (staging, replaced, kept) = siblings(of: output)
        try? FileManager.default.removeItem(at: replaced)
        guard FileManager.default.fileExists(atPath: staging.path) else { return }
        keep(staging, as: kept)
    }

    /// Moves a tree to the kept output's place if that is free, else removes it (one is kept).
    private static func keep(_ tree: URL, as kept: URL) {
        if isFolder(kept.path) || !isFolder(tree.path) || rename(tree.path, kept.path) != 0 {
            try? FileManager.default.removeItem(at: tree)
        }
    }

    /// Whether a path is a folder itself, not a link to one.
    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Removes the kept output's entry at a staging path, whatever it is, before a file is
    /// made there: a kept file may be a link to the live output's, and is replaced, never
    /// written into.
    private static func clear(_ path: String, fresh: Bool) throws {
        guard !fresh, unlink(path) != 0, errno != ENOENT else { return }
        try FileManager.default.removeItem(atPath: path)
    }

    /// Writes a file into the staged tree.
    /// `previous`: the stamp the previous build recorded for the file at this path. If that
    /// file is still as written and holds these very bytes, it is taken (a hard link) instead:
    /// a route rendered again the same (a template edit re-renders every route; most charts
    /// come out the same) keeps its file, and the next rebuild finds it in the kept output.
    func write(_ file: OutputFile, previous: FileStamp? = nil) throws {
        guard !file.path.isEmpty, !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputWriteError.unsafePath(file.path)
        }
        // A standalone chart a reused route linked may be drawn again by a route rendered anew:
        // the same inputs, so the same bytes; the linked file stays.
        if linked.contains(file.path) { return }
        guard written.insert(file.path).inserted else { throw OutputWriteError.duplicate(file.path) }
        try makeFolders(for: file.path)
        let path = staging.path + "/" + file.path
        if let previous, let data = file.heldBytes, takeUnchanged(file.path, data, stamp: previous, placed: path) {
            stamps[file.path] = previous
            return
        }
        try Self.clear(path, fresh: fresh)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputWriteError.cannotWrite(file.path, underlying: String(cString: strerror(errno))) }
        defer { close(fd) }
        try file.write { data in
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        throw OutputWriteError.cannotWrite(file.path, underlying: String(cString: strerror(errno)))
                    }
                    offset += count
                }
            }
        }
        stamps[file.path] = FileStamp(descriptor: fd)
    }

    /// Takes files of the previous output as they are (hard links: no bytes are copied), each
    /// if it is still the file its stamp describes; returns those that are not (they must be
    /// made anew). A path already placed, or listed twice, is taken once. A rebuild takes
    /// thousands, most of them in the kept output already; the others' folders are made
    /// first, then each folder's files are linked on all cores, a folder to a thread (a
    /// folder's entries are changed under one lock, so threads share none).
    func link(_ files: [(path: String, stamp: FileStamp)]) throws -> [String] {
        if !fresh, kept == nil { kept = Self.entries(of: staging.path) }
        written.reserveCapacity(files.count)
        linked.reserveCapacity(files.count)
        stamps.reserveCapacity(files.count)
        var paths: [String: FileStamp] = [:]
        for (path, stamp) in files where !written.contains(path) {
            // The kept output's entry is that very file already: the same inode of the same
            // filesystem as the previous output's file, whose stamp the plan checked. The
            // folders holding it are the kept tree's own (`readdir` found it through them).
            if let entry = kept?[path], entry.isSame(as: stamp) {
                var folder = Self.folder(of: path)
                while !folder.isEmpty, createdFolders.insert(folder).inserted { folder = Self.folder(of: folder) }
                take(path, stamp)
            } else {
                paths[path] = stamp
            }
        }
        let toLink = paths
        let folders = Dictionary(grouping: toLink.keys, by: Self.folder(of:))
        for group in folders.values { try makeFolders(for: group[0]) }
        // The largest folders first, so that no thread is left with one at the end.
        let groups = folders.values.sorted { $0.count > $1.count }
        let source = output.path + "/", target = staging.path + "/"
        let outcome = Mutex<(stale: [String], error: OutputWriteError?)>(([], nil))
        let fresh = fresh
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            var stale: [String] = []
            for path in groups[index] {
                let placed = target + path
                // Checked again here although the plan checked it: the previous output may have
                // been changed since, and a link would carry the change.
                let existing = source + path
                guard FileStamp(path: existing) == toLink[path] else {
                    stale.append(path)
                    continue
                }
                do {
                    try Self.clear(placed, fresh: fresh)
                } catch {
                    outcome.withLock { $0.error = $0.error ?? OutputWriteError.cannotWrite(path, underlying: "\(error)") }
                    return
                }
                guard systemLink(existing, placed) == 0 else {
                    if errno == ENOENT {
                        stale.append(path)
                        continue
                    }
                    let error = OutputWriteError.cannotWrite(path, underlying: String(cString: strerror(errno)))
                    outcome.withLock { $0.error = $0.error ?? error }
                    return
                }
            }
            outcome.withLock { $0.stale += stale }
        }
        let (stale, error) = outcome.withLock { $0 }
        if let error { throw error }
        let staleSet = Set(stale)
        for (path, stamp) in paths where !staleSet.contains(path) { take(path, stamp) }
        return stale.sorted()
    }

    /// Places the previous output's file at a path in the staged tree if it is still the file
    /// the previous build wrote (`stamp`) and holds `data`; false, with nothing placed, if not.
    private func takeUnchanged(_ relative: String, _ data: Data, stamp: FileStamp, placed: String) -> Bool {
        let existing = output.path + "/" + relative
        // Only the very file the previous build wrote is opened (never a link, a FIFO or a
        // file put in its place), and it is checked again once open.
        guard stamp.size == data.count, FileStamp(path: existing) == stamp else { return false }
        let fd = open(existing, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard FileStamp(descriptor: fd) == stamp, Self.contents(of: fd, equal: data) else { return false }
        // The kept output's entry is that file already.
        if let entry = kept?[relative], entry.isSame(as: stamp) { return true }
        guard (try? Self.clear(placed, fresh: fresh)) != nil, systemLink(existing, placed) == 0 else { return false }
        // Changed between the check and the link: the file is written instead.
        guard FileStamp(path: placed) == stamp else {
            unlink(placed)
            return false
        }
        return true
    }

    /// Whether an open file's bytes are exactly `data` (whose count is the file's size).
    private static func contents(of fd: Int32, equal data: Data) -> Bool {
        var found = Data(count: data.count)
        let count = found.withUnsafeMutableBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let read = pread(fd, buffer.baseAddress! + offset, buffer.count - offset, off_t(offset))
                if read < 0, errno == EINTR { continue }
                guard read > 0 else { break }
                offset += read
            }
            return offset
        }
        return count == data.count && found == data
    }

    /// Records a file taken from the previous output.
    private func take(_ path: String, _ stamp: FileStamp) {
        linked.insert(path)
        written.insert(path)
        stamps[path] = stamp
    }

    /// The folder holding a path ("" for the top).
    private static func folder(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    private func makeFolders(for path: String) throws {
        var folder = ""
        for component in path.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(component) : "/" + component
            guard createdFolders.insert(folder).inserted else { continue }
            let path = staging.path + "/" + folder
            guard mkdir(path, 0o755) != 0 else { continue }
            // The kept output's folder is used as it is; anything else in its place is removed.
            if errno == EEXIST, Self.isFolder(path) { continue }
            if errno == EEXIST, !fresh, (try? FileManager.default.removeItem(atPath: path)) != nil, mkdir(path, 0o755) == 0 { continue }
            throw OutputWriteError.cannotWrite(folder + "/", underlying: String(cString: strerror(errno)))
        }
    }

    /// Removes what the kept output holds that this build did not write (files of routes that
    /// are gone, a search index it no longer has): called once every file is written, before
    /// the tree is swapped in.
    /// `keeping`: paths written otherwise (the search index), kept with all they hold.
    func removeUnwritten(keeping: Set<String> = []) {
        guard !fresh else { return }
        // The entries `link` found: what the build added since are its own files and folders.
        // Only those within folders it made are looked at: a folder it did not make goes whole.
        for path in (kept ?? Self.entries(of: staging.path)).keys {
            guard !written.contains(path), !createdFolders.contains(path), !keeping.contains(path),
                  createdFolders.contains(Self.folder(of: path)) else { continue }
            // A link is removed itself, never followed.
            try? FileManager.default.removeItem(atPath: staging.path + "/" + path)
        }
    }

    /// An entry of the kept output as `readdir` names it: no `stat` of its own (a rebuild
    /// has 25,000).
    private struct KeptEntry {
        /// The inode, and the device of the folder holding it.
        var inode: UInt64
        var device: UInt64
        var isFile: Bool

        /// Whether it is the file a stamp describes: a hard link to it.
        func isSame(as stamp: FileStamp) -> Bool {
            isFile && inode == stamp.inode && device == stamp.device
        }
    }

    /// Every entry under a folder, by path relative to it, found with `readdir`; a link is
    /// listed, not followed, and an entry whose type `readdir` does not give is `lstat`ed.
    private static func entries(of root: String) -> [String: KeptEntry] {
        var found: [String: KeptEntry] = [:]
        var folders = [""]
        while let folder = folders.popLast() {
            let base = folder.isEmpty ? root : root + "/" + folder
            guard let stream = opendir(base) else { continue }
            defer { closedir(stream) }
            var info = stat()
            guard fstat(dirfd(stream), &info) == 0 else { continue }
            let device = UInt64(info.st_dev)
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                guard name != ".", name != ".." else { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                var type = entry.pointee.d_type
                if type == DT_UNKNOWN {
                    var info = stat()
                    guard lstat(base + "/" + name, &info) == 0 else { continue }
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
                }
                found[path] = KeptEntry(inode: UInt64(entry.pointee.d_ino), device: device, isFile: type == DT_REG)
                if type == DT_DIR { folders.append(path) }
            }
        }
        return found
    }

    /// Makes the staged tree durable and swaps it in for the output, which is kept beside it
    /// for the next build.
    func commit() throws {
        // One sync of the filesystem holding the staged tree, not an fsync per file.
        let fd = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = syncFileSystem(fd)
            close(fd)
        }
        let fileManager = FileManager.default
        var info = stat()
        if lstat(output.path, &info) != 0 {
            try fileManager.moveItem(at: staging, to: output)
        } else if exchange(staging.path, output.path) {
            // The staging folder's name now holds the replaced output.
            Self.keep(staging, as: keptFolder)
        } else {
            do {
                try fileManager.moveItem(at: output, to: replaced)
                try fileManager.moveItem(at: staging, to: output)
            } catch {
                // Put the previous site back if the swap got halfway.
                if !fileManager.fileExists(atPath: output.path), fileManager.fileExists(atPath: replaced.path) {
                    try? fileManager.moveItem(at: replaced, to: output)
                }
                try? fileManager.removeItem(at: staging)
                throw error
            }
            Self.keep(replaced, as: keptFolder)
        }
        // The renames themselves are durable once the parent folder is synced.
        let parent = open(output.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 {
            _ = fsync(parent)
            close(parent)
        }
    }

    /// Gives up the staged tree; the output is untouched. The tree is kept for the next build
    /// as the previous output would be (nothing in it is trusted).
    func abort() {
        Self.keep(staging, as: keptFolder)
    }
}

/// `link(2)`, named apart from the method above.
private func systemLink(_ existing: String, _ new: String) -> Int32 {
    link(existing, new)
}

/// `write(2)`, named apart from the method above.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
