import GeneratedClientRuntime
import Foundation
import XAI
import PeerClient

/// Decoding and encoding throughput on the same bytes: our generated types, the peer's, and
/// Foundation's untyped JSONSerialization as the floor.
struct CodingBench {
    let payloads: Payloads

    func run() -> [Row] {
        var rows: [Row] = []
        rows += compare("ChatResponse", payloads.chatResponse, ours: ChatResponse.self, peer: Components.Schemas.ChatResponse.self)
        rows += compare("/v1/responses result (\(payloads.largeResponse.count / 1024) KB)", payloads.largeResponse, ours: ModelResponse.self, peer: Components.Schemas.ModelResponse.self)
        rows += compare("ChatRequest, 401 messages (\(payloads.chatRequest.count / 1024) KB)", payloads.chatRequest, ours: ChatRequest.self, peer: Components.Schemas.ChatRequest.self)
        return rows
    }

    private func compare<Ours: Codable, Peer: Codable>(_ name: String, _ bytes: Data, ours: Ours.Type, peer: Peer.Type) -> [Row] {
        var notes: [String] = []
        let decoder = JSONDecoder()
        let floor = (try? throughput(bytes: bytes.count) { _ = try JSONSerialization.jsonObject(with: bytes) }) ?? .nan
        let oursDecode = attempt(&notes, "ours") { try throughput(bytes: bytes.count) { _ = try JSONCoding.decode(Ours.self, from: bytes) } }
        let peerDecode = attempt(&notes, "peer") { try throughput(bytes: bytes.count) { _ = try decoder.decode(Peer.self, from: bytes) } }
        var rows = [Row(section: "decoding", name: name, unit: "MB/s", ours: oursDecode, peer: peerDecode, floor: floor, higherIsBetter: true, note: notes.joined(separator: "; "))]
        notes = []
        let encoder = JSONEncoder()
        let oursValue = try? JSONCoding.decode(Ours.self, from: bytes)
        let peerValue = try? decoder.decode(Peer.self, from: bytes)
        let oursEncode = oursValue.flatMap { value in attempt(&notes, "ours") { try throughput(bytes: bytes.count) { _ = try JSONCoding.encode(value) } } }
        let peerEncode = peerValue.flatMap { value in attempt(&notes, "peer") { try throughput(bytes: bytes.count) { _ = try encoder.encode(value) } } }
        let floorEncode = (try? JSONSerialization.jsonObject(with: bytes)).flatMap { object in
            try? throughput(bytes: bytes.count) { _ = try JSONSerialization.data(withJSONObject: object) }
        }
        rows.append(Row(section: "encoding", name: name, unit: "MB/s", ours: oursEncode, peer: peerEncode, floor: floorEncode, higherIsBetter: true, note: notes.joined(separator: "; ")))
        return rows
    }

    private func attempt(_ notes: inout [String], _ who: String, _ body: () throws -> Double) -> Double? {
        do {
            return try body()
        } catch {
            notes.append("\(who) failed: \(String("\(error)".prefix(100)))")
            return nil
        }
    }
}
