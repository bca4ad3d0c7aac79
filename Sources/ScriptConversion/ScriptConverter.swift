#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Converts Chinese text between scripts and regional variants with OpenCC (Simplified →
/// Traditional `s2t`, Hong Kong `s2hk`, Taiwan `s2tw`, with Taiwan phrases `s2twp`, and back).
///
/// This is the only file that touches OpenCC's C library. The library is loaded when a site
/// first asks for a conversion, not linked: the `report-site` binary then runs on machines
/// without OpenCC, and only a site with a converted edition needs it (`make deps` installs it;
/// on Debian and Ubuntu, `apt install libopencc-dev`).
public final class ScriptConverter: Sendable {
    /// The configuration's name (`s2hk`).
    public let configuration: String
    /// Conversions already made: a site converts the same names and labels many times.
    private let converted = Mutex<[String: String]>([:])
    /// OpenCC's converter is not documented as safe to share between threads: one at a time.
    private let handle: Mutex<Handle>

    /// Why a converter could not be made.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The library is not installed.
        case libraryMissing
        /// OpenCC does not know the configuration (or its dictionaries are missing).
        case configuration(String, reason: String)

        public var description: String {
            switch self {
            case .libraryMissing:
                return "OpenCC is not installed (the library libopencc.so): run `make deps`, or `apt install libopencc-dev` on Debian and Ubuntu"
            case .configuration(let name, let reason):
                return "OpenCC cannot open the configuration '\(name)': \(reason)"
            }
        }
    }

    /// The configurations OpenCC ships, for messages and suggestions.
    public static let knownConfigurations = [
        "s2t", "s2hk", "s2tw", "s2twp", "t2s", "hk2s", "tw2s", "tw2sp", "t2hk", "t2tw", "hk2t", "tw2t", "t2jp", "jp2t",
    ]

    /// Opens a configuration by name (`s2hk`) or by the path of its JSON file.
    public init(configuration: String) throws(Failure) {
        guard let library = Library.shared else { throw .libraryMissing }
        let file = configuration.hasSuffix(".json") ? configuration : configuration + ".json"
        let opened = file.withCString { library.open($0) }
        // opencc_open answers (opencc_t)-1 when it fails.
        guard let opened, UInt(bitPattern: opened) != UInt.max else {
            let reason = library.error().map { String(cString: $0) } ?? "unknown error"
            throw .configuration(configuration, reason: reason.isEmpty ? "unknown error" : reason)
        }
        self.configuration = configuration
        self.handle = Mutex(Handle(pointer: opened, library: library))
    }

    deinit {
        handle.withLock { _ = $0.library.close($0.pointer) }
    }

    /// The text converted; text with nothing to convert comes back as it was.
    public func convert(_ text: String) -> String {
        guard !text.isEmpty, text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return text }
        if let known = converted.withLock({ $0[text] }) { return known }
        let result: String = handle.withLock { handle in
            var utf8 = Array(text.utf8)
            utf8.append(0)
            guard let output = utf8.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    handle.library.convert(handle.pointer, $0, buffer.count - 1)
                }
            }) else { return text }
            defer { handle.library.free(output) }
            return String(cString: output)
        }
        converted.withLock { $0[text] = result }
        return result
    }

    /// An open converter and the library it came from.
    private struct Handle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        let library: Library
    }

    /// OpenCC's C functions, found in the shared library at run time.
    private struct Library: @unchecked Sendable {
        typealias Open = @convention(c) (UnsafePointer<CChar>) -> UnsafeMutableRawPointer?
        typealias Close = @convention(c) (UnsafeMutableRawPointer) -> Int32
        typealias Convert = @convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>, Int) -> UnsafeMutablePointer<CChar>?
        typealias Free = @convention(c) (UnsafeMutablePointer<CChar>) -> Void
        typealias ErrorText = @convention(c) () -> UnsafePointer<CChar>?

        let open: Open
        let close: Close
        let convert: Convert
        let free: Free
        let error: ErrorText

        /// The library, loaded once; nil when it is not installed.
        static let shared: Library? = {
            let names = ["libopencc.so.1.1", "libopencc.so.1", "libopencc.so", "libopencc.1.1.dylib", "libopencc.dylib"]
            guard let handle = names.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
            func symbol<T>(_ name: String, as type: T.Type) -> T? {
                dlsym(handle, name).map { unsafeBitCast($0, to: type) }
            }
            guard let open = symbol("opencc_open", as: Open.self), let close = symbol("opencc_close", as: Close.self),
                  let convert = symbol("opencc_convert_utf8", as: Convert.self),
                  let free = symbol("opencc_convert_utf8_free", as: Free.self),
                  let error = symbol("opencc_error", as: ErrorText.self) else { return nil }
            return Library(open: open, close: close, convert: convert, free: free, error: error)
        }()
    }
}
