import Foundation

/// Stage four, the only code that touches the output folder: writes every file into a
/// temporary folder beside the output and swaps it in only when all were written, so a
/// failed build never leaves a half-written or empty site.
public struct AtomicWriter {
    public let output: URL

    public init(output: URL) { self.output = output.standardizedFileURL }

    public enum WriteError: Error, CustomStringConvertible {
        case cannotWrite(String, underlying: String)
        case unsafePath(String)

        public var description: String {
            switch self {
            case let .cannotWrite(path, underlying): "cannot write \(path): \(underlying)"
            case let .unsafePath(path): "refusing to write outside the output folder: \(path)"
            }
        }
    }

    public func write(_ files: [OutputFile]) throws {
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        // Fixed names (not random) beside the output, cleared first: leftovers of a killed build go away.
        let staging = parent.appendingPathComponent(".\(name).tmp-build")
        let previous = parent.appendingPathComponent(".\(name).tmp-old")
        try? fileManager.removeItem(at: staging)
        try? fileManager.removeItem(at: previous)
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
                    throw WriteError.unsafePath(file.path)
                }
                let target = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                do {
                    try file.data.write(to: target)
                } catch {
                    throw WriteError.cannotWrite(file.path, underlying: error.localizedDescription)
                }
            }
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: previous)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: previous)
        } catch {
            try? fileManager.removeItem(at: staging)
            // Put the previous site back if the swap got halfway.
            if !fileManager.fileExists(atPath: output.path), fileManager.fileExists(atPath: previous.path) {
                try? fileManager.moveItem(at: previous, to: output)
            }
            throw error
        }
    }
}
