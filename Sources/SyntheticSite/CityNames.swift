/// Names of synthetic cities: unique ids, a Chinese and an English name.
enum CityNames {
    static func make(count: Int, seed: UInt64, flavor: SyntheticSite.Flavor) -> [(id: String, zh: String, en: String)] {
        var random = SeededRandom(seed: seed, stream: "names")
        let pool: [(id: String, zh: String, en: String)]
        switch flavor {
        case .standard:
            // Two syllables, as in 白山市 / Baishan.
            let syllables = [
                ("an", "安"), ("bai", "白"), ("chang", "长"), ("dong", "东"), ("fu", "福"), ("gui", "桂"), ("he", "河"),
                ("hua", "华"), ("jin", "金"), ("kai", "开"), ("lan", "兰"), ("li", "丽"), ("lin", "林"), ("long", "龙"),
                ("mei", "梅"), ("nan", "南"), ("ning", "宁"), ("ping", "平"), ("qing", "青"), ("rui", "瑞"), ("shan", "山"),
                ("song", "松"), ("tai", "泰"), ("tian", "天"), ("wu", "武"), ("xi", "西"), ("xin", "新"), ("yang", "阳"),
                ("yong", "永"), ("yun", "云"), ("zhao", "肇"), ("zhen", "镇"),
            ]
            pool = syllables.flatMap { first in
                syllables.filter { $0.0 != first.0 }.map { second in
                    (first.0 + second.0, first.1 + second.1 + "市", first.0.prefix(1).uppercased() + first.0.dropFirst() + second.0)
                }
            }
        case .foreign:
            // Two words, as in 北桦港 / North Birch Harbour, with hyphenated ids.
            let prefixes = [("north", "北", "North"), ("south", "南", "South"), ("east", "东", "East"), ("west", "西", "West"),
                            ("port", "港", "Port"), ("lake", "湖", "Lake"), ("mount", "山", "Mount"), ("new", "新", "New"),
                            ("upper", "上", "Upper"), ("lower", "下", "Lower"), ("fort", "堡", "Fort"), ("glen", "谷", "Glen")]
            let roots = [("alder", "桤", "Alder"), ("birch", "桦", "Birch"), ("cedar", "杉", "Cedar"), ("ash", "梣", "Ash"),
                         ("elm", "榆", "Elm"), ("hazel", "榛", "Hazel"), ("juniper", "桧", "Juniper"), ("laurel", "桂", "Laurel"),
                         ("maple", "枫", "Maple"), ("oak", "橡", "Oak"), ("pine", "松", "Pine"), ("rowan", "楸", "Rowan"),
                         ("spruce", "云杉", "Spruce"), ("willow", "柳", "Willow"), ("yew", "紫杉", "Yew"), ("linden", "椴", "Linden"),
                         ("poplar", "杨", "Poplar"), ("holly", "冬青", "Holly"), ("myrtle", "桃金娘", "Myrtle"), ("thorn", "棘", "Thorn")]
            let suffixes = [("", "", ""), ("-bay", "湾", " Bay"), ("-falls", "瀑", " Falls"), ("-heights", "岗", " Heights"),
                            ("-haven", "港", " Haven")]
            pool = prefixes.flatMap { p in roots.flatMap { r in suffixes.map { s in
                ("\(p.0)-\(r.0)\(s.0)", p.1 + r.1 + s.1 + "市", "\(p.2) \(r.2)\(s.2)")
            } } }
        }
        let order = random.shuffled(Array(pool.indices))
        return (0..<count).map { index in
            let name = pool[order[index % pool.count]]
            let round = index / pool.count
            // Past the pool, names repeat with a district number: ids stay unique.
            return round == 0 ? name : (name.id + "-\(round + 1)", name.zh + "\(round + 1)区", name.en + " \(round + 1)")
        }
    }
}
