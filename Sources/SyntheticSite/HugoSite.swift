/// The same narratives as a minimal Hugo site, for comparing build times: both languages, a
/// layout of its own (baseof, single, list; no theme to download), a section per city, chart
/// blocks as plain code blocks and figure references as text.
struct HugoSite {
    let plan: SitePlan

    func files() -> [(path: String, text: String)] {
        let flavor = plan.flavor
        var files: [(path: String, text: String)] = [("config.toml", config)]
        files += layouts
        let figures = FigureText(plan: plan)
        for language in flavor.languages.map(\.code) {
            let zh = language == "zh"
            files.append(("content/_index.\(language).md", "---\ntitle: \(YAML.quote(zh ? flavor.title.zh : flavor.title.en))\n---\n\n\(zh ? flavor.description.zh : flavor.description.en)\n"))
            files.append(("content/cities/_index.\(language).md", "---\ntitle: \(zh ? "城市" : "Cities")\n---\n"))
            for city in plan.cities {
                files.append(("content/cities/\(city.id)/_index.\(language).md",
                              "---\ntitle: \(YAML.quote(zh ? city.name.zh : city.name.en))\n---\n\n\(zh ? city.province.zh : city.province.en)\n"))
            }
        }
        for narrative in plan.narratives {
            let path = narrative.path.hasPrefix("pages/") ? String(narrative.path.dropFirst("pages/".count)) : narrative.path
            let text = figures.replacing(in: narrative.markdown, city: narrative.city, language: narrative.language)
                .replacingOccurrences(of: "```chart\n", with: "```\n")
            files.append(("content/\(path)", text))
        }
        return files
    }

    private var config: String {
        let flavor = plan.flavor
        var text = """
        baseURL = "https://example.org/"
        defaultContentLanguage = "\(flavor.languages[0].code)"
        defaultContentLanguageInSubdir = true
        disableKinds = ["taxonomy", "term"]

        [markup.goldmark.renderer]
        unsafe = false

        """
        for (weight, language) in flavor.languages.enumerated() {
            let title = language.code == "zh" ? flavor.title.zh : flavor.title.en
            text += "\n[languages.\(language.code)]\nlanguageName = \(YAML.quote(language.name))\ntitle = \(YAML.quote(title))\nweight = \(weight + 1)\n"
        }
        return text
    }

    private var layouts: [(path: String, text: String)] {
        [
            ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ .Site.Language.Lang }}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ .Site.Title }}</title></head>
            <body>
            <header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            {{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>

            """),
            ("layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ with .Params.period }}<p>{{ . }}</p>{{ end }}{{ .Content }}</article>{{ end }}

            """),
            ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul>{{ end }}

            """),
        ]
    }
}
