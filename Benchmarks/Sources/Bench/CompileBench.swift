import Foundation

/// Compile time of each generator's xAI client on its own (dependencies already built), debug and
/// release, plus the size of what was generated.
struct CompileBench {
    let root: String
    let runs: Int

    var package: String { root + "/Benchmarks" }

    func run() -> [Row] {
        var rows: [Row] = []
        let ours = package + "/Sources/OursCompiled"
        let peer = package + "/Sources/PeerCompiled"
        rows.append(Row(section: "compile", name: "generated lines", unit: "lines", ours: Double(lines(in: ours)), peer: Double(lines(in: peer)), higherIsBetter: false))
        rows.append(Row(section: "compile", name: "generated files", unit: "files", ours: Double(swiftFiles(in: ours).count), peer: Double(swiftFiles(in: peer).count), higherIsBetter: false))
        for configuration in ["debug", "release"] {
            // Build everything once so only the generated module is timed below.
            _ = measure("swift", ["build", "--package-path", package, "-c", configuration, "--target", "OursCompiled"])
            _ = measure("swift", ["build", "--package-path", package, "-c", configuration, "--target", "PeerCompiled"])
            var oursTimes: [Double] = []
            var peerTimes: [Double] = []
            var notes: [String] = []
            for _ in 0..<runs {
                for (target, folder) in [("OursCompiled", ours), ("PeerCompiled", peer)] {
                    touch(folder)
                    let result = measure("swift", ["build", "--package-path", package, "-c", configuration, "--target", target])
                    if result.status != 0 { notes.append("\(target) failed") }
                    if target == "OursCompiled" { oursTimes.append(result.seconds) } else { peerTimes.append(result.seconds) }
                }
            }
            rows.append(Row(section: "compile", name: "xAI client, \(configuration) build", unit: "s",
                            ours: median(oursTimes), peer: median(peerTimes), higherIsBetter: false, note: notes.first ?? ""))
        }
        return rows
    }

    private func touch(_ folder: String) {
        for file in swiftFiles(in: folder) {
            try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file)
        }
    }
}
