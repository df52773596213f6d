@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import PeerClient

/// Stands for a model a row does not have (no peer, no hand-written type).
typealias Absent = Never?

/// Decoding and encoding throughput on the same bytes: our generated types, the peer's, a hand-written
/// `Codable` model where there is one, and Foundation's untyped JSONSerialization as the floor.
///
/// The comparison with the peer is of the same work: where the peer's types leave part of a payload
/// undecoded, the peer row decodes the payload as the peer itself re-encodes it (exactly the fields
/// both model), and the whole payload is a row of ours alone.
struct CodingBench {
    let payloads: Payloads

    func run() -> [Row] {
        var rows: [Row] = []
        rows += sameWork("ChatResponse", payloads.chatResponse, ours: ChatResponse.self, peer: Components.Schemas.ChatResponse.self,
                         handWritten: HandWrittenChatResponse.self)
        rows += sameWork("/v1/responses result (\(payloads.largeResponse.count / 1024) KB)", payloads.largeResponse,
                         ours: ModelResponse.self, peer: Components.Schemas.ModelResponse.self, handWritten: Absent.self)
        rows += compare("ChatRequest, 401 messages (\(payloads.chatRequest.count / 1024) KB)", payloads.chatRequest,
                        ours: ChatRequest.self, peer: Components.Schemas.ChatRequest.self, handWritten: Absent.self)
        return rows
    }

    /// Rows for the bytes both clients decode completely, then, when the peer drops part of the
    /// payload, for the full payload without the peer.
    private func sameWork<Ours: Codable, Peer: Codable, Hand: Codable>(
        _ name: String, _ bytes: Data, ours: Ours.Type, peer: Peer.Type, handWritten: Hand.Type
    ) -> [Row] {
        guard let common = try? JSONEncoder().encode(JSONDecoder().decode(Peer.self, from: bytes)), !equivalentJSON(common, bytes) else {
            return compare(name, bytes, ours: ours, peer: peer, handWritten: handWritten)
        }
        var rows = compare("\(name), same work (\(common.count) of \(bytes.count) bytes: what the peer models)", common,
                           ours: ours, peer: peer, handWritten: handWritten)
        rows += compare("\(name), full payload", bytes, ours: ours, peer: Absent.self, handWritten: handWritten)
        return rows
    }

    private func compare<Ours: Codable, Peer: Codable, Hand: Codable>(
        _ name: String, _ bytes: Data, ours: Ours.Type, peer: Peer.Type, handWritten: Hand.Type
    ) -> [Row] {
        var notes: [String] = []
        let decoder = JSONDecoder()
        let comparesPeer = Peer.self != Absent.self
        let hasHandWritten = Hand.self != Absent.self
        let floor = (try? throughput(bytes: bytes.count) { _ = try JSONSerialization.jsonObject(with: bytes) }) ?? .nan
        let oursDecode = attempt(&notes, "ours") { try throughput(bytes: bytes.count) { _ = try JSONCoding.decode(Ours.self, from: bytes) } }
        let peerDecode = comparesPeer ? attempt(&notes, "peer") { try throughput(bytes: bytes.count) { _ = try decoder.decode(Peer.self, from: bytes) } } : nil
        let handDecode = hasHandWritten ? attempt(&notes, "hand-written") { try throughput(bytes: bytes.count) { _ = try decoder.decode(Hand.self, from: bytes) } } : nil
        var rows = [Row(section: "decoding", name: name, unit: "MB/s", ours: oursDecode, peer: peerDecode, floor: floor, handWritten: handDecode,
                        higherIsBetter: true, note: notes.joined(separator: "; "))]
        notes = []
        let encoder = JSONEncoder()
        let oursValue = try? JSONCoding.decode(Ours.self, from: bytes)
        let peerValue = comparesPeer ? try? decoder.decode(Peer.self, from: bytes) : nil
        let handValue = hasHandWritten ? try? decoder.decode(Hand.self, from: bytes) : nil
        let oursEncode = oursValue.flatMap { value in attempt(&notes, "ours") { try throughput(bytes: bytes.count) { _ = try JSONCoding.encode(value) } } }
        let peerEncode = peerValue.flatMap { value in attempt(&notes, "peer") { try throughput(bytes: bytes.count) { _ = try encoder.encode(value) } } }
        let handEncode = handValue.flatMap { value in attempt(&notes, "hand-written") { try throughput(bytes: bytes.count) { _ = try encoder.encode(value) } } }
        let floorEncode = (try? JSONSerialization.jsonObject(with: bytes)).flatMap { object in
            try? throughput(bytes: bytes.count) { _ = try JSONSerialization.data(withJSONObject: object) }
        }
        rows.append(Row(section: "encoding", name: name, unit: "MB/s", ours: oursEncode, peer: peerEncode, floor: floorEncode, handWritten: handEncode,
                        higherIsBetter: true, note: notes.joined(separator: "; ")))
        return rows
    }

    /// True when two JSON texts hold the same value (key order and spacing aside).
    private func equivalentJSON(_ left: Data, _ right: Data) -> Bool {
        guard let a = try? JSONSerialization.jsonObject(with: left), let b = try? JSONSerialization.jsonObject(with: right) else { return false }
        return (a as? NSObject)?.isEqual(b) ?? false
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
