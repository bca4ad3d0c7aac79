import Foundation
import Theme

/// One file of the built site: a path relative to the output folder and its bytes, held
/// whole or made piece by piece as the file is written.
public struct OutputFile: Sendable, Equatable {
    /// `zh/cities/dongguan/index.html`, never starting with `/`.
    public var path: String
    private var content: Content

    /// Hands a file's bytes to `emit` in pieces, in order.
    public typealias Producer = @Sendable (_ emit: (Data) throws -> Void) throws -> Void

    private enum Content: Sendable {
        case bytes(Data)
        case pieces(Producer)
    }

    public init(path: String, data: Data) {
        self.path = path
        self.content = .bytes(data)
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    /// A file made piece by piece when it is written, never held whole by a build: the
    /// all-cities CSV is tens of megabytes on a large site.
    public init(path: String, streaming producer: @escaping Producer) {
        self.path = path
        self.content = .pieces(producer)
    }

    /// The file's bytes (a streamed file is made in full).
    public var data: Data {
        switch content {
        case .bytes(let data): return data
        case .pieces(let producer):
            var all = Data()
            // Appending to memory cannot fail.
            try? producer { all.append($0) }
            return all
        }
    }

    /// The file's bytes if it holds them; nil for a streamed file, made only as it is written.
    public var heldBytes: Data? {
        if case .bytes(let data) = content { return data }
        return nil
    }

    /// Hands the file's bytes to `emit`: in one piece, or piece by piece as they are made.
    public func write(_ emit: (Data) throws -> Void) throws {
        switch content {
        case .bytes(let data): try emit(data)
        case .pieces(let producer): try producer(emit)
        }
    }

    public static func == (a: OutputFile, b: OutputFile) -> Bool { a.path == b.path && a.data == b.data }
}
