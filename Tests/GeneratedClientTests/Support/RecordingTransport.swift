@_spi(Generated) import GeneratedClientRuntime
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport that records every request and answers from a canned table, for checking what
/// generated operations put on the wire without a network.
final class RecordingTransport: ClientTransport, @unchecked Sendable {
    struct Recorded: Sendable {
        var operationID: String
        var method: String
        var path: String
        var query: String
        var headers: [String: String]
        var body: Data?

        /// The line format Tests/Python/validate_requests.py reads.
        var jsonLine: String {
            let object: [String: Any] = [
                "operationId": operationID, "method": method, "path": path, "query": query,
                "headers": headers, "body_base64": body.map { $0.base64EncodedString() } ?? NSNull(),
            ]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    struct Answer: Sendable {
        var status: Int = 200
        var contentType = "application/json"
        var body: Data
    }

    private let lock = NSLock()
    private var records: [Recorded] = []
    private let answer: @Sendable (String) -> Answer

    init(answer: @escaping @Sendable (_ operationID: String) -> Answer) {
        self.answer = answer
    }

    var recorded: [Recorded] { lock.withLock { records } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let data: Data? = if let body { try await Data(collecting: body, upTo: 64 << 20) } else { nil }
        let pathAndQuery = request.path ?? ""
        let parts = pathAndQuery.split(separator: "?", maxSplits: 1).map(String.init)
        var headers: [String: String] = [:]
        for field in request.headerFields { headers[field.name.canonicalName] = field.value }
        let record = Recorded(
            operationID: operationID, method: request.method.rawValue, path: parts.first ?? "",
            query: parts.count > 1 ? parts[1] : "", headers: headers, body: data
        )
        lock.withLock { records.append(record) }
        let reply = answer(operationID)
        var fields = HTTPFields()
        fields[.contentType] = reply.contentType
        fields[HTTPField.Name("x-request-id")!] = "req_recorded"
        return (HTTPResponse(status: .init(code: reply.status), headerFields: fields), HTTPBody(reply.body))
    }
}
