/// Free pages (`pages/<slug>.<lang>.md`): an about page and a methodology page, with charts that
/// name their cities as free pages must.
struct FreePages {
    let flavor: FlavorSpec
    let cities: [CityData]

    func pages() -> [NarrativeText] {
        let first = cities.prefix(8), last = flavor.years.upperBound
        let writer = NarrativeWriter(flavor: flavor, cities: cities, city: 0)
        let compared = flavor.flavor == .standard ? "air.good_days_ratio" : "renewable-share"
        let trend = flavor.flavor == .standard ? "air.pm25" : "ghg-per-resident"
        var pages: [NarrativeText] = []
        for language in ["zh", "en"] {
            let zh = language == "zh"
            var random = SeededRandom(seed: 7, stream: "pages")
            var about = zh ? "---\ntitle: 关于本站\nsummary: 本站由合成数据生成，用于基准测试。\n---\n\n## 本站是什么\n\n"
                : "---\ntitle: About this site\nsummary: A site generated from synthetic data, for benchmarks.\n---\n\n## What this site is\n\n"
            about += zh ? "本站收录\(cities.count)个虚构城市的\(flavor.indicators.count)项指标，时间跨度为\(flavor.years.lowerBound)—\(last)年。例如，\(writer.cityName(cities[0], language))\(last)年\(flavor.indicator(compared).zh)为\(writer.at(compared, last, city: cities[0]))。\n\n"
                : "The site covers \(flavor.indicators.count) indicators for \(cities.count) invented cities from \(flavor.years.lowerBound) to \(last). For example, \(writer.lowerName(flavor.indicator(compared), language)) in \(writer.cityName(cities[0], language)) was \(writer.at(compared, last, city: cities[0])) in \(last).\n\n"
            about += writer.chart("bar", indicators: [compared], cities: Array(first), years: "\(last)") + "\n\n"
            about += zh ? "## 数据从哪里来\n\n" : "## Where the data comes from\n\n"
            for _ in 0..<4 { about += "- \(Phrases.sentence(language, &random))\n" }
            about += zh ? "\n## 许可\n\n文字和数据以 [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) 许可发布。\n"
                : "\n## Licence\n\nText and data are available under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/).\n"
            pages.append(NarrativeText(path: "pages/about.\(language).md", city: nil, language: language, markdown: about))

            var method = zh ? "---\ntitle: 方法说明\n---\n\n## 数值与变化\n\n" : "---\ntitle: Methodology\n---\n\n## Values and changes\n\n"
            method += Phrases.sentences(5, language, &random) + "\n\n"
            method += writer.chart("line", indicators: [trend], cities: Array(cities.prefix(3)), years: "\(flavor.years.lowerBound)..\(last)") + "\n\n"
            method += zh ? "## 推算数值\n\n" : "## Derived values\n\n"
            method += Phrases.sentences(4, language, &random) + "\n"
            pages.append(NarrativeText(path: "pages/methodology.\(language).md", city: nil, language: language, markdown: method))
        }
        return pages
    }
}
