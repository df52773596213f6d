@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import OpenAPIAsyncHTTPClient
import PeerClient

/// Client overhead against a fast local server: requests per second at concurrency 1 and 64 (both
/// clients on AsyncHTTPClient), and our memory while streaming a 100 MB response and while uploading
/// a 1 GB file to a server that reads it at 200 MB/s; and the throughput of `download(to:)` for a 1 GB
/// file over loopback.
struct ClientBench {
    let executable: String

    func run() async throws -> [Row] {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: executable)
        server.arguments = ["--serve"]
        let input = Pipe()
        let output = Pipe()
        server.standardInput = input
        server.standardOutput = output
        try server.run()
        defer { server.terminate() }
        var text = ""
        while !text.contains("\n") { text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self) }
        let port = text.split(separator: " ").last.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "0"
        let url = "http://127.0.0.1:\(port)"

        let ours = try XAIClient(apiKey: "bench", serverURL: url, configuration: APIClientConfiguration(retry: .none))
        let peer = PeerClient.Client(serverURL: URL(string: url)!, transport: AsyncHTTPClientTransport())
        let oursCall: @Sendable () async throws -> Void = { _ = try await ours.listModels() }
        let peerCall: @Sendable () async throws -> Void = {
            guard case .ok(let ok) = try await peer.listModels() else { throw CancellationError() }
            _ = try ok.body.json
        }
        var rows: [Row] = []
        for (concurrency, total) in [(1, 2000), (64, 12_800)] {
            _ = try await requestsPerSecond(oursCall, concurrency: concurrency, total: 200)
            _ = try await requestsPerSecond(peerCall, concurrency: concurrency, total: 200)
            var oursRates: [Double] = []
            var peerRates: [Double] = []
            for _ in 0..<3 {
                oursRates.append(try await requestsPerSecond(oursCall, concurrency: concurrency, total: total))
                peerRates.append(try await requestsPerSecond(peerCall, concurrency: concurrency, total: total))
            }
            rows.append(Row(section: "client", name: "GET /v1/models, concurrency \(concurrency)", unit: "req/s",
                            ours: median(oursRates), peer: median(peerRates), higherIsBetter: true))
        }
        let baseline = ownResidentMegabytes()
        var peak = baseline
        var received = 0
        let start = ContinuousClock.now
        let request = ChatRequest(messages: [.user(.init(content: .string("stream")))], model: "grok-4")
        for try await chunk in ours.createChatCompletionStream(request) {
            received += chunk.choices.count
            if received % 2000 == 0 { peak = max(peak, ownResidentMegabytes()) }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        rows.append(Row(section: "client", name: "streaming 100 MB: memory above baseline", unit: "MB", ours: peak - baseline, peer: nil, higherIsBetter: false,
                        note: "\(received) chunks at \(String(format: "%.0f", 100 / seconds)) MB/s"))
        rows.append(try await uploadRow(ours))
        rows += try await downloadRows(ours)
        return rows
    }

    /// Peak memory above baseline while a 1 GB file (sparse, so the disk is not the limit) uploads.
    private func uploadRow(_ ours: XAIClient) async throws -> Row {
        let size = 1 << 30
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bench-upload-\(UUID().uuidString).bin")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        var uploaded: File?
        let (seconds, above) = try await timedWithPeakMemory {
            uploaded = try await ours.uploadFile(UploadFileMultipartRequest(file: FileUpload(fileURL: file)))
        }
        return Row(section: "client", name: "upload 1 GB (server reads 200 MB/s): memory above baseline", unit: "MB", ours: above, peer: nil,
                   higherIsBetter: false, note: "\((uploaded?.bytes ?? 0) >> 20) MB in \(String(format: "%.1f", seconds)) s; target ≤ 64 MB")
    }

    /// Throughput and peak memory above baseline while a 1 GB file downloads over loopback: once into
    /// memory-backed storage (/dev/shm, where the client is the limit) and once to disk, where the
    /// download ends with an fsync before the file is moved into place. The floor is the disk
    /// itself: the same bytes written and fsync'd by a FileHandle alone, with no network.
    private func downloadRows(_ ours: XAIClient) async throws -> [Row] {
        var rows: [Row] = []
        let folders = [("memory-backed file (/dev/shm)", URL(fileURLWithPath: "/dev/shm")), ("disk", FileManager.default.temporaryDirectory)]
        for (label, folder) in folders where FileManager.default.fileExists(atPath: folder.path) {
            var rates: [Double] = []
            var peakAbove = 0.0
            var bytes = 0
            for _ in 0..<3 {
                let file = folder.appendingPathComponent("bench-download-\(UUID().uuidString).bin")
                defer { try? FileManager.default.removeItem(at: file) }
                let (seconds, above) = try await timedWithPeakMemory { try await ours.downloadFileContent(fileID: "file_bench", to: file) }
                peakAbove = max(peakAbove, above)
                bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                rates.append(Double(bytes >> 20) / seconds)
            }
            rows.append(Row(section: "client", name: "download 1 GB over loopback to \(label), median of 3", unit: "MB/s", ours: median(rates), peer: nil,
                            floor: try writeRate(in: folder, bytes: bytes), higherIsBetter: true,
                            note: "\(bytes >> 20) MB; runs \(rates.map { String(format: "%.0f", $0) }.joined(separator: ", ")); \(String(format: "%.0f", peakAbove)) MB above baseline at most; target ≥ 500 MB/s; floor: the same bytes written and fsync'd without a network"))
        }
        return rows
    }

    /// Seconds `body` takes, and this process's peak resident memory above where it started,
    /// sampled every 20 ms meanwhile.
    private func timedWithPeakMemory(_ body: () async throws -> Void) async throws -> (seconds: Double, megabytesAbove: Double) {
        let baseline = ownResidentMegabytes()
        let sampler = Task {
            var peak = baseline
            while !Task.isCancelled {
                peak = max(peak, ownResidentMegabytes())
                try? await Task.sleep(for: .milliseconds(20))
            }
            return peak
        }
        let start = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - start
        sampler.cancel()
        let peak = await sampler.value
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, peak - baseline)
    }

    /// MB/s of writing `bytes` to a new file in `folder` in 1 MB blocks, then fsync.
    private func writeRate(in folder: URL, bytes: Int) throws -> Double {
        let file = folder.appendingPathComponent("bench-write-\(UUID().uuidString).bin")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let block = Data(repeating: 0x2A, count: 1 << 20)
        let seconds = try time {
            for _ in 0..<(bytes >> 20) { try handle.write(contentsOf: block) }
            try handle.synchronize()
        }
        return Double(bytes >> 20) / seconds
    }

    private func requestsPerSecond(_ call: @escaping @Sendable () async throws -> Void, concurrency: Int, total: Int) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    for _ in stride(from: worker, to: total, by: concurrency) { try await call() }
                }
            }
            try await group.waitForAll()
        }
        let elapsed = ContinuousClock.now - start
        return Double(total) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
