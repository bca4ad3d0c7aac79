import Foundation

/// Makes heading ids: lower-case words joined by `-`. Latin letters lose their accents
/// (`Café` → `cafe`); other letters and digits, such as Chinese, are kept as they are, so
/// ids need no percent-encoding in HTML. Repeats get `-1`, `-2`, … as on GitHub.
struct HeadingSlugger {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// An id for the text that no earlier heading (or reserved id) has.
    mutating func uniqueID(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        used.insert(candidate)
        return candidate
    }

    /// The slug of a text, `section` when nothing of it is usable.
    static func slug(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSeparator = false
        var previousWasASCII = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark {
                // An accent on a Latin letter goes; marks that are part of other scripts stay.
                if previousWasASCII { continue }
                if !scalars.isEmpty { scalars.append(scalar) }
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSeparator, !scalars.isEmpty { scalars.append("-") }
                pendingSeparator = false
                scalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                previousWasASCII = scalar.isASCII
            } else {
                pendingSeparator = true
                previousWasASCII = false
            }
        }
        let slug = String(scalars).precomposedStringWithCanonicalMapping
        return slug.isEmpty ? "section" : slug
    }
}
