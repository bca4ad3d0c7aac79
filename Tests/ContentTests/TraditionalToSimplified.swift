/// Traditional → Simplified for the characters of the Zhuhai scrape
/// (`003_f6130deb1dfa2fb4.txt`) that differ from its Simplified copy: a small table
/// limited to the characters that occur there (286 pairs), not a general converter.
/// ``VerbatimSourceTests/theConversionTableCoversTheZhuhaiScrape()`` checks it is complete.
enum TraditionalToSimplified {
    static let traditional = [
        "亞來侶個偵備傳債傾價億償優內兩凈別則創劃動務勢勵匯區協厲參員問啟單噸嚴國圍園圓執",
        "堅報場塊壇壓學實審將專對導層屬幫庫廠廢廣廳強徑從復徹愛態慮應戰戶損擊擔據擬擴擾數",
        "斷時曉書會東條業極構標樣機橫檢權歷氣決沒況減測準溫滲滿濟濱濾灣為無煙營爭狀獎獲獻",
        "現環產異當療發盡監盤眾確礎礦稱積穩節簽籌粵糾約納級細組結統經綜綠綢維網線編練縱總",
        "繆織繼續罰義習聯脈臨臺與舉萬著蓋藍處虛號術衛補裝見規覺觸訂計記訟訪設訴評試認誰課",
        "調請論諧諾謀議護變讓貢貫責貯資賠質賬贏趨踐蹤車較載輕輛輪輸輻轉辦農連進運過達違適",
        "選邁邊醫鋁錄鍵鑒長門開間閘閱閾闖關陸階際險隱雖雙離難電響項順預領頭題額類顯風飲饋",
        "驗體麗點黨齊",
    ].joined()

    static let simplified = [
        "亚来侣个侦备传债倾价亿偿优内两净别则创划动务势励汇区协厉参员问启单吨严国围园圆执",
        "坚报场块坛压学实审将专对导层属帮库厂废广厅强径从复彻爱态虑应战户损击担据拟扩扰数",
        "断时晓书会东条业极构标样机横检权历气决没况减测准温渗满济滨滤湾为无烟营争状奖获献",
        "现环产异当疗发尽监盘众确础矿称积稳节签筹粤纠约纳级细组结统经综绿绸维网线编练纵总",
        "缪织继续罚义习联脉临台与举万着盖蓝处虚号术卫补装见规觉触订计记讼访设诉评试认谁课",
        "调请论谐诺谋议护变让贡贯责贮资赔质账赢趋践踪车较载轻辆轮输辐转办农连进运过达违适",
        "选迈边医铝录键鉴长门开间闸阅阈闯关陆阶际险隐虽双离难电响项顺预领头题额类显风饮馈",
        "验体丽点党齐",
    ].joined()

    static let map: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = zip(traditional.unicodeScalars, simplified.unicodeScalars)
        return Dictionary(pairs.map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
    }()
}
