/// A narrative to write: its path under `Content/`, and its Markdown with front matter.
struct NarrativeText {
    var path: String
    /// The report's city, nil on a free page.
    var city: Int?
    var language: String
    var markdown: String
}

/// The whole synthetic site in memory, from which both the contract's files and the Hugo copy
/// are written.
struct SitePlan {
    let flavor: FlavorSpec
    let cities: [CityData]
    let narratives: [NarrativeText]
    let seed: UInt64

    init(_ site: SyntheticSite) {
        flavor = FlavorSpec.of(site.flavor)
        seed = site.seed
        cities = CityGenerator.cities(count: site.cities, seed: site.seed, flavor: flavor)
        var narratives: [NarrativeText] = []
        for index in cities.indices {
            var random = SeededRandom(seed: site.seed, stream: "narratives-\(index)")
            let writer = NarrativeWriter(flavor: flavor, cities: cities, city: index)
            switch site.flavor {
            case .standard: narratives += writer.standardReports(random: &random)
            case .foreign: narratives += writer.foreignReports(random: &random)
            }
        }
        narratives += FreePages(flavor: flavor, cities: cities).pages()
        self.narratives = narratives
    }

    var summary: SyntheticSite.Summary {
        var summary = SyntheticSite.Summary()
        summary.cities = cities.count
        summary.narratives = narratives.filter { $0.city != nil }.count
        summary.freePages = narratives.filter { $0.city == nil }.count
        for narrative in narratives {
            summary.chartBlocks += narrative.markdown.components(separatedBy: "```chart\n").count - 1
            summary.figureReferences += FigureText.references(in: narrative.markdown).count
        }
        return summary
    }

    func contentFiles() -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = [("site.yaml", siteYAML), ("indicators.yaml", indicatorsYAML)]
        for city in cities { files.append(("cities/\(city.id)/city.yaml", cityYAML(city))) }
        files += narratives.map { ($0.path, $0.markdown) }
        return files
    }

    /// The site's own interface strings (`Templates/strings/<lang>.yaml`, added key by key to
    /// the built-in theme's): the names of its categories, as the author of such a site writes.
    func stringFiles() -> [(path: String, text: String)] {
        flavor.languages.map(\.code).map { language in
            var text = "# Names of the synthetic site's categories (the rest comes from the built-in theme).\n"
            for category in flavor.categories {
                let names = flavor.categoryNames[category] ?? (category, category)
                text += "category_\(category): \(YAML.quote(language == "zh" ? names.zh : names.en))\n"
            }
            return ("strings/\(language).yaml", text)
        }
    }

    // MARK: YAML

    var siteYAML: String {
        var text = "# A synthetic site written by `report-site synth` (seed \(seed)); every figure is invented.\n"
        text += "title: \(localized(flavor.title))\n"
        text += "description: \(localized(flavor.description))\n"
        text += "languages:\n"
        for language in flavor.languages {
            text += "  - { code: \(language.code), locale: \(language.locale), name: \(YAML.quote(language.name)) }\n"
        }
        text += "defaultLanguage: \(flavor.languages[0].code)\n"
        // A site without baseURL gets a warning (no sitemap): a synthetic site is published nowhere.
        text += "baseURL: https://example.org/synthetic/\n"
        return text
    }

    var indicatorsYAML: String {
        var text = "# The indicator catalogue of a synthetic site.\n"
        for spec in flavor.indicators {
            text += "\n- id: \(spec.id)\n  category: \(spec.category)\n"
            text += "  name: \(localized((spec.zh, spec.en)))\n"
            switch spec.unit {
            case .builtIn(let id): text += "  unit: \(id)\n"
            case .inline(let zh, let en): text += "  unit: \(localized((zh, en)))\n"
            }
            text += "  better: \(spec.better)\n"
            if let decimals = spec.decimals { text += "  decimals: \(decimals)\n" }
            if let range = spec.range { text += "  range: [\(Int(range.lowerBound)), \(Int(range.upperBound))]\n" }
            if let description = spec.description { text += "  description: \(localized(description))\n" }
        }
        return text
    }

    func cityYAML(_ city: CityData) -> String {
        let early = "\(city.id)-yearbook", late = "\(city.id)-bulletin"
        let middle = (flavor.years.lowerBound + flavor.years.upperBound) / 2
        var text = "name: \(localized(city.name))\nprovince: \(localized(city.province))\nsources:\n"
        text += "  - id: \(early)\n"
        text += "    title: \(localized(("\(city.name.zh)统计年鉴", "\(city.name.en) Statistical Yearbook")))\n"
        text += "    publisher: \(localized(("\(city.name.zh)统计局", "\(city.name.en) Bureau of Statistics")))\n"
        text += "    document: yearbook-\(city.id).txt\n"
        text += "  - id: \(late)\n"
        text += "    title: \(localized(("\(city.name.zh)生态环境状况公报", "\(city.name.en) Environment Bulletin")))\n"
        text += "    publisher: \(localized(("\(city.name.zh)生态环境局", "\(city.name.en) Bureau of Ecology and Environment")))\n"
        text += "    url: https://example.org/\(city.id)/bulletin/\n"
        text += "    date: \(flavor.years.upperBound + 1)-03-15\n"
        text += "    note: \(localized(("合成数据，仅供测试。", "Synthetic data, for testing only.")))\n"
        text += "observations:\n"
        for spec in flavor.indicators {
            for level in city.levels[spec.id]! {
                let source = level.year <= middle ? early : late
                var line = "  - { indicator: \(spec.id), year: \(level.year), value: \(level.text), source: \(source)"
                if spec.id == city.noted, level.year == flavor.years.upperBound {
                    line += ", note: \(localized(("口径有所调整，与往年数据比较时请注意。", "The definition changed this year; compare with earlier years with care.")))"
                }
                if spec.id == city.derived, level.year == flavor.years.lowerBound {
                    line += ", derived: \(localized(("由次年数值及同比增幅推算。", "Derived from the next year's value and the reported year-on-year change.")))"
                }
                text += line + " }\n"
            }
        }
        text += "changes:\n"
        for change in city.changes {
            text += "  - { indicator: \(change.indicator), from: \(change.from), to: \(change.to), \(change.kind.rawValue): \(change.text), source: \(late) }\n"
        }
        return text
    }

    private func localized(_ text: (zh: String, en: String)) -> String {
        "{ zh: \(YAML.quote(text.zh)), en: \(YAML.quote(text.en)) }"
    }
}

/// Writing (not reading) the few YAML scalars the generator needs.
enum YAML {
    /// A double-quoted scalar: safe for any text.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
