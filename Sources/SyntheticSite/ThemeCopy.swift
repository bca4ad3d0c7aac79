import Foundation

extension SyntheticSite {
    /// Copies `Templates/` and `Public/` of an existing site (such as this repository) into
    /// `root`, and adds the names of the synthetic categories the theme's strings lack
    /// (`category_<id>: …` in `Templates/strings/<lang>.yaml`), as the author of such a site
    /// would. Names the strings already have are left as they are.
    public func copyTheme(from site: URL, to root: URL) throws {
        let fileManager = FileManager.default
        for folder in ["Templates", "Public"] {
            let source = site.appendingPathComponent(folder), target = root.appendingPathComponent(folder)
            guard fileManager.fileExists(atPath: source.path) else { continue }
            if fileManager.fileExists(atPath: target.path) { throw SyntheticSiteError("\(target.path) already exists") }
            try fileManager.createDirectory(at: root, withIntermediateDirectories: true)
            try fileManager.copyItem(at: source, to: target)
        }
        let spec = FlavorSpec.of(flavor)
        for language in spec.languages.map(\.code) {
            let url = root.appendingPathComponent("Templates/strings/\(language).yaml")
            guard let data = fileManager.contents(atPath: url.path) else { continue }
            var text = String(decoding: data, as: UTF8.self)
            let lines = Set(text.split(separator: "\n").map { $0.split(separator: ":").first.map(String.init) ?? "" })
            var added = ""
            for category in spec.categories where !lines.contains("category_\(category)") {
                let names = spec.categoryNames[category] ?? (category, category)
                added += "category_\(category): \(YAML.quote(language == "zh" ? names.zh : names.en))\n"
            }
            guard !added.isEmpty else { continue }
            if !text.hasSuffix("\n") { text += "\n" }
            text += "# Categories of the synthetic site.\n" + added
            try Data(text.utf8).write(to: url)
        }
    }
}
