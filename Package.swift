// swift-tools-version:6.0
// kg: a knowledge-graph builder and Datalog query engine for cancer-drug pages.
//
// The targets follow the data: documents → extraction → graph → Datalog →
// answers and exports. `Datalog` knows nothing of drugs; `KGExtraction` knows
// nothing of Datalog; C stays in `CLibXML2`.
import PackageDescription

let package = Package(
    name: "kg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "Datalog", targets: ["Datalog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C: libxml2 through pkg-config, with a few inline shims for what Swift 6 cannot import.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // Documents: pages (HTML, Markdown, text) read into located blocks and sentences.
        .target(name: "KGDocuments", dependencies: ["CLibXML2", .product(name: "Yams", package: "Yams")]),

        // Graph: nodes, edges and evidence; no I/O.
        .target(name: "KGGraph"),

        // Extraction: lexicon, entity recognition, normalisation, relation rules.
        .target(
            name: "KGExtraction",
            dependencies: ["KGDocuments", "KGGraph"],
            resources: [.copy("Lexicon")]
        ),

        // Storage: the graph in SQLite, with each page's hash and the extractor's version.
        .target(name: "KGStore", dependencies: ["KGGraph", .product(name: "GRDB", package: "GRDB.swift")]),

        // Build: corpus → documents → extraction → store, re-reading only changed pages.
        .target(name: "KGBuild", dependencies: ["KGDocuments", "KGExtraction", "KGGraph", "KGStore"]),

        // Datalog: a Soufflé-like engine that only knows relations.
        .target(name: "Datalog"),

        // Answers: the graph as Datalog relations, explanations down to sentences.
        .target(name: "KGQuery", dependencies: ["KGGraph", "Datalog"]),

        // Exports: GraphML, DOT, JSON, TSV.
        .target(name: "KGExport", dependencies: ["KGGraph"]),

        // The command line: one file per command.
        .target(
            name: "KGCommandLine",
            dependencies: [
                "KGDocuments", "KGGraph", "KGExtraction", "KGStore", "KGBuild", "Datalog", "KGQuery", "KGExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kg", dependencies: ["KGCommandLine"]),

        // Benchmarks: release-mode executables that print their figures.
        .executableTarget(name: "kg-bench-read", dependencies: ["KGDocuments", "CLibXML2"], path: "Benchmarks/ReadBenchmark"),
        .executableTarget(name: "kg-bench-datalog", dependencies: ["Datalog"], path: "Benchmarks/DatalogBenchmark"),
        .executableTarget(name: "kg-bench-build", dependencies: ["KGBuild"], path: "Benchmarks/BuildBenchmark"),
        .executableTarget(name: "kg-bench-query", dependencies: ["KGBuild", "KGQuery"], path: "Benchmarks/QueryBenchmark"),

        .testTarget(name: "KGDocumentsTests", dependencies: ["KGDocuments"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KGGraphTests", dependencies: ["KGGraph"]),
        .testTarget(name: "KGExtractionTests", dependencies: ["KGExtraction", "KGDocuments", "KGGraph", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KGStoreTests", dependencies: ["KGStore"]),
        .testTarget(name: "KGBuildTests", dependencies: ["KGBuild", "TestSupport"]),
        // Test data the query and interface tests share (a library, not tests).
        .target(name: "KGGraphFixtures", dependencies: ["KGGraph"], path: "Tests/KGGraphFixtures"),
        // Running real programs from tests (kg, sqlite3, python3, dot, sha256sum).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "KGQueryTests", dependencies: ["KGQuery", "KGGraphFixtures"]),
        .testTarget(name: "KGExportTests", dependencies: ["KGExport", "CLibXML2", "TestSupport"], resources: [.copy("Schema")]),
        .testTarget(name: "DatalogTests", dependencies: ["Datalog", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(name: "KGCommandLineTests", dependencies: ["KGCommandLine", "KGGraphFixtures", "TestSupport"]),
    ]
)
