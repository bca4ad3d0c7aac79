import Formatting
@testable import Theme

/// The built-in theme's languages, as the site reads them (`Templates/strings/*.conventions.yaml`).
let zh = NumberStyle.chinese
let en = NumberStyle.english
let zhHant = NumberStyle(conventions: ConventionsFiles.builtIn("zh-hant")!)

extension NumberStyle {
    /// Simplified Chinese, the built-in `zh`.
    static let chinese = NumberStyle(conventions: ConventionsFiles.builtIn("zh")!)
    /// English, the built-in `en`.
    static let english = NumberStyle(conventions: ConventionsFiles.builtIn("en")!)
}

/// A language's conventions with some entries replaced: `fr`'s marks on English words.
func conventions(_ style: NumberStyle, _ changes: [String: String], language: String = "xx") -> LanguageConventions {
    try! LanguageConventions(language: language, entries: style.conventions.entries.merging(changes) { _, new in new })
}
