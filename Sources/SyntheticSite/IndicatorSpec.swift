/// The unit of a synthetic indicator: a built-in unit id of the contract, or an inline one.
enum SyntheticUnit {
    case builtIn(String)
    case inline(zh: String, en: String)

    /// How the Hugo copy writes a value's unit in running text (our site formats it itself).
    func symbol(_ language: String) -> String {
        switch self {
        case .inline(let zh, let en): return language == "zh" ? zh : " " + en
        case .builtIn(let id):
            let symbols: [String: (zh: String, en: String)] = [
                "percent": ("%", "%"), "count": ("", ""), "yuan": ("元", " yuan"), "tonnes": ("吨", " t"),
                "tonnes_per_day": ("吨/日", " t/day"), "tonnes_per_year": ("吨/年", " t/year"), "km": ("公里", " km"),
                "ug_per_m3": ("微克/立方米", " μg/m³"), "days": ("天", " days"), "index": ("", ""),
            ]
            let symbol = symbols[id] ?? ("", "")
            return language == "zh" ? symbol.zh : symbol.en
        }
    }
}

/// One indicator of a synthetic catalogue: what `indicators.yaml` declares, and how its
/// values are drawn.
struct IndicatorSpec {
    var id: String
    var category: String
    var zh: String
    var en: String
    var unit: SyntheticUnit
    var better: String
    /// The declared display precision, if any.
    var decimals: Int?
    var range: ClosedRange<Double>?
    /// The level in the first year is drawn from here.
    var base: ClosedRange<Double>
    /// Yearly drift: added (bounded indicators) or a growth rate (the rest).
    var drift: ClosedRange<Double>
    /// Decimals the values are written with.
    var written: Int
    /// Whether large values are written with 万/亿, as Chinese sources do.
    var suffixes = false
    var description: (zh: String, en: String)?

    var isPercent: Bool { if case .builtIn("percent") = unit { return true } else { return false } }
    /// Levels drift additively inside a range rather than growing.
    var isBounded: Bool { range != nil }
}

extension IndicatorSpec {
    /// The catalogue of the standard flavor: ids, names and units shaped like the real site's.
    static let standard: [IndicatorSpec] = [
        .init(id: "air.good_days_ratio", category: "air", zh: "空气质量优良天数比例", en: "Share of days with good air quality",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 70...92, drift: -1.5...2.5, written: 1,
              description: ("全年空气质量指数不超过100的天数占有效监测天数的比例。", "Share of monitored days on which the air quality index was 100 or below.")),
        .init(id: "air.pm25", category: "air", zh: "细颗粒物（PM2.5）年均浓度", en: "Annual mean PM2.5 concentration",
              unit: .builtIn("ug_per_m3"), better: "lower", base: 35...70, drift: -0.08...0.01, written: 0),
        .init(id: "air.polluted_days", category: "air", zh: "空气污染天数", en: "Days with polluted air",
              unit: .builtIn("days"), better: "lower", range: 0...366, base: 30...110, drift: -9...4, written: 0),
        .init(id: "air.aqi_composite", category: "air", zh: "环境空气质量综合指数", en: "Composite air quality index",
              unit: .builtIn("index"), better: "lower", decimals: 2, base: 3.5...6.0, drift: -0.05...0.01, written: 2),
        .init(id: "water.section_good_ratio", category: "water", zh: "水质优良断面比例", en: "Share of river sections with good water",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 40...80, drift: -2...4, written: 1),
        .init(id: "water.sewage_capacity", category: "water", zh: "污水处理能力", en: "Sewage treatment capacity",
              unit: .builtIn("tonnes_per_day"), better: "higher", base: 1.5e5...9e5, drift: 0.01...0.08, written: 0, suffixes: true),
        .init(id: "water.sewage_pipelines", category: "water", zh: "污水管网长度", en: "Length of sewers",
              unit: .builtIn("km"), better: "higher", base: 800...6000, drift: 0.02...0.09, written: 0),
        .init(id: "water.black_odorous_bodies", category: "water", zh: "黑臭水体数量", en: "Black and odorous water bodies",
              unit: .inline(zh: "条", en: "water bodies"), better: "lower", base: 10...60, drift: -0.15...0.0, written: 0),
        .init(id: "waste.hazardous_capacity", category: "waste", zh: "危险废物处置能力", en: "Hazardous waste disposal capacity",
              unit: .builtIn("tonnes_per_year"), better: "higher", base: 5e4...4e5, drift: 0.02...0.12, written: 0, suffixes: true),
        .init(id: "waste.msw_incineration_capacity", category: "waste", zh: "生活垃圾焚烧处理能力", en: "Household waste incineration capacity",
              unit: .builtIn("tonnes_per_day"), better: "higher", base: 1500...9000, drift: 0.02...0.10, written: 0),
        .init(id: "waste.sludge_capacity", category: "waste", zh: "污泥处理能力", en: "Sludge treatment capacity",
              unit: .builtIn("tonnes_per_day"), better: "higher", base: 300...3000, drift: 0.01...0.09, written: 0),
        .init(id: "emissions.cod", category: "emissions", zh: "化学需氧量排放量", en: "Chemical oxygen demand (COD) emissions",
              unit: .builtIn("tonnes"), better: "lower", base: 2e4...9e4, drift: -0.06...0.0, written: 0, suffixes: true),
        .init(id: "emissions.so2", category: "emissions", zh: "二氧化硫排放量", en: "Sulphur dioxide emissions",
              unit: .builtIn("tonnes"), better: "lower", base: 8000...60000, drift: -0.09...0.0, written: 0),
        .init(id: "emissions.nox", category: "emissions", zh: "氮氧化物排放量", en: "Nitrogen oxide emissions",
              unit: .builtIn("tonnes"), better: "lower", base: 1e4...7e4, drift: -0.07...0.01, written: 0),
        .init(id: "economy.gdp", category: "economy", zh: "地区生产总值", en: "Gross domestic product",
              unit: .builtIn("yuan"), better: "higher", base: 8e10...9e11, drift: 0.03...0.09, written: 0, suffixes: true,
              description: ("按当年价格计算的地区生产总值。", "Gross domestic product at current prices.")),
        .init(id: "economy.high_tech_enterprises", category: "economy", zh: "国家高新技术企业", en: "National high-tech enterprises",
              unit: .inline(zh: "家", en: "enterprises"), better: "higher", base: 200...2000, drift: 0.05...0.2, written: 0),
        .init(id: "investment.pollution_control", category: "investment", zh: "污染治理投资", en: "Investment in pollution control",
              unit: .builtIn("yuan"), better: "none", base: 5e8...9e9, drift: -0.05...0.15, written: 0, suffixes: true),
        .init(id: "enforcement.penalty_cases", category: "enforcement", zh: "环境行政处罚案件", en: "Environmental penalty cases",
              unit: .inline(zh: "宗", en: "cases"), better: "none", base: 80...900, drift: -0.1...0.12, written: 0),
        .init(id: "enforcement.supervisors", category: "enforcement", zh: "环境执法人员", en: "Environmental enforcement officers",
              unit: .builtIn("count"), better: "higher", base: 60...600, drift: 0.0...0.06, written: 0),
        .init(id: "monitoring.air_stations", category: "monitoring", zh: "空气自动监测站", en: "Automatic air monitoring stations",
              unit: .inline(zh: "个", en: "stations"), better: "higher", base: 5...40, drift: 0.0...0.12, written: 0),
    ]

    /// The catalogue of the other flavor: a site nobody here wrote, with its own ids, names,
    /// categories and units.
    static let foreign: [IndicatorSpec] = [
        .init(id: "ghg-total", category: "climate", zh: "温室气体排放总量", en: "Total greenhouse gas emissions",
              unit: .inline(zh: "吨二氧化碳当量", en: "t CO₂e"), better: "lower", base: 2e6...3e7, drift: -0.05...0.02, written: 0, suffixes: true),
        .init(id: "ghg-per-resident", category: "climate", zh: "人均温室气体排放", en: "Greenhouse gas emissions per resident",
              unit: .inline(zh: "吨/人", en: "t per resident"), better: "lower", decimals: 2, base: 4...14, drift: -0.06...0.01, written: 2),
        .init(id: "heat-days", category: "climate", zh: "高温日数", en: "Days above 35 °C",
              unit: .builtIn("days"), better: "none", range: 0...366, base: 5...40, drift: -2...4, written: 0),
        .init(id: "flood-risk-index", category: "climate", zh: "内涝风险指数", en: "Urban flood risk index",
              unit: .builtIn("index"), better: "lower", decimals: 2, base: 0.4...0.9, drift: -0.04...0.02, written: 2),
        .init(id: "renewable-share", category: "energy", zh: "可再生能源发电占比", en: "Renewable share of electricity",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 8...35, drift: 0...3, written: 1),
        .init(id: "grid-outage-hours", category: "energy", zh: "户均停电时间", en: "Average outage time per customer",
              unit: .inline(zh: "小时", en: "hours"), better: "lower", decimals: 1, base: 3...20, drift: -0.12...0.03, written: 1),
        .init(id: "ev-registrations", category: "mobility", zh: "新能源汽车新注册量", en: "New electric vehicle registrations",
              unit: .inline(zh: "辆", en: "vehicles"), better: "higher", base: 500...8000, drift: 0.1...0.45, written: 0, suffixes: true),
        .init(id: "transit-trips", category: "mobility", zh: "公共交通客运量", en: "Public transport trips",
              unit: .inline(zh: "人次", en: "trips"), better: "higher", base: 5e7...9e8, drift: -0.03...0.06, written: 0, suffixes: true),
        .init(id: "cycle-network", category: "mobility", zh: "自行车道总长", en: "Cycle network length",
              unit: .builtIn("km"), better: "higher", decimals: 1, base: 40...600, drift: 0.03...0.15, written: 1),
        .init(id: "commute-minutes", category: "mobility", zh: "平均通勤时间", en: "Average one-way commute",
              unit: .inline(zh: "分钟", en: "minutes"), better: "lower", decimals: 1, base: 25...48, drift: -0.02...0.02, written: 1),
        .init(id: "affordable-homes", category: "housing", zh: "保障性住房竣工套数", en: "Affordable homes completed",
              unit: .inline(zh: "套", en: "homes"), better: "higher", base: 800...15000, drift: -0.1...0.2, written: 0),
        .init(id: "rent-burden", category: "housing", zh: "租金收入比", en: "Rent as a share of income",
              unit: .builtIn("percent"), better: "lower", decimals: 1, range: 0...100, base: 18...42, drift: -1...1.2, written: 1),
        .init(id: "ozone-peak", category: "health", zh: "臭氧日最大8小时浓度", en: "Ozone, maximum daily 8-hour mean",
              unit: .builtIn("ug_per_m3"), better: "lower", base: 120...190, drift: -0.03...0.03, written: 0),
        .init(id: "clinic-visits", category: "health", zh: "社区诊所就诊人次", en: "Community clinic visits",
              unit: .builtIn("count"), better: "none", base: 2e5...4e6, drift: -0.02...0.08, written: 0),
        .init(id: "noise-complaints", category: "health", zh: "噪声投诉", en: "Noise complaints",
              unit: .builtIn("count"), better: "lower", base: 400...9000, drift: -0.1...0.1, written: 0),
        .init(id: "tree-canopy", category: "greenspace", zh: "树冠覆盖率", en: "Tree canopy cover",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 12...38, drift: -0.3...0.9, written: 1),
        .init(id: "park-access", category: "greenspace", zh: "步行10分钟可达公园的人口比例", en: "Residents within a 10-minute walk of a park",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 35...75, drift: -0.5...2.5, written: 1),
        .init(id: "green-bonds", category: "greenspace", zh: "绿色债券发行额", en: "Green bonds issued",
              unit: .builtIn("yuan"), better: "none", base: 1e8...5e9, drift: -0.2...0.4, written: 0, suffixes: true),
        .init(id: "water-loss", category: "water", zh: "供水管网漏损率", en: "Water lost from the supply network",
              unit: .builtIn("percent"), better: "lower", decimals: 1, range: 0...100, base: 10...25, drift: -0.8...0.3, written: 1),
        .init(id: "landfill-diversion", category: "waste", zh: "垃圾填埋转移率", en: "Waste diverted from landfill",
              unit: .builtIn("percent"), better: "higher", decimals: 1, range: 0...100, base: 20...60, drift: -0.5...3.5, written: 1),
    ]
}
