@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import PeerClient

/// Server-sent-event framing throughput and chunks decoded per second for a 10,000-chunk chat stream.
struct StreamingBench {
    let payloads: Payloads

    func run() -> [Row] {
        let stream = payloads.stream(chunks: 10_000)
        let reads = stride(from: 0, to: stream.count, by: 4096).map { stream[$0..<min(stream.count, $0 + 4096)] }
        let framing = throughput(bytes: stream.count) {
            var parser = ServerSentEventParser()
            for read in reads { _ = try! parser.feed(read) }
        }
        let decoder = JSONDecoder()
        func chunksPerSecond(_ decode: (Data) throws -> Void) -> Double? {
            var parser = ServerSentEventParser()
            var events: [EventStreamMessage] = []
            for read in reads { events += try! parser.feed(read) }
            let seconds = try? time {
                for event in events where event.data != "[DONE]" { try decode(Data(event.data.utf8)) }
            }
            return seconds.map { Double(events.count - 1) / $0 }
        }
        let ours = chunksPerSecond { _ = try JSONCoding.decode(ChatResponseChunk.self, from: $0) }
        let peer = chunksPerSecond { _ = try decoder.decode(Components.Schemas.ChatResponseChunk.self, from: $0) }
        return [
            Row(section: "streaming", name: "SSE framing, 10,000 chunks (\(stream.count / 1024) KB)", unit: "MB/s", ours: framing, peer: nil, higherIsBetter: true, note: "target ≥ 100 MB/s"),
            Row(section: "streaming", name: "chunks decoded (ChatResponseChunk)", unit: "chunks/s", ours: ours, peer: peer, higherIsBetter: true),
        ]
    }
}
