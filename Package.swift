// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "disclose",
    // Linux only: publishing swaps the output folder atomically with renameat2(RENAME_EXCHANGE),
    // which macOS does not have (README, "Platforms").
    products: [
        .executable(name: "disclose", targets: ["disclose"]),
        .library(name: "DiscloseKit", targets: ["DiscloseKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite3", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]),
        .target(name: "CDiscloseSystem"),
        .target(
            name: "DiscloseKit",
            dependencies: [
                "CSQLite3", "CYAML", "CCmark", "CDiscloseSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .executableTarget(
            name: "disclose",
            dependencies: [
                "DiscloseKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "DiscloseKitTests",
            // The end-to-end tests run the `disclose` product of this same build.
            dependencies: ["DiscloseKit", "disclose"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
