extension Narrative {
    /// The cities the body names, besides its own: in figure references (`[[nanbai:air.pm25@2020]]`)
    /// and charts' `cities:`. What binding it may read of other cities' data, known before any
    /// city's data is loaded (a rebuild loading only what a changed narrative's page reads).
    package func namedCities(languages: [String]) -> Set<String> {
        let parsed = NarrativeLoader.parse(body, lineOffset: bodyLineOffset, path: path, languages: languages)
        return Set(parsed.figures.compactMap(\.city)).union(parsed.charts.flatMap { $0.cities ?? [] })
    }
}
