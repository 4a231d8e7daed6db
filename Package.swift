// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "disclose",
    platforms: [.macOS(.v13)],
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
            dependencies: ["DiscloseKit"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
