import Foundation
import HTTPTypes

/// Everything a server (or any proxy on the way) sends that this runtime parses, fed with arbitrary
/// bytes: server-sent events, error bodies, response headers, and JSON bodies. `make fuzz` runs it under
/// libFuzzer; `ServerInputFuzzTests` replays every input that ever crashed it. Any outcome but a
/// crash is fine.
@_spi(Fuzzing)
public enum ServerInput {
    public static func parse(_ bytes: [UInt8]) {
        // Events split at a point the input chooses, as reads split them.
        var parser = ServerSentEventParser()
        let cut = bytes.first.map { Int($0) % (bytes.count + 1) } ?? 0
        _ = try? parser.feed(bytes[..<cut])
        _ = try? parser.feed(bytes[cut...])

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

        // Response bodies as `TapeDecoder` reads them: untyped, and into a shape with every kind of member.
        _ = try? JSONCoding.decode(JSONValue.self, from: Data(bytes))
        _ = try? JSONCoding.decode(Shape.self, from: Data(bytes), mode: .tolerant)
        _ = try? JSONCoding.decode([Shape].self, from: Data(bytes), mode: .strict)
    }

    /// A recursive type with a member of each kind the decoder reads specially.
    struct Shape: Decodable {
        var text: String?
        var count: Int64
        var small: UInt8?
        var ratio: Double?
        var flag: Bool?
        var date: Date?
        var data: Data?
        var children: [Shape]?
        var map: [String: Shape]?
        var any: JSONValue?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            text = try container.decodeIfPresent(String.self, forKey: "text")
            count = try container.decodeRequired(Int64.self, forKey: "count")
            small = try container.decodeIfPresent(UInt8.self, forKey: "small")
            ratio = try container.decodeIfPresent(Double.self, forKey: "ratio")
            flag = try container.decodeIfPresent(Bool.self, forKey: "flag")
            date = try container.decodeIfPresent(Date.self, forKey: "date")
            data = try container.decodeIfPresent(Data.self, forKey: "data")
            children = try container.decodeIfPresent([Shape].self, forKey: "children")
            map = try container.decodeIfPresent([String: Shape].self, forKey: "map")
            any = try container.decodeIfPresent(JSONValue.self, forKey: "any")
            _ = (container.allKeys, try? container.superDecoder(forKey: "missing"), try? container.nestedUnkeyedContainer(forKey: "children"))
        }
    }
}
