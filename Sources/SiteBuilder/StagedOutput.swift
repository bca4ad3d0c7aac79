#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Pages
import Theme

#if os(Linux)
/// glibc's `syncfs(2)`, which its Swift module does not export (it is declared under `_GNU_SOURCE`).
@_silgen_name("syncfs") private func syncFileSystem(_ fd: Int32) -> Int32
#else
private func syncFileSystem(_ fd: Int32) -> Int32 { sync(); return 0 }
#endif

/// The output folder being written: files go into a staging folder beside it as they are
/// rendered (so memory stays bounded), each folder is created once, and `commit()` makes the
/// whole tree durable with one filesystem sync, then swaps it in. `abort()` leaves the
/// previous output exactly as it was.
final class StagedOutput {
    let output: URL
    let staging: URL
    private let previous: URL
    private var createdFolders: Set<String> = [""]
    /// Every path written, for the summary and to refuse a second file at the same path.
    private(set) var written: Set<String> = []
    /// Each file's stamp as written or linked, by path: what the next build's manifest holds.
    private(set) var stamps: [String: FileStamp] = [:]
    /// Files taken from the previous output, by path.
    private(set) var linked: Set<String> = []

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        (staging, previous) = Self.siblings(of: self.output)
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.clearLeftovers(of: self.output)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
    }

    /// The staging and previous folders beside an output: fixed names (not random), so that
    /// what a killed build left is found and cleared by the next.
    private static func siblings(of output: URL) -> (staging: URL, previous: URL) {
        let parent = output.deletingLastPathComponent(), name = output.lastPathComponent
        return (parent.appendingPathComponent(".\(name).tmp-build"), parent.appendingPathComponent(".\(name).tmp-old"))
    }

    /// Removes what a killed build left beside the output (its staging and previous folders).
    static func clearLeftovers(of output: URL) {
        let (staging, previous) = siblings(of: output)
        try? FileManager.default.removeItem(at: staging)
        try? FileManager.default.removeItem(at: previous)
    }

    func write(_ file: OutputFile) throws {
        guard !file.path.isEmpty, !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw OutputWriteError.unsafePath(file.path)
        }
        // A standalone chart a reused route linked may be drawn again by a route rendered anew:
        // the same inputs, so the same bytes; the linked file stays.
        if linked.contains(file.path) { return }
        guard written.insert(file.path).inserted else { throw OutputWriteError.duplicate(file.path) }
        try makeFolders(for: file.path)
        let path = staging.path + "/" + file.path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
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

    /// Takes a file of the previous output as it is (a hard link: no bytes are copied), if it
    /// is still the file `stamp` describes; false if it is not (then it must be made anew).
    /// A path already placed is left as it is.
    func link(_ path: String, stamp: FileStamp) throws -> Bool {
        if written.contains(path) { return true }
        // Checked again here although the plan checked it: the previous output may have been
        // changed since, and a link would carry the change.
        let source = output.path + "/" + path
        guard FileStamp(path: source) == stamp else { return false }
        try makeFolders(for: path)
        guard systemLink(source, staging.path + "/" + path) == 0 else {
            if errno == ENOENT { return false }
            throw OutputWriteError.cannotWrite(path, underlying: String(cString: strerror(errno)))
        }
        linked.insert(path)
        written.insert(path)
        stamps[path] = stamp
        return true
    }

    private func makeFolders(for path: String) throws {
        var folder = ""
        for component in path.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(component) : "/" + component
            guard createdFolders.insert(folder).inserted else { continue }
            if mkdir(staging.path + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw OutputWriteError.cannotWrite(folder + "/", underlying: String(cString: strerror(errno)))
            }
        }
    }

    /// Makes the staged tree durable and swaps it in for the previous output, which is left
    /// beside it until `discardPrevious()`.
    func commit() throws {
        // One sync of the filesystem holding the staged tree, not an fsync per file.
        let fd = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = syncFileSystem(fd)
            close(fd)
        }
        let fileManager = FileManager.default
        do {
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: previous)
            }
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            // Put the previous site back if the swap got halfway.
            if !fileManager.fileExists(atPath: output.path), fileManager.fileExists(atPath: previous.path) {
                try? fileManager.moveItem(at: previous, to: output)
            }
            try? fileManager.removeItem(at: staging)
            throw error
        }
        // The renames themselves are durable once the parent folder is synced.
        let parent = open(output.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 {
            _ = fsync(parent)
            close(parent)
        }
    }

    /// Deletes the output the swap replaced, on another thread: the caller goes on with its
    /// own work and awaits the task before it is done.
    func discardPrevious() -> Task<Void, Never> {
        Task.detached { [previous] in try? FileManager.default.removeItem(at: previous) }
    }

    /// Removes the staged tree; the previous output is untouched.
    func abort() {
        try? FileManager.default.removeItem(at: staging)
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
