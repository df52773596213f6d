// The wire check's harness (copied into the corpus package by scripts/corpus.sh, beside a
// generated main.swift that lists the corpus modules). For each case Tests/Python/wire_check.py
// made, it builds the request through the module's generated RequestCatalog, sends it through
// the generated client's APIClient to a recording transport, and writes what went on the wire as
// JSON lines for Tests/Python/validate_requests.py. It also round-trips every response case through
// the catalog's `responseRoundTrips`.
import GeneratedClientRuntime
import Foundation
import HTTPTypes
import OpenAPIRuntime

final class RecordingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var last: (HTTPRequest, Data?)?

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var data: Data?
        if let body { data = try await Data(collecting: body, upTo: .max) }
        lock.withLock { last = (request, data) }
        return (HTTPResponse(status: .noContent), nil)
    }

    func take() -> (HTTPRequest, Data?)? {
        lock.withLock {
            defer { last = nil }
            return last
        }
    }
}

struct WireCase: Decodable {
    var operationId: String
    var arguments: JSONValue
    var skipped: String?
}

struct WireCases: Decodable {
    var server: String
    var operations: [WireCase]
    var responses: [ResponseCase]?
}

struct ResponseCase: Decodable {
    /// `"operationId 200"`.
    var key: String
    var body: JSONValue
    var skipped: String?
}

/// Decodes every response case of one module with its generated type and encodes it again;
/// returns JSON lines of `{"key", "body_base64"}` or `{"key", "error"}`.
func roundTrip(cases path: String, roundTrips: [String: @Sendable (Data) throws -> Data]) throws -> [String] {
    let cases = try JSONDecoder().decode(WireCases.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    var lines: [String] = []
    for responseCase in cases.responses ?? [] where responseCase.skipped == nil {
        var record: [String: Any] = ["key": responseCase.key]
        do {
            guard let decodeAndEncode = roundTrips[responseCase.key] else { throw APIClientError.invalidRequest("no response type") }
            record["body_base64"] = try decodeAndEncode(try JSONEncoder().encode(responseCase.body)).base64EncodedString()
        } catch {
            record["error"] = "\(error)"
        }
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
    }
    return lines
}

/// Builds and records every case of one module; returns the JSON lines.
func record<Client>(
    cases path: String,
    builders: [String: @Sendable (Client, JSONValue) throws -> GeneratedClientRuntime.APIClient.Request],
    makeClient: @Sendable (String, any ClientTransport) throws -> Client,
    api: @Sendable (Client) -> APIClient
) async throws -> [String] {
    let cases = try JSONDecoder().decode(WireCases.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    let transport = RecordingTransport()
    let client = try makeClient(cases.server, transport)
    var lines: [String] = []
    for wireCase in cases.operations where wireCase.skipped == nil {
        var record: [String: Any] = ["operationId": wireCase.operationId]
        do {
            guard let build = builders[wireCase.operationId] else { throw APIClientError.invalidRequest("no request builder") }
            let request = try build(client, wireCase.arguments)
            _ = try await api(client).send(request)
            guard let (sent, body) = transport.take() else { throw APIClientError.invalidRequest("nothing was sent") }
            let target = sent.path ?? "/"
            let parts = target.split(separator: "?", maxSplits: 1)
            record["method"] = sent.method.rawValue
            record["path"] = String(parts.first ?? "/")
            record["query"] = parts.count > 1 ? String(parts[1]) : ""
            var headers: [String: String] = [:]
            for field in sent.headerFields { headers[field.name.canonicalName] = field.value }
            record["headers"] = headers
            record["body_base64"] = body.map { $0.base64EncodedString() } ?? NSNull()
        } catch {
            record["error"] = "\(error)"
        }
        let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
    }
    return lines
}
