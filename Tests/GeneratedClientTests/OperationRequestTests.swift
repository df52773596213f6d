@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// Every operation, called through a recording transport, puts the right method, path, query,
/// headers and body on the wire; and every recorded request validates against the spec (with the
/// overlay) under the independent validator openapi-core.
@Suite struct OperationRequestTests {
    static func client(_ transport: RecordingTransport) throws -> XAIClient {
        try XAIClient(apiKey: "test-key", configuration: APIClientConfiguration(transport: transport, retry: .none))
    }

    static func transport() -> RecordingTransport {
        RecordingTransport { operationID in
            let call = OperationCall.all.first { $0.operationID == operationID }
            let json = call?.responseExample.flatMap { try? ExampleCase.json(at: $0) }
            return .init(contentType: call?.responseContentType ?? "application/json", body: Data((json ?? "binary-content").utf8))
        }
    }

    @Test func everyOperationIsCovered() {
        #expect(Set(OperationCall.all.map(\.operationID)).count == 33)
    }

    @Test(arguments: OperationCall.all)
    func requestOnTheWire(_ call: OperationCall) async throws {
        let transport = Self.transport()
        try await call.call(try Self.client(transport))
        let request = try #require(transport.recorded.first)
        #expect(transport.recorded.count == 1)
        #expect(request.operationID == call.operationID)
        #expect(request.method == call.method)
        #expect(request.path == call.path)
        #expect(request.query == call.query)
        #expect(request.headers["authorization"] == "Bearer test-key")
        if let example = call.bodyExample {
            #expect(request.headers["content-type"] == "application/json")
            let sent = try CanonicalJSON.parse(try #require(request.body))
            let expected = try CanonicalJSON.parse(Data(try ExampleCase.json(at: example).utf8))
            #expect(CanonicalJSON.equal(sent, expected), "\(call.operationID) sent \(String(decoding: request.body ?? Data(), as: UTF8.self))")
        }
    }

    @Test func uploadSendsFieldsBeforeTheFile() async throws {
        let transport = Self.transport()
        let call = try #require(OperationCall.all.first { $0.operationID == "uploadFile" })
        try await call.call(try Self.client(transport))
        let request = try #require(transport.recorded.first)
        let contentType = try #require(request.headers["content-type"])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        let text = String(decoding: try #require(request.body), as: UTF8.self)
        let expires = try #require(text.range(of: "name=\"expires_after\"\r\n\r\n3600\r\n"))
        let file = try #require(text.range(of: "name=\"file\"; filename=\"notes.txt\"\r\nContent-Type: text/plain\r\n\r\nhello, grok\n\r\n"))
        #expect(expires.lowerBound < file.lowerBound)
    }

    @Test func everyRequestValidatesAgainstTheSpec() async throws {
        let transport = Self.transport()
        let client = try Self.client(transport)
        for call in OperationCall.all { try await call.call(client) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("recorded-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try transport.recorded.map(\.jsonLine).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let output = try PythonTool.run("validate_requests.py", ["--spec", TestPaths.mergedSpec, file.path])
        #expect(output.status == 0, "openapi-core rejected requests:\n\(output.text)")
        #expect(output.text.contains("33 passed, 0 failed"), "\(output.text)")
    }
}
