import Pages
import Theme

/// Why a file of the built site could not be written into the staged output folder.
public enum OutputWriteError: Error, CustomStringConvertible {
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
