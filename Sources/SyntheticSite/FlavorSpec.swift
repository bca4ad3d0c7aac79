/// Everything that differs between the two flavors of synthetic site.
struct FlavorSpec {
    var flavor: SyntheticSite.Flavor
    var indicators: [IndicatorSpec]
    var years: ClosedRange<Int>
    var changeRules: [ChangeRule]
    var provinces: [(zh: String, en: String)]
    var title: (zh: String, en: String)
    var description: (zh: String, en: String)
    /// In switcher order; the first is the default language.
    var languages: [(code: String, locale: String, name: String)]
    var categoryNames: [String: (zh: String, en: String)]

    static func of(_ flavor: SyntheticSite.Flavor) -> FlavorSpec {
        switch flavor {
        case .standard:
            return FlavorSpec(
                flavor: flavor, indicators: IndicatorSpec.standard, years: 2010...2024,
                changeRules: [
                    ChangeRule(indicator: "emissions.cod", from: 2015, to: 2020, kind: .relative),
                    ChangeRule(indicator: "emissions.so2", from: 2015, to: 2020, kind: .relative),
                    ChangeRule(indicator: "emissions.nox", from: 2015, to: 2020, kind: .relative),
                    ChangeRule(indicator: "air.pm25", from: 2017, to: 2020, kind: .relative),
                    ChangeRule(indicator: "air.good_days_ratio", from: 2019, to: 2020, kind: .points),
                    ChangeRule(indicator: "water.section_good_ratio", from: 2023, to: 2024, kind: .points),
                    ChangeRule(indicator: "waste.msw_incineration_capacity", from: 2020, to: 2024, kind: .absolute),
                    ChangeRule(indicator: "economy.gdp", from: 2023, to: 2024, kind: .relative),
                ],
                provinces: [("东海省", "Donghai"), ("西岭省", "Xiling"), ("南湖省", "Nanhu"), ("北原省", "Beiyuan"),
                            ("中川省", "Zhongchuan"), ("青江省", "Qingjiang")],
                title: ("合成城市生态环境信息公开", "Synthetic City Environmental Disclosure"),
                description: ("由合成数据生成的基准测试站点，城市、数据与文字均为虚构。",
                              "A benchmark site generated from synthetic data; its cities, figures and texts are invented."),
                languages: [("zh", "zh-CN", "中文"), ("en", "en", "English")],
                categoryNames: [
                    "air": ("大气环境", "Air"), "water": ("水环境", "Water"), "waste": ("固体废物", "Solid waste"),
                    "emissions": ("污染物减排", "Emission cuts"), "economy": ("经济发展", "The economy"),
                    "investment": ("环保投入", "Investment"), "enforcement": ("执法监管", "Enforcement"),
                    "monitoring": ("监测能力", "Monitoring"),
                ])
        case .foreign:
            return FlavorSpec(
                flavor: flavor, indicators: IndicatorSpec.foreign, years: 2008...2022,
                changeRules: [
                    ChangeRule(indicator: "ghg-total", from: 2012, to: 2022, kind: .relative),
                    ChangeRule(indicator: "ghg-per-resident", from: 2012, to: 2022, kind: .relative),
                    ChangeRule(indicator: "renewable-share", from: 2017, to: 2022, kind: .points),
                    ChangeRule(indicator: "transit-trips", from: 2019, to: 2022, kind: .relative),
                    ChangeRule(indicator: "commute-minutes", from: 2021, to: 2022, kind: .absolute),
                    ChangeRule(indicator: "noise-complaints", from: 2021, to: 2022, kind: .relative),
                    ChangeRule(indicator: "tree-canopy", from: 2008, to: 2022, kind: .points),
                ],
                provinces: [("滨海大区", "Coastal Region"), ("高原大区", "Highland Region"), ("河谷大区", "River Valley Region"),
                            ("湖区", "Lakes Region")],
                title: ("都市可持续发展观察", "Metro Sustainability Observatory"),
                description: ("一个虚构的都市圈可持续发展数据站点，用于检验生成器对陌生内容的适应性。",
                              "An invented metropolitan sustainability data site, used to test the generator on content it was not written for."),
                languages: [("en", "en-GB", "English"), ("zh", "zh-CN", "简体中文")],
                categoryNames: [
                    "climate": ("气候", "Climate"), "energy": ("能源", "Energy"), "mobility": ("出行", "Getting around"),
                    "housing": ("住房", "Housing"), "health": ("健康", "Health"), "greenspace": ("绿色空间", "Green space"),
                    "waste": ("资源循环", "Waste and resources"), "water": ("水务", "Water"),
                ])
        }
    }

    func indicator(_ id: String) -> IndicatorSpec { indicators.first { $0.id == id }! }

    /// Categories in catalogue order.
    var categories: [String] {
        indicators.map(\.category).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }
}
