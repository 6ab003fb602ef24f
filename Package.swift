// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "graph",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "graph", targets: ["graph-cli"]),
    .library(name: "Graph", targets: ["Graph"]),
    .library(name: "Metrics", targets: ["Metrics"]),
    .library(name: "Exporters", targets: ["Exporters"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CIgraph", path: "Sources/Graph/CIgraph", pkgConfig: "igraph",
      providers: [.apt(["libigraph-dev"])]),
    .systemLibrary(
      name: "CZlib", path: "Sources/Graph/CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/Graph/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CCrypto", path: "Sources/Graph/CCrypto", pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"])]),
    .systemLibrary(
      name: "CSQLiteConfig", path: "Sources/Graph/CSQLiteConfig",
      providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(name: "CPrefetch", path: "Sources/Graph/CPrefetch"),
    .target(
      name: "CRowBatch", path: "Sources/Graph/CRowBatch",
      // DWARF 4 like the Swift objects: valgrind 3.19 (`make leakcheck`) gives up on a binary
      // that mixes in clang's default DWARF 5.
      cSettings: [.unsafeFlags(["-gdwarf-4"])],
      linkerSettings: [.linkedLibrary("sqlite3")]),
    .target(
      name: "Graph",
      dependencies: [
        "CIgraph", "CZlib", "CLibXML2", "CCrypto", "CSQLiteConfig", "CRowBatch", "CPrefetch",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      exclude: [
        "CIgraph", "CZlib", "CLibXML2", "CCrypto", "CSQLiteConfig", "CRowBatch", "CPrefetch",
      ],
      // Release builds leave exclusivity to the debug builds the tests run: the dynamic
      // checks on class properties (the XML handlers' state, the writer's caches) were 4-5%
      // of the PubMed reader thread (issue 8).
      swiftSettings: [
        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
      ]),
    .target(name: "Metrics", dependencies: ["Graph"]),
    .target(name: "Exporters", dependencies: ["Graph"]),
    .executableTarget(
      name: "graph-cli",
      dependencies: [
        "Graph", "Metrics", "Exporters",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "graph-bench", dependencies: ["Graph", "Metrics"],
      path: "Benchmarks/Sources/graph-bench"),
    .target(name: "GraphTestSupport", dependencies: ["Graph"], path: "Tests/GraphTestSupport"),
    .testTarget(
      name: "GraphTests",
      dependencies: [
        "Graph", "CIgraph", "GraphTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(name: "MetricsTests", dependencies: ["Metrics", "Graph", "GraphTestSupport"]),
    .testTarget(
      name: "ExportersTests", dependencies: ["Exporters", "Graph", "GraphTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "GraphCLITests", dependencies: ["GraphTestSupport", "graph-cli"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
