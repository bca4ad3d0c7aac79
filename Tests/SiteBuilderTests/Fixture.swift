import Foundation

/// A site described in one string, Hugo-style: `-- path --` lines start each file.
/// Written to a fresh temporary folder; the site uses the built-in theme unless the fixture
/// gives its own Templates/ or Public/ files (overrides).
struct Fixture {
    let root: URL

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new folder's address in the temporary directory (not created), named `prefix-UUID`.
    static func temporaryFolder(_ prefix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }

    init(_ text: String) throws {
        root = Self.temporaryFolder("report-site-test")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        var path: String?
        var lines: [String] = []
        func flush() throws {
            guard let path else { return }
            try write(path, lines.joined(separator: "\n") + "\n")
        }
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: root.appendingPathComponent(path)) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

    /// Every file under a folder, by relative path, with its bytes.
    func snapshot(_ folder: String) -> [String: Data] {
        Self.snapshot(root.appendingPathComponent(folder))
    }

    /// Every file under a folder anywhere, by relative path, with its bytes.
    static func snapshot(_ base: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: base.path) ?? [] {
            var isDirectory: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
