import Foundation
import ReportSiteCLI
import Testing

/// Languages are data (issue 21, item 3): a language needs its interface strings and its
/// conventions (`Templates/strings/<lang>.yaml` and `<lang>.conventions.yaml`), and no Swift.
/// A French site writes its figures in French; a Traditional Chinese one in 萬/億; a
/// conventions file's mistakes are errors at their line.
@Suite struct LanguageConventionsTests {
    /// What a French site's author writes: every entry of the built-in en.conventions.yaml,
    /// translated. The group mark is the narrow no-break space U+202F, as CLDR writes French.
    static let french = #"""
numbers:
  decimal: ","
  group: "\u202F"
  grouping: 3
  singular: below_two
  scaled: "{number} {scale}"
scales: { 6: million, 9: milliard, 12: billion }
scales_plural: { 6: millions, 9: milliards, 12: billions }
ticks: { 6: M, 9: Md, 12: Bn }
unit:
  value: "{number} {symbol}"
  value_latin: "{number} {symbol}"
  value_scaled: "{number} {scale} de {symbol}"
  label: "{scale} {symbol}"
units:
  percent: { symbol: "%", value: "{number} %" }
  yuan: { symbol: CNY }
  tonnes: { symbol: t }
  tonnes_per_day: { symbol: t/jour }
  tonnes_per_year: { symbol: t/an }
  km: { symbol: km }
  ug_per_m3: { symbol: μg/m³ }
  days: { symbol: jours, one: "{number} jour" }
bounds:
  at_least: "au moins {figure}"
  more_than: "plus de {figure}"
  about: "environ {figure}"
  at_most: "au plus {figure}"
  less_than: "moins de {figure}"
change:
  words: "{verb} {size}"
  up: { relative: en hausse de, points: en hausse de, absolute: en hausse de }
  down: { relative: en baisse de, points: en baisse de, absolute: en baisse de }
  unchanged: stable
  roughly_unchanged: quasi stable
  points: "{number} pt"
  points_words: "{number} points de pourcentage"
  points_words_one: "{number} point de pourcentage"
multiple:
  times: "{number} fois"
  of_year: "{times} le niveau de {year}"
  in_sentence: { exact: "{multiple}" }
years: { year: "{year}", range: "{from}–{to}" }
periods: { total: "total {years}", average: "moyenne {years}", not_stated: période non précisée }
list: { separator: ", ", last: " et " }
names: { city_indicator: "{city} : {indicator}", city_indicator_title: "{city} · {indicator}" }
sentences: { end: ".", clause_separator: " ; " }
series:
  no_data: "{subject} : aucune donnée"
  no_series: aucune donnée
  list: "{subject} : {clauses}"
  one: "{subject} : {value} en {year}"
  one_none: "{subject} : aucun en {year}"
  all_none: "{subject} : aucun de {firstYear} à {lastYear}"
  steady: "{subject} est resté à {first} de {firstYear} à {lastYear}"
  same_ends: "{subject} : {first} en {firstYear} comme en {lastYear}"
  rose: "{subject} est passé de {first} en {firstYear} à {last} en {lastYear}"
  fell: "{subject} est passé de {first} en {firstYear} à {last} en {lastYear}"
  went: "{subject} est passé de {first} en {firstYear} à {last} en {lastYear}"
  extremes: " ; le plus haut {high} en {highYears}, le plus bas {low} en {lowYears}"
comparison:
  subject_in_year: "{subject} en {year}"
  label_in_year: "{label} ({year})"
  none: "{subject} : aucune donnée"
  one: "{subject} : {value} pour {label}"
  item: "{label} {value}"
  item_in_year: "{label} {value} en {year}"
  item_separator: ", "
  unranked: "{subject} : {items}"
  same: "{subject} : {labels} ont la même valeur ({value})"
  ranked: "{subject} : {highest} a la valeur la plus haute ({high}) et {lowest} la plus basse ({low})"
changes:
  rose: "{name} {change} de {from} à {to}"
  fell: "{name} {change} de {from} à {to}"
  unchanged: "{name} {change} de {from} à {to}"
  multiple: "{name} en {to} : {multiple}"
  with_subject: "{subject} : {clauses}"
  none: "{subject} : aucun changement publié"
  none_alone: Aucun changement publié
kpi:
  year: "{name} : {figure} en {year}"
  year_none: "{name} : aucun en {year}"
  period: "{name}, {period} : {figure}"
  period_none: "{name}, {period} : aucun"
  multiple: ", {multiple}"
  multiple_in: " ; en {to}, {multiple}"
  since: ", {change} depuis {from}"
  unchanged_since: ", {change} depuis {from}"
  rose_over: " ; {change} de {from} à {to}"
  fell_over: " ; {change} de {from} à {to}"
  unchanged_over: " ; {change} de {from} à {to}"
"""#

    /// A French site: its own strings (the English file, as a translator starts from it) and conventions.
    static func frenchSite(conventions: String = french) throws -> String {
        let english = try String(contentsOf: Fixture.repository.appendingPathComponent("Templates/strings/en.yaml"), encoding: .utf8)
        return """
-- Content/site.yaml --
title: { fr: Environnement }
languages:
  - { code: fr, locale: fr-FR, name: Français }
defaultLanguage: fr
baseURL: https://example.org/
-- Content/indicators.yaml --
- { id: air.good, category: air, name: { fr: Jours de bon air }, unit: percent, decimals: 1, better: higher }
- { id: economy.firms, category: economy, name: { fr: Entreprises }, unit: { fr: entreprises }, better: higher }
- { id: water.capacity, category: water, name: { fr: Capacité }, unit: tonnes_per_day, better: higher }
-- Content/cities/dg/city.yaml --
name: { fr: Dongguan }
summary: { fr: L'air s'améliore. }
sources:
  - { id: s, title: { fr: Bilan }, url: https://example.org/s }
observations:
  - { indicator: air.good, year: 2020, value: 92.3 }
  - { indicator: air.good, year: 2021, value: 93.0 }
  - { indicator: economy.firms, year: 2020, value: 6381 }
  - { indicator: water.capacity, year: 2020, value: 258.5万 }
changes:
  - { indicator: air.good, from: 2020, to: 2021, points: 0.7 }
-- Content/cities/dg/r.fr.md --
---
title: Bilan
date: 2021-05-17
---
Jours de bon air : [[air.good@2021]], [[air.good@2020..2021]]. Entreprises : [[economy.firms@2020]]. Capacité : [[water.capacity@2020]].
-- Templates/strings/fr.yaml --
\(english.replacingOccurrences(of: "paren_open: \" (\"", with: "paren_open: \"\\u00A0(\""))
-- Templates/strings/fr.conventions.yaml --
\(conventions)
"""
    }

    static let traditional = #"""
-- Content/site.yaml --
title: { zh-hant: 城市環境 }
languages:
  - { code: zh-hant, locale: zh-Hant-HK, name: 繁體中文 }
defaultLanguage: zh-hant
baseURL: https://example.org/
-- Content/indicators.yaml --
- { id: water.capacity, category: water, name: { zh-hant: 污水處理能力 }, unit: tonnes_per_day, better: higher }
- { id: investment.total, category: investment, name: { zh-hant: 生產總值 }, unit: yuan, better: higher }
-- Content/cities/dg/city.yaml --
name: { zh-hant: 東莞市 }
summary: { zh-hant: 空氣改善。 }
sources:
  - { id: s, title: { zh-hant: 回顧 }, url: https://example.org/s }
observations:
  - { indicator: water.capacity, year: 2015, value: 258.5万 }
  - { indicator: water.capacity, year: 2020, value: 373万 }
  - { indicator: investment.total, year: 2020, value: 9650.2亿 }
-- Content/cities/dg/r.zh-hant.md --
---
title: 回顧
date: 2021-05-17
---
處理能力[[water.capacity@2015]]，總值[[investment.total@2020]]，[[water.capacity@2015..2020]]。

```chart
type: line
indicator: water.capacity
```
"""#

    private func run(_ command: String, _ text: String) async throws -> (fixture: Fixture, code: Int32, err: String) {
        let fixture = try Fixture(text)
        let (code, captured) = await runCLI([command, fixture.root.path, "--strict"])
        return (fixture, code, captured.err)
    }

    @Test func aFrenchSiteWritesItsFiguresInFrench() async throws {
        let (site, code, err) = try await run("build", try Self.frenchSite())
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let page = try site.read("_site/fr/cities/dg/r/index.html")
        #expect(page.contains(#"<data value="93.0" title="Jours de bon air, 2021">93,0 %</data>"#))
        #expect(page.contains(#"<data value="0.7" title="Jours de bon air, 2020–2021">en hausse de 0,7 point de pourcentage</data>"#))
        #expect(page.contains(#">6\#u{202F}381 entreprises</data>"#))
        #expect(page.contains(#">2,585 millions de t/jour</data>"#))
        #expect(!page.contains("percentage") && !page.contains(" up "))
    }

    @Test func aTraditionalChineseSiteWritesWanAndYiInTraditionalCharacters() async throws {
        let (site, code, err) = try await run("build", Self.traditional)
        defer { site.remove() }
        #expect(code == 0, "\(err)")
        let page = try site.read("_site/zh-hant/cities/dg/r/index.html")
        #expect(page.contains(#"處理能力<data value="2585000" title="污水處理能力，2015年">258.5萬噸/日</data>"#))
        #expect(page.contains(#">9650.2億元</data>"#))
        #expect(page.contains(#">增長44.3%</data>"#))
        #expect(page.contains("污水處理能力由2015年的258.5萬噸/日增至2020年的373萬噸/日。"))
        #expect(!page.contains("万") && !page.contains("亿") && !page.contains("吨"))
    }

    @Test func anUnknownPlaceholderIsAnErrorAtItsPlace() async throws {
        let broken = Self.french.replacingOccurrences(of: #"  rose: "{name} {change} de {from} à {to}""#, with: #"  rose: "{name} {change} de {start} à {to}""#)
        let (site, code, err) = try await run("check", try Self.frenchSite(conventions: broken))
        defer { site.remove() }
        #expect(code != 0)
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{start}") }) + 1
        #expect(err.contains("Templates/strings/fr.conventions.yaml:\(line):29: error: '{start}' is not a placeholder of 'changes.rose': it has {amount}, {change}, {from}, {name}, {to}, {years}"), "\(err)")
    }

    @Test func aMissingOrMisspeltEntryIsAnErrorAtItsSection() async throws {
        let broken = Self.french
            .replacingOccurrences(of: #"  roughly_unchanged: quasi stable"#, with: "")
            .replacingOccurrences(of: #"  unchanged: stable"#, with: "  unchanged: stable\n  unchangd: stable")
        let (site, code, err) = try await run("check", try Self.frenchSite(conventions: broken))
        defer { site.remove() }
        #expect(code != 0)
        let lines = broken.split(separator: "\n", omittingEmptySubsequences: false)
        let section = try #require(lines.firstIndex { $0 == "change:" }) + 1
        let misspelt = try #require(lines.firstIndex { $0.contains("unchangd") }) + 1
        #expect(err.contains("Templates/strings/fr.conventions.yaml:\(section):1: error: missing conventions entry 'change.roughly_unchanged': add it to this file"), "\(err)")
        #expect(err.contains("Templates/strings/fr.conventions.yaml:\(misspelt):3: error: unknown conventions entry 'change.unchangd'"), "\(err)")
        #expect(err.contains("did you mean 'change.unchanged'?"), "\(err)")
    }

    @Test func aLanguageWithoutConventionsIsToldWhatToCreate() async throws {
        let text = try Self.frenchSite().components(separatedBy: "-- Templates/strings/fr.conventions.yaml --")[0]
        let (site, code, err) = try await run("check", text)
        defer { site.remove() }
        #expect(code != 0)
        #expect(err.contains("Templates/strings/fr.conventions.yaml: error: there are no conventions for language 'fr'"), "\(err)")
    }
}
