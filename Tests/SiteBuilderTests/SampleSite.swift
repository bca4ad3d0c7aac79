/// A small site exercising every page kind: two cities, two reports (one only in Chinese),
/// a free page, CSV observations, derived values, all three kinds of change.
enum SampleSite {
    static let text = #"""
-- Content/site.yaml --
title: { zh: 城市环境信息公开, en: City Environment Disclosure }
description: { zh: 两座城市的环境数据。, en: Environmental data of two cities. }
languages:
  - { code: zh, locale: zh-CN, name: 中文 }
  - { code: en, locale: en, name: English }
defaultLanguage: zh
-- Content/indicators.yaml --
- id: air.good_days_ratio
  category: air
  name: { zh: 空气质量优良天数比例, en: Share of days with good air quality }
  unit: percent
  better: higher
  decimals: 1
  range: [0, 100]
- id: air.pm25
  category: air
  name: { zh: PM2.5平均浓度, en: Average PM2.5 concentration }
  unit: ug_per_m3
  better: lower
- id: water.sewage_capacity
  category: water
  name: { zh: 污水处理能力, en: Sewage treatment capacity }
  unit: tonnes_per_day
  better: higher
- id: enforcement.penalty_cases
  category: enforcement
  name: { zh: 行政处罚案件, en: Administrative penalty cases }
  unit: { zh: 宗, en: cases }
  better: none
-- Content/cities/alpha/city.yaml --
name: { zh: 甲市, en: Alpha }
province: { zh: 广东省, en: Guangdong }
sources:
  - id: a-2020
    title: { zh: 甲市报告, en: Alpha report }
    publisher: { zh: 甲市生态环境局, en: Alpha Bureau }
    document: alpha.txt
    date: 2021-01-05
observations:
  - { indicator: air.good_days_ratio, year: 2019, value: 89.6 }
  - { indicator: air.good_days_ratio, year: 2020, value: 91.3 }
  - { indicator: water.sewage_capacity, year: 2015, value: 258.5万 }
  - { indicator: water.sewage_capacity, year: 2020, value: 373万 }
changes:
  - { indicator: air.pm25, from: 2017, to: 2020, relative: -29.4 }
  - { indicator: air.good_days_ratio, from: 2019, to: 2020, points: 1.7 }
-- Content/cities/alpha/observations.csv --
indicator,year,value,source,note_zh,note_en
air.pm25,2020,24,a-2020,,
air.pm25,2019,27,,"含, 逗号","with, comma"
-- Content/cities/alpha/plan.zh.md --
---
title: 甲市五年成效
date: 2021-01-05
summary: 甲市五年来的环境成效。
---
## 空气

2020年优良天数比例为[[air.good_days_ratio@2020]]，比上年[[air.good_days_ratio@2019..2020]]。代码里不替换：`[[air.pm25]]`。

<script>alert("x")</script>

```chart
type: column
indicator: water.sewage_capacity
years: 2015..2020
```
-- Content/cities/alpha/plan.en.md --
---
title: Alpha's five years
date: 2021-01-05
summary: What Alpha achieved in five years.
---
## Air

Good-air days were [[air.good_days_ratio@2020]] in 2020, [[air.good_days_ratio@2019..2020]] on the year before. PM2.5 fell [[air.pm25@2017..2020]].

```chart
type: change
```
-- Content/cities/alpha/notes.zh.md --
---
title: 甲市补充说明
date: 2020-06-01
---
只有中文版本。[[beta:enforcement.penalty_cases@2020]]
-- Content/cities/beta/city.yaml --
name: { zh: 乙市, en: Beta }
sources:
  - id: b-2021
    title: { zh: 乙市总结, en: Beta summary }
    url: https://example.org/beta
observations:
  - { indicator: air.good_days_ratio, year: 2021, value: 96.2 }
  - { indicator: enforcement.penalty_cases, year: 2021, value: 192 }
  - indicator: enforcement.penalty_cases
    year: 2020
    value: 77
    derived: { zh: 由2021年数值及增幅推算, en: derived from the 2021 value and its reported growth }
changes:
  - { indicator: enforcement.penalty_cases, from: 2020, to: 2021, relative: 149.35 }
-- Content/pages/about.zh.md --
---
title: 关于本站
---
本站公开两座城市的数据。

```chart
type: bar
indicator: air.good_days_ratio
cities: [alpha, beta]
```
-- Content/pages/about.en.md --
---
title: About
---
This site publishes the data of two cities.
"""#
}
