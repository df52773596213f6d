import Foundation
import HTTPTypes

/// Everything a server (or any proxy on the way) sends that this runtime parses, fed with arbitrary
/// bytes: server-sent events, error bodies, and response headers. `make fuzz` runs it under
/// libFuzzer; `ServerInputFuzzTests` replays every input that ever crashed it. Any outcome but a
/// crash is fine.
@_spi(Fuzzing)
public enum ServerInput {
    public static func parse(_ bytes: [UInt8]) {
        // Events split at a point the input chooses, as reads split them.
        var parser = ServerSentEventParser()
        let cut = bytes.first.map { Int($0) % (bytes.count + 1) } ?? 0
        _ = parser.feed(bytes[..<cut])
        _ = parser.feed(bytes[cut...])

        // Each line of the input as the value of every header the runtime reads.
        var fields = HTTPFields()
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let names = ["retry-after", "retry-after-ms", "x-request-id", "x-ratelimit-remaining-requests", "content-type"]
        for (index, name) in names.enumerated() {
            if let field = HTTPField.Name(name) { fields[field] = String(lines[index % lines.count]) }
        }
        for status in [200, 400, 401, 429] {
            let error = APIError(operationID: "fuzz", status: status, headerFields: fields, body: Data(bytes))
            _ = (error.retryAfter, error.description, error.rateLimitHeaders, error.isAuthenticationError)
        }
        _ = RetryPolicy.default.delay(forRetry: Int(cut), serverSuggested: APIError(operationID: "fuzz", status: 429, headerFields: fields, body: Data()).retryAfter)
    }
}
