import Foundation

/// A site folder that random `SiteEdit`s are applied to: what an author's editor does to it
/// during a preview (or between two builds). Remembers the good bytes of every file an edit
/// broke, so that `repairAll()` makes the site valid again.
final class EditedSite {
    let root: URL
    /// Files a breaking edit changed, with their bytes before it (nil: the file did not exist),
    /// oldest first.
    private(set) var broken: [(path: String, good: Data?)] = []

    /// A small site with every kind of input an edit touches: three cities (one with a source
    /// kept as text and quoted figures, one with a headline and summary, one no narrative
    /// names), reports in both languages and in one only, a free page with a chart,
    /// CSV observations, derived values and a `Public/` file of its own.
    static let base = sampleWithoutBeta + #"""

-- Content/cities/beta/city.yaml --
name: { zh: 乙市, en: Beta }
sources:
  - id: b-2021
    title: { zh: 乙市总结, en: Beta summary }
    url: https://example.org/beta
    date: 2022-02-01
    lang: zh-Hans
    text: sources/b-2021.txt
observations:
  - { indicator: air.good_days_ratio, year: 2021, value: 96.2, quote: 优良天数比例为96.2% }
  - { indicator: enforcement.penalty_cases, year: 2021, value: 192, quote: 查处案件192宗 }
  - indicator: enforcement.penalty_cases
    year: 2020
    value: 77
    derived: { zh: 由2021年数值及增幅推算, en: derived from the 2021 value and its reported growth }
changes:
  - { indicator: enforcement.penalty_cases, from: 2020, to: 2021, relative: 149.35, quote: 同比增长149.35% }
-- Content/cities/beta/sources/b-2021.txt --
乙市2021年环境工作总结

全年空气质量优良天数比例为96.2%。

全年查处案件192宗，同比增长149.35%。
-- Content/cities/gamma/city.yaml --
name: { zh: 丙市, en: Gamma }
summary: { zh: 丙市的空气在变好。, en: Gamma's air is getting better. }
headline: [air.pm25]
sources:
  - id: g-2021
    title: { zh: 丙市公报, en: Gamma bulletin }
    url: https://example.org/gamma
    date: 2021-06-01
observations:
  - { indicator: air.pm25, year: 2019, value: 31 }
  - { indicator: air.pm25, year: 2020, value: 28 }
  - { indicator: air.pm25, year: 2021, value: 26 }
  - { indicator: air.good_days_ratio, year: 2021, value: 88.4 }
-- Content/cities/gamma/review.en.md --
---
title: Gamma's year
date: 2021-06-01
summary: A short review.
---
PM2.5 was [[air.pm25@2021]] in 2021.
-- Public/notes.txt --
Notes kept beside the site.
"""#

    /// The sample site but for beta's `city.yaml`, which `base` gives with a source kept as text.
    private static var sampleWithoutBeta: String {
        let text = SampleSite.text
        let start = text.range(of: "-- Content/cities/beta/city.yaml --")!.lowerBound
        let end = text.range(of: "-- Content/pages/about.zh.md --")!.lowerBound
        return String(text[..<start] + text[end...])
    }

    /// A fresh copy of `base` in a temporary folder.
    init() throws {
        root = try Fixture(Self.base).root
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    // MARK: - Files

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    func read(_ path: String) -> String {
        (try? String(contentsOf: url(path), encoding: .utf8)) ?? ""
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    func delete(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }

    /// Files under a folder (relative to the site), sorted, hidden ones left out.
    func files(under folder: String) -> [String] {
        let base = url(folder)
        return (FileManager.default.subpaths(atPath: base.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }.map { folder + "/" + $0 }.sorted()
    }

    /// Every city's id, sorted.
    var cities: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url("Content/cities").path)) ?? [])
            .filter { exists("Content/cities/\($0)/city.yaml") }.sorted()
    }

    /// Every report's Markdown file of every city, sorted.
    var reports: [String] {
        cities.flatMap { city in files(under: "Content/cities/\(city)").filter { $0.hasSuffix(".md") } }
    }

    /// Every free page's Markdown file, sorted.
    var pages: [String] { files(under: "Content/pages").filter { $0.hasSuffix(".md") } }

    // MARK: - Breaking and repairing

    /// Writes `text` to `path` as a breaking edit: its good bytes are kept for `repair()`.
    func breakFile(_ path: String, _ text: String) throws {
        if !broken.contains(where: { $0.path == path }) {
            broken.append((path, exists(path) ? try Data(contentsOf: url(path)) : nil))
        }
        try write(path, text)
    }

    /// Puts back the oldest broken file as it was; the path, or nil when nothing is broken.
    func repair() throws -> String? {
        guard !broken.isEmpty else { return nil }
        let (path, good) = broken.removeFirst()
        if let good { try good.write(to: url(path)) } else if exists(path) { try delete(path) }
        return path
    }

    /// Whether an edit may touch the file: a broken file is left as it is until repaired.
    func isBroken(_ path: String) -> Bool { broken.contains { $0.path == path } }
}
