import Foundation
import Testing

/// The Chinese narratives must be the site's own words (issue 11): no run of 12 or more
/// Chinese characters may appear verbatim in a source document. Names of programmes,
/// institutions, laws and documents may (they are on ``VerbatimCheck/allowedNames``), and so
/// may quotations marked as such: a Markdown blockquote (`> …`) is skipped.
///
/// Both texts are reduced to their Han characters before comparing, so punctuation
/// (half- or full-width), digits, Latin letters and spaces neither hide a copy nor create
/// one; a figure reference (`[[…]]`), a line end or an allowed name breaks a run. The
/// Zhuhai scrape is in Traditional characters with pinyin in brackets: the pinyin is
/// stripped and the characters are converted with ``TraditionalToSimplified``, and the
/// Simplified conversion of the same scrape is compared too.
enum VerbatimCheck {
    /// Runs this long or longer are copies.
    static let minimumRun = 12

    /// Names that may be copied whole: programmes, institutions, laws, plans and
    /// document titles. Written as in the narratives; compared on their Han characters.
    static let allowedNames: [String] = [
        // Document titles (cited in the reports and on the methodology page).
        "珠海市生态环境局2021年工作总结及2022年工作计划",
        "精准科学依法，坚决打赢污染防治攻坚战",
        // Institutions and bodies.
        "生态环境部华南环境科学研究所",
        "中国城市规划设计研究院",
        "市级污染防治攻坚战指挥部",
        "市污染防治攻坚战执行力督导工作组",
        "珠海生态文明高校行动联盟",
        // Laws, plans and named schemes.
        "粤港澳大湾区发展规划纲要",
        "东莞市环境违法行为有奖举报暂行办法",
        "珠海经济特区机动车污染防治条例",
        "珠海经济特区固体废物污染环境防治条例",
        "珠海市生态环境保护综合行政执法事项指导目录",
        "珠海市“三线一单”生态环境分区管控管理方案",
        "情侣路特色滨海美丽湾区",
        "中央生态环境保护督察",
        "省生态环境保护督察",
        "第二轮中央生态环境保护督察",
        "减污降碳突出贡献企业",
        "谁执法谁普法",
        "十大创新创先项目",
        "“美丽中国”珠海实践项目",
        "生态系统服务价值（GEP）核算",
        "农村生活污水治理攻坚行动方案",
    ]

    /// A copied run: where it starts in the narrative and the characters copied.
    struct Finding: CustomStringConvertible, Equatable {
        var line: Int
        var run: String
        var description: String { "line \(line): \(run.count) characters as in the source: \(run)" }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// The Han characters of `text`, in Simplified form.
    static func han(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isHan(scalar) {
            out.append(TraditionalToSimplified.map[scalar] ?? scalar)
        }
        return String(out)
    }

    /// A source document as Han characters: pinyin brackets (`(tài)`) removed first.
    static func sourceHan(_ text: String) -> String {
        han(text.replacing(#/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/#, with: ""))
    }

    /// Every run of `minimumRun` Han characters in the sources.
    static func grams(of sources: [String]) -> Set<Substring> {
        var grams = Set<Substring>()
        for source in sources {
            let han = sourceHan(source)
            let characters = Array(han.indices)
            guard characters.count >= minimumRun else { continue }
            for start in 0...(characters.count - minimumRun) {
                let end = start + minimumRun < characters.count ? characters[start + minimumRun] : han.endIndex
                grams.insert(han[characters[start]..<end])
            }
        }
        return grams
    }

    /// The narrative's runs found in the sources, longest first within a line; overlapping
    /// windows are merged into one finding.
    static func findings(in narrative: String, grams: Set<Substring>) -> [Finding] {
        let names = allowedNames.map(han).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var findings: [Finding] = []
        for (index, line) in narrative.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix(">") { continue }   // a marked quotation of the source
            // A figure reference breaks a run: the page shows a number there.
            let pieces = line.split(separator: #/\[\[[^\]]*\]\]/#)
            for piece in pieces {
                var segments = [han(piece)]
                for name in names {
                    segments = segments.flatMap { $0.components(separatedBy: name) }
                }
                for segment in segments {
                    findings += runs(in: segment, grams: grams).map { Finding(line: index + 1, run: $0) }
                }
            }
        }
        return findings
    }

    /// Maximal stretches of `segment` covered by windows found in `grams`.
    static func runs(in segment: String, grams: Set<Substring>) -> [String] {
        let characters = Array(segment)
        guard characters.count >= minimumRun else { return [] }
        var covered = [Bool](repeating: false, count: characters.count)
        let indices = Array(segment.indices) + [segment.endIndex]
        for start in 0...(characters.count - minimumRun) where grams.contains(segment[indices[start]..<indices[start + minimumRun]]) {
            for i in start..<(start + minimumRun) { covered[i] = true }
        }
        var runs: [String] = []
        var current = ""
        for (character, isCovered) in zip(characters, covered) {
            if isCovered { current.append(character) } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

@Suite struct VerbatimSourceTests {
    static let directory = SourceFigure.repository.appendingPathComponent("Tests/ContentTests/SourceDocuments")
    static let sourceNames = ["000_748a6c91a9f5956b.txt", "003_f6130deb1dfa2fb4.txt", "003_f6130deb1dfa2fb4.hans.txt"]

    static let sources: [String] = sourceNames.compactMap {
        try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
    }
    static let grams = VerbatimCheck.grams(of: sources)

    /// Every Chinese narrative: reports and free pages.
    static let narratives: [String] = {
        let content = SourceFigure.repository.appendingPathComponent("Content")
        let files = FileManager.default.enumerator(atPath: content.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".zh.md") }.sorted()
    }()

    @Test func theSourcesAreThere() {
        #expect(Self.sources.count == Self.sourceNames.count)
        #expect(Self.grams.count > 7_000)
        #expect(Self.narratives.count >= 4, "\(Self.narratives)")
    }

    /// The conversion table turns the Traditional scrape into exactly its Simplified copy
    /// (on Han characters), so comparing with either finds the same copies.
    @Test func theConversionTableCoversTheZhuhaiScrape() throws {
        let traditional = try #require(Self.sources.dropFirst().first)
        let simplified = try #require(Self.sources.last)
        #expect(VerbatimCheck.sourceHan(traditional) == VerbatimCheck.sourceHan(simplified))
        #expect(VerbatimCheck.sourceHan("生態(tài)環(huán)境(AQI)") == "生态环境")
    }

    /// The check itself finds a pasted sentence, lets an allowed name and a quotation through,
    /// and is broken by a figure reference.
    @Test func theCheckFindsACopy() {
        let pasted = "2020年，全市两个城市集中式饮用水源稳定达标。"
        #expect(VerbatimCheck.findings(in: pasted, grams: Self.grams)
                == [.init(line: 1, run: "年全市两个城市集中式饮用水源稳定达标")])
        let traditionalCopy = "一是构建“十四五”规划政策体系。"   // in the source only in Traditional characters
        #expect(!VerbatimCheck.findings(in: traditionalCopy, grams: VerbatimCheck.grams(of: [Self.sources[1]])).isEmpty)
        #expect(VerbatimCheck.findings(in: "> 2020年，全市两个城市集中式饮用水源稳定达标。", grams: Self.grams).isEmpty)
        #expect(VerbatimCheck.findings(in: "聘请生态环境部华南环境科学研究所的专家。", grams: Self.grams).isEmpty)
        #expect(VerbatimCheck.findings(in: "全市两个城市集中[[x]]式饮用水源稳定达标", grams: Self.grams).isEmpty)
    }

    @Test(arguments: narratives)
    func noRunOfTwelveCharactersIsCopied(_ path: String) throws {
        let text = try String(contentsOf: SourceFigure.repository.appendingPathComponent("Content/\(path)"), encoding: .utf8)
        let findings = VerbatimCheck.findings(in: text, grams: Self.grams)
        // At most 25 listed: a very long failure message is lost by the console.
        let listed = findings.prefix(25).map(\.description) + (findings.count > 25 ? ["… and \(findings.count - 25) more"] : [])
        #expect(findings.isEmpty, "Content/\(path) copies the source (\(findings.count) runs):\n\(listed.joined(separator: "\n"))")
    }
}
