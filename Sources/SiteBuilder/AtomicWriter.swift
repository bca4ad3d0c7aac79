import Foundation

/// Stage four, the only code that touches the output folder: writes every file into a
/// temporary folder beside the output and swaps it in only when all were written, so a
/// failed build never leaves a half-written or empty site. (`SiteBuild` streams pages into a
/// `StagedOutput` as they are rendered; this writes a list of files at once.)
public struct AtomicWriter {
    public let output: URL

    public init(output: URL) { self.output = output.standardizedFileURL }

    public enum WriteError: Error, CustomStringConvertible {
        case cannotWrite(String, underlying: String)
        case unsafePath(String)
        case duplicate(String)

        public var description: String {
            switch self {
            case let .cannotWrite(path, underlying): "cannot write \(path): \(underlying)"
            case let .unsafePath(path): "refusing to write outside the output folder: \(path)"
            case let .duplicate(path): "two files would be written at \(path)"
            }
        }
    }

    public func write(_ files: [OutputFile]) throws {
        let staged = try StagedOutput(output: output)
        do {
            for file in files { try staged.write(file) }
            try staged.commit()
        } catch {
            staged.abort()
            throw error
        }
    }
}
