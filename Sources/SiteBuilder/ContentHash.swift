import Pages
import Theme

/// 128-bit FNV-1a: tells whether a file or field is the one a previous build read. Not a
/// defence against forged input (the input is the author's own), but any change of one byte
/// always changes it (each step is a bijection of the state), and two different inputs share
/// a digest with a chance of about 2⁻¹²⁸. Written here rather than taken from a library: the
/// only library with a hash (swift-crypto) would add BoringSSL's ~400 C files to every build.
struct ContentHash {
    /// The FNV-1a 128-bit offset basis, high and low halves.
    private var high: UInt64 = 0x6c62_272e_07bb_0142
    private var low: UInt64 = 0x62b8_2175_6295_c58d

    mutating func add(_ byte: UInt8) {
        low ^= UInt64(byte)
        multiply()
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes { add(byte) }
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// The state times the FNV 128-bit prime 2⁸⁸ + 2⁸ + 0x3b, modulo 2¹²⁸.
    private mutating func multiply() {
        let product = low.multipliedFullWidth(by: 0x13b)
        let newHigh = high &* 0x13b &+ product.high &+ (low << 24)
        low = product.low
        high = newHigh
    }

    var hex: String {
        let digits = String(high, radix: 16) + ":" + String(low, radix: 16)
        return digits
    }
}
