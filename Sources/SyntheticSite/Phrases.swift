/// Word banks the narratives are assembled from, so that 1,200 narratives differ from each
/// other sentence by sentence (as real reports do) rather than repeating one text.
enum Phrases {
    struct Bank {
        var subjects: [String]
        var verbs: [String]
        var objects: [String]
        var tails: [String]
        var comments: [String]
    }

    static let en = Bank(
        subjects: ["The municipal bureau", "The city government", "District environment offices", "The river chief office",
                   "A joint task force", "Township teams", "The monitoring centre", "Key enterprises", "The planning commission",
                   "The transport authority"],
        verbs: ["stepped up", "completed", "reviewed", "expanded", "funded", "carried out", "published", "coordinated",
                "accelerated", "began"],
        objects: ["inspections of industrial parks", "the upgrade of sewage treatment plants", "a survey of outfalls along the main rivers",
                  "a programme of sewer repairs", "real-time monitoring at key sites", "the clean-up of small polluting workshops",
                  "training for township staff", "public reporting of violations", "controls on construction dust",
                  "the switch from coal to gas in industrial boilers", "the separation of storm water from sewage",
                  "checks on hazardous waste transfers", "a register of contaminated plots", "the replacement of old diesel trucks"],
        tails: ["during the year", "across all districts", "ahead of schedule", "with support from the province",
                "under the five-year plan", "in the northern districts", "as part of the annual work plan",
                "in cooperation with neighbouring cities", "along the main river", "in the older industrial zones"],
        comments: ["Officials caution that part of the improvement reflects favourable weather.",
                   "The figure comes from the bureau's annual bulletin and has not been revised.",
                   "Comparisons with earlier years should allow for changes in the monitoring network.",
                   "The bureau expects the trend to continue, though more slowly.",
                   "Residents' complaints on the same subject fell over the period.",
                   "The provincial assessment ranked the city in its upper half on this measure.",
                   "Much of the remaining gap lies in the outer districts.",
                   "Independent checks by the province confirmed the reported figures.",
                   "The target for the period was met a year early.",
                   "Budget constraints slowed the work in the second half of the period."])

    static let zh = Bank(
        subjects: ["市生态环境局", "市政府", "各区生态环境分局", "河长制办公室", "联合工作组", "各镇街", "市环境监测中心", "重点企业",
                   "市规划委员会", "市交通运输局"],
        verbs: ["加强了", "完成了", "组织开展了", "扩大了", "投入资金推进了", "实施了", "公开了", "统筹推进了", "加快推进了", "启动了"],
        objects: ["工业园区执法检查", "污水处理厂提标改造", "主要河流入河排污口排查", "污水管网修复工程", "重点点位实时监测",
                  "“散乱污”场所整治", "镇街环保队伍培训", "环境违法行为有奖举报", "建筑工地扬尘管控", "工业锅炉“煤改气”",
                  "雨污分流改造", "危险废物转移联单核查", "污染地块名录建设", "老旧柴油货车淘汰"],
        tails: ["", "，覆盖全部区县", "，提前完成年度任务", "，得到省级专项资金支持", "，纳入五年规划重点任务", "，重点在北部片区实施",
                "，列入年度工作计划", "，并与周边城市建立联动机制", "，沿主要河流推进", "，集中在老工业区"],
        comments: ["有关部门提示，部分改善得益于有利的气象条件。", "该数据来自生态环境状况公报，未作修订。", "与早年数据比较时，应考虑监测网络的调整。",
                   "市生态环境局预计这一趋势将延续，但幅度会放缓。", "同期相关信访投诉数量有所下降。", "在全省考核中，该项指标位居前列。",
                   "剩余差距主要集中在外围城区。", "省级抽查核实了上报数据。", "该项目标提前一年完成。", "受财政压力影响，后半期工作进度有所放缓。"])

    /// One sentence of policy filler.
    static func sentence(_ language: String, _ random: inout SeededRandom) -> String {
        let bank = language == "zh" ? zh : en
        if random.chance(0.3) { return random.pick(bank.comments) }
        let subject = random.pick(bank.subjects), verb = random.pick(bank.verbs)
        let object = random.pick(bank.objects), tail = random.pick(bank.tails)
        return language == "zh" ? "\(subject)\(verb)\(object)\(tail)。" : "\(subject) \(verb) \(object) \(tail)."
    }

    static func sentences(_ count: Int, _ language: String, _ random: inout SeededRandom) -> String {
        (0..<count).map { _ in sentence(language, &random) }.joined(separator: language == "zh" ? "" : " ")
    }
}
