import Foundation

/// One random edit of a file's bytes, of the kinds people (and editors) make: a flipped byte,
/// a lost, doubled or swapped line, a cut-off end, or junk typed in.
struct Mutation {
    static let junk: [[UInt8]] = [
        ":", "[", "]", "{", "}", "{{", "}}", "---", "\t", "- ", "&a ", "*a", "!!binary ", "\"", "'", "```", "```chart\n",
        "[[", "]]", "[[x@", "@", "..", "万", "亿", "#", "|", ">", "%", ",", "\r", "\r\n", "\n", " ", "\u{FEFF}",
        "-1", "1e400", ".nan", "-.inf", "null", "~", "true", "0x1F", "2020..2019", "9999999999999999999999",
        String(repeating: "9", count: 400), String(repeating: "[", count: 60), String(repeating: "  ", count: 40),
    ].map { Array($0.utf8) } + [[0], [0xFF], [0xFE, 0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

    /// A small deterministic generator, so a seed names one edit.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    let seed: Int

    /// Applies the edit to a file's bytes.
    func apply(to bytes: [UInt8]) -> [UInt8] {
        var random = SplitMix(state: UInt64(bitPattern: Int64(seed)))
        var bytes = bytes
        var lines = Self.lines(bytes)
        switch random.below(7) {
        case 0: // flip one byte
            guard !bytes.isEmpty else { return bytes }
            bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
            return bytes
        case 1: // delete a line
            guard !lines.isEmpty else { return bytes }
            lines.remove(at: random.below(lines.count))
        case 2: // duplicate a line
            guard !lines.isEmpty else { return bytes }
            let i = random.below(lines.count)
            lines.insert(lines[i], at: i)
        case 3: // truncate
            return Array(bytes.prefix(random.below(bytes.count + 1)))
        case 4: // swap two lines
            guard lines.count > 1 else { return bytes }
            lines.swapAt(random.below(lines.count), random.below(lines.count))
        case 5: // insert junk at a byte
            bytes.insert(contentsOf: Self.junk[random.below(Self.junk.count)], at: random.below(bytes.count + 1))
            return bytes
        default: // replace a run of bytes with junk
            guard !bytes.isEmpty else { return bytes }
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(12))
            bytes.replaceSubrange(start..<end, with: Self.junk[random.below(Self.junk.count)])
            return bytes
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    private static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }
}
