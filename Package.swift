// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "werkbank",
    products: [
        .executable(name: "werkbank", targets: ["werkbank"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "WerkbankCore"),
        .target(name: "TerminalUI", dependencies: ["CNCurses"]),
        .target(name: "WerkbankApp", dependencies: ["WerkbankCore", "TerminalUI"]),
        .target(name: "WerkbankBench", dependencies: ["WerkbankApp", "WerkbankCore", "TerminalUI"]),
        .executableTarget(name: "werkbank", dependencies: ["WerkbankBench", "WerkbankApp", "WerkbankCore", "TerminalUI"]),
        .testTarget(name: "WerkbankCoreTests", dependencies: ["WerkbankCore", "WerkbankBench"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "WerkbankAppTests", dependencies: ["WerkbankApp", "WerkbankCore", "TerminalUI", "WerkbankBench"],
                    exclude: ["Golden"]),
        .testTarget(name: "WerkbankBenchTests", dependencies: ["WerkbankBench", "WerkbankApp", "WerkbankCore", "TerminalUI"]),
    ],
    swiftLanguageModes: [.v6]
)
