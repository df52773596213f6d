import Foundation

/// Wall time and peak memory of generating a client, ours against the peer on the same document,
/// runs alternating, medians reported.
struct GenerationBench {
    let root: String
    let ours: String
    let peer: String
    let runs: Int

    /// The xAI spec (overlaid) and a ladder of public documents from 1 KB to 3 MB.
    var documents: [(name: String, path: String)] {
        let corpus = root + "/../shared/corpus/"
        return [
            ("xai (overlaid, 190 KB)", root + "/Benchmarks/Sources/PeerClient/openapi.json"),
            ("oai-webhook (1 KB)", corpus + "oai-webhook-example-3.1.yaml"),
            ("oai-petstore-expanded (5 KB)", corpus + "oai-petstore-expanded-3.0.yaml"),
            ("apple-petstore (17 KB)", corpus + "apple-reference-petstore-3.1.yaml"),
            ("spotify (290 KB)", corpus + "spotify-official-3.0.yml"),
            ("twilio-messaging (493 KB)", corpus + "twilio-messaging-v1-3.0.json"),
            ("mistral (662 KB)", corpus + "mistral-openapi-3.1.yaml"),
            ("adyen-checkout (887 KB)", corpus + "adyen-checkout-3.1.json"),
            ("box (1.7 MB)", corpus + "box-openapi-3.0.json"),
            ("asana (3 MB)", corpus + "asana-3.0.yaml"),
        ]
    }

    func run() -> [Row] {
        var rows: [Row] = []
        // Memory-backed when the machine has it. On ext4, for half a minute after many files are
        // deleted (the builds before this section, or the last run's scratch folder), creating a
        // file scans past every recently freed inode (`recently_deleted` in a `perf` profile): box's
        // 937 files then cost up to 0.9 s of kernel time, and the peer's three nothing. That is the
        // file system's history, not either generator's work.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        let scratch = base.appendingPathComponent("bench-gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for (number, document) in documents.enumerated() {
            var oursRuns: [Run] = []
            var peerRuns: [Run] = []
            for attempt in 0..<runs {
                // A fresh folder each time: one shared across documents made ours delete the last
                // document's files first (the peer overwrites its three), timing an update into
                // another API's client instead of a generation.
                let oursOut = scratch + "/\(number)-ours-\(attempt)"
                let peerOut = scratch + "/\(number)-peer-\(attempt)"
                try? FileManager.default.createDirectory(atPath: peerOut, withIntermediateDirectories: true)
                oursRuns.append(measure(ours, ["generate", "--spec", document.path, "--output", oursOut, "--templates", root + "/Templates"]))
                peerRuns.append(measure(peer, ["generate", document.path, "--mode", "types", "--mode", "client", "--output-directory", peerOut]))
            }
            let oursOK = oursRuns.allSatisfy { $0.status == 0 }
            let peerOK = peerRuns.allSatisfy { $0.status == 0 }
            var note = ""
            if !oursOK { note += "ours failed; " }
            if !peerOK { note += "peer failed: " + (peerRuns.first { $0.status != 0 }?.output.split(separator: "\n").last.map(String.init) ?? "") }
            rows.append(Row(section: "generation", name: document.name + " time", unit: "s",
                            ours: oursOK ? median(oursRuns.map(\.seconds)) : nil, peer: peerOK ? median(peerRuns.map(\.seconds)) : nil,
                            higherIsBetter: false, note: String(note.prefix(120))))
            rows.append(Row(section: "generation", name: document.name + " peak memory", unit: "MB",
                            ours: oursOK ? median(oursRuns.map(\.peakMegabytes)) : nil, peer: peerOK ? median(peerRuns.map(\.peakMegabytes)) : nil,
                            higherIsBetter: false))
        }
        return rows
    }
}
