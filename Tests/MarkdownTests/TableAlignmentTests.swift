import Testing
import Markdown

/// Authors' tables: text cells align to the start, numbers to the end (class `num`), the
/// author's `:--` / `--:` wins; a table sits in a box that scrolls on a phone (issue 22, item 7).
@Suite struct TableAlignmentTests {
    @Test func numbersAndFiguresAreMarkedTextIsNot() {
        let markdown = """
        ## Derived values

        | City | Year | Value | Change | Arithmetic |
        | --- | --- | --- | --- | --- |
        | Dongguan | 2017 | [[dongguan:air.aqi_composite@2017]] | −3.5% | 7 × 57.1% = 3.997 |
        | Zhuhai | 2020 | 1,234.5 | [[x@2020]] in the urban area | 46 + 2 |
        """
        #expect(html(markdown) == """
        <h2 id="derived-values">Derived values</h2>
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="derived-values">
        <table>
        <thead>
        <tr>
        <th>City</th>
        <th class="num">Year</th>
        <th class="num">Value</th>
        <th>Change</th>
        <th>Arithmetic</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>Dongguan</td>
        <td class="num">2017</td>
        <td class="num">[[dongguan:air.aqi_composite@2017]]</td>
        <td class="num">−3.5%</td>
        <td>7 × 57.1% = 3.997</td>
        </tr>
        <tr>
        <td>Zhuhai</td>
        <td class="num">2020</td>
        <td class="num">1,234.5</td>
        <td>[[x@2020]] in the urban area</td>
        <td>46 + 2</td>
        </tr>
        </tbody>
        </table>
        </div>

        """)
    }

    @Test func theAuthorsAlignmentWins() {
        let markdown = """
        | 指标 | 数值 |
        | --: | :-- |
        | 臭氧 | 42 |
        """
        #expect(html(markdown) == """
        <div class="table-scroll" tabindex="0" role="group">
        <table>
        <thead>
        <tr>
        <th class="align-right">指标</th>
        <th class="align-left">数值</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td class="align-right">臭氧</td>
        <td class="align-left">42</td>
        </tr>
        </tbody>
        </table>
        </div>

        """)
    }

    @Test func emphasisOrWordsMakeACellText() {
        let markdown = """
        | A | B | C |
        | --- | --- | --- |
        | *12* | 48 stations | 12 |
        |  | 3 | 4 |
        """
        let output = html(markdown)
        #expect(output.contains("<th>A</th>\n<th>B</th>\n<th class=\"num\">C</th>"))
        #expect(output.contains("<td><em>12</em></td>\n<td>48 stations</td>\n<td class=\"num\">12</td>"))
        #expect(output.contains("<td></td>\n<td class=\"num\">3</td>\n<td class=\"num\">4</td>"))
    }
}

/// What a line must not split, and footnote markers apart from digits (issue 22, item 7).
@Suite struct TypographyMarkupTests {
    @Test func yearsAndPercentagePointsStayWhole() {
        #expect(html("2021年空气质量优良天数比例提高1.7个百分点，比2020年多。\n") == """
        <p><span class="nobr">2021年</span>空气质量优良天数比例提高<span class="nobr">1.7个百分点</span>，比<span class="nobr">2020年</span>多。</p>

        """)
        #expect(html("下降了若干个百分点。\n") == "<p>下降了若干<span class=\"nobr\">个百分点</span>。</p>\n")
        #expect(html("In 2021 it rose.\n") == "<p>In 2021 it rose.</p>\n")
    }

    @Test func aFootnoteMarkerAfterAFigureOrPercentStandsApart() {
        let output = html("Up to [[air.good_days_ratio@2020]][^1], 57.1%[^1] and *[[x@2020]]*[^1], then [[x@2020]] days[^1].\n\n[^1]: A.\n")
        #expect(output.hasPrefix("""
        <p>Up to [[air.good_days_ratio@2020]]<sup class="footnote-ref after-number"><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup>, \
        57.1%<sup class="footnote-ref after-number"><a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a></sup> \
        and <em>[[x@2020]]</em><sup class="footnote-ref after-number"><a href="#fn-1" id="fnref-1-3" role="doc-noteref">1</a></sup>, \
        then [[x@2020]] days<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-4" role="doc-noteref">1</a></sup>.</p>
        """), "\(output)")
    }

    @Test func aFootnoteMarkerAfterADigitStandsApart() {
        let output = html("More than 110,000[^1] and words[^2], **9**[^1].\n\n[^1]: A.\n[^2]: B.\n")
        #expect(output.hasPrefix("""
        <p>More than 110,000<sup class="footnote-ref after-number"><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup> \
        and words<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" role="doc-noteref">2</a></sup>, \
        <strong>9</strong><sup class="footnote-ref after-number"><a href="#fn-1" id="fnref-1-2" role="doc-noteref">1</a></sup>.</p>
        """))
    }
}
