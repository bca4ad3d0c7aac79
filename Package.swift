// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "report-site",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "report-site", targets: ["report-site"]),
        // The benchmark tools (`make bench`), apart so that `report-site` does not carry them.
        .executable(name: "report-site-bench", targets: ["report-site-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Already in Hummingbird's graph; named because the preview server imports them directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        // The C library, and nothing else: only `Markdown` imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "Diagnostics"]),
        .target(name: "Formatting"),
        // OpenCC, loaded at run time by the one file that uses it (the binary does not link it).
        .target(name: "ScriptConversion"),
        .target(name: "Charts"),
        .target(
            name: "SiteModel",
            dependencies: [
                "Diagnostics", "Formatting", "Markdown", "ScriptConversion",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The theme: templates and their typed models' protocol, interface strings and
        // conventions, escaping. The built-in theme (top-level Templates/ and Public/) is compiled
        // in by the EmbedTheme plugin, not shipped as resources.
        .target(
            name: "Theme",
            dependencies: [
                "Diagnostics", "SiteModel", "Formatting",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        // Routes resolved and rendered as values: each page kind, its model, its figures and
        // charts, and the data files, feeds and sitemap. Writes nothing.
        .target(
            name: "Pages",
            dependencies: [
                "Diagnostics", "SiteModel", "Markdown", "Formatting", "Charts", "Theme",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The pipeline that drives load → validate → resolve → render → write for check, build
        // and the preview, and the output: staging, the atomic swap, the rebuild cache, search.
        .target(name: "SiteBuilder", dependencies: ["Diagnostics", "SiteModel", "Theme", "Pages"]),
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        // Synthetic sites of any size, for benchmarks and large end-to-end tests.
        .target(name: "SyntheticSite"),
        .target(
            name: "PreviewServer",
            dependencies: [
                "Diagnostics", "SiteBuilder",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "ReportSiteCLI",
            dependencies: [
                "Diagnostics", "SiteModel", "SiteBuilder", "Pages", "Theme", "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "report-site", dependencies: ["ReportSiteCLI"]),
        .executableTarget(
            name: "report-site-bench",
            dependencies: ["SiteBuilder", "SyntheticSite", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // The conformance test compares with cmark-gfm's own HTML renderer, so it calls the C library.
        // Fixtures: the GFM spec's examples, read from the source tree by the conformance test.
        .testTarget(
            name: "MarkdownTests",
            dependencies: ["Markdown", "CCmarkGFM", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        // Theme for the built-in theme's conventions (zh, zh-hant, en), which the tests format with.
        .testTarget(name: "FormattingTests", dependencies: ["Formatting", "Theme", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["__Snapshots__"]),
        .testTarget(name: "SiteModelTests", dependencies: ["SiteModel", "Diagnostics", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: [
                "SiteBuilder", "Pages", "Theme", "SiteModel", "Diagnostics", "ReportSiteCLI", "ScriptConversion", "Markdown",
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Mustache", package: "swift-mustache"),
                // Random edit sequences for the preview-equals-build test (SiteEdits).
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "CheckTests",
            dependencies: [
                "SiteBuilder", "SiteModel", "Diagnostics", "ReportSiteCLI",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Corpus"]
        ),
        .testTarget(name: "SyntheticSiteTests", dependencies: ["SyntheticSite", "SiteBuilder", "SiteModel"]),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: [
                "PreviewServer", "SiteBuilder", "Diagnostics",
                // Not HummingbirdTesting: it brings AsyncHTTPClient and NIOSSL, and BoringSSL took
                // minutes to compile. The tests talk to a real loopback server with LoopbackHTTP (NIOHTTP1).
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "ContentTests", dependencies: ["SiteModel", "Formatting"], exclude: ["figures.tsv", "SourceDocuments"]),
    ],
    swiftLanguageModes: [.v6]
)
