import Foundation
@_spi(Generated) import GeneratedClientRuntime
import PeerClient
import XAI

/// `make bench`: every measurement in one table (stdout) and one JSON file.
@main
struct Bench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func option(_ name: String) -> String? {
            arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let root = option("--root") ?? FileManager.default.currentDirectoryPath
        let spec = root + "/Benchmarks/Sources/PeerClient/openapi.json"
        let payloads = try Payloads(spec: spec)
        if arguments.contains("--serve") {
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: spec))) as? [String: Any]
            let models = (((((document?["paths"] as? [String: Any])?["/v1/models"] as? [String: Any])?["get"] as? [String: Any])?["responses"] as? [String: Any])?["200"] as? [String: Any])
            let example = ((models?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["example"] ?? [:]
            try LocalServer.serve(payloads: payloads, models: try JSONSerialization.data(withJSONObject: example))
        }
        if let which = option("--decode-loop") {
            // For a profiler (`perf record`, `perf stat`): decode ChatResponse many times with one model.
            let count = Int(option("--count") ?? "") ?? 2000
            for _ in 0..<count {
                switch which {
                case "ours": _ = try JSONCoding.decode(ChatResponse.self, from: payloads.chatResponse)
                case "hand": _ = try JSONDecoder().decode(HandWrittenChatResponse.self, from: payloads.chatResponse)
                default: _ = try JSONDecoder().decode(Components.Schemas.ChatResponse.self, from: payloads.chatResponse)
                }
            }
            return
        }
        let runs = Int(option("--runs") ?? "") ?? 5
        let sections = Set((option("--only") ?? "generation,compile,ladder,decoding,streaming,client").split(separator: ",").map(String.init))
        var rows: [Row] = []
        if sections.contains("generation") {
            rows += GenerationBench(root: root, ours: root + "/.build/release/generator", peer: root + "/Benchmarks/.build/release/swift-openapi-generator", runs: runs).run()
        }
        if sections.contains("decoding") { rows += CodingBench(payloads: payloads).run() }
        if sections.contains("streaming") { rows += StreamingBench(payloads: payloads).run() }
        if sections.contains("client") { rows += try await ClientBench(executable: CommandLine.arguments[0]).run() }
        if sections.contains("compile") { rows += CompileBench(root: root, runs: max(1, runs / 2)).run() }
        if sections.contains("ladder") {
            rows += CompileLadderBench(root: root, ours: root + "/.build/release/generator",
                                       peer: root + "/Benchmarks/.build/release/swift-openapi-generator",
                                       peerTimeout: Int(option("--peer-compile-timeout") ?? "") ?? 600,
                                       only: Set((option("--ladder") ?? "").split(separator: ",").map(String.init))).run()
        }
        print(Table.render(rows))
        let output = option("--json") ?? root + "/Benchmarks/results.json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(rows).write(to: URL(fileURLWithPath: output))
        print("wrote \(output)")
    }
}

enum Table {
    static func render(_ rows: [Row]) -> String {
        func number(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "-" }
            if value >= 1000 { return String(format: "%.0f", value) }
            if value >= 10 { return String(format: "%.1f", value) }
            return String(format: "%.3f", value)
        }
        var lines = ["| section | measurement | unit | ours | peer | ours vs peer (>1: ours better) | hand-written Codable | untyped floor | note |", "|---|---|---|---|---|---|---|---|---|"]
        for row in rows {
            let advantage = row.advantage.map { String(format: "%.2f×", $0) } ?? "-"
            lines.append("| \(row.section) | \(row.name) | \(row.unit) | \(number(row.ours)) | \(number(row.peer)) | \(advantage) | \(number(row.handWritten)) | \(number(row.floor)) | \(row.note) |")
        }
        return lines.joined(separator: "\n")
    }
}
