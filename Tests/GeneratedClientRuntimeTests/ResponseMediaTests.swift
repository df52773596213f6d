@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import HTTPTypes
import Testing

/// Responses described in several kinds of media, and multipart responses (the
/// `ResponseMediaTypes` snippet's mapping).
@Suite struct ResponseMediaTests {
    struct Stats: Codable, Hashable, Sendable { var count: Int }

    func response(_ contentType: String?, _ body: String) -> APIClient.Response {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        return APIClient.Response(operationID: "getStats", status: 200, headerFields: fields, body: Data(body.utf8))
    }

    @Test func theContentTypeChoosesTheKind() throws {
        #expect(try response("application/json; charset=utf-8", #"{"count": 3}"#).decodeMedia(Stats.self) == .json(Stats(count: 3)))
        #expect(try response("application/problem+json", #"{"count": 4}"#).decodeMedia(Stats.self) == .json(Stats(count: 4)))
        #expect(try response("Text/Plain", "3 pets").decodeMedia(Stats.self) == .text("3 pets", mediaType: "text/plain"))
        #expect(try response("application/octet-stream", "\u{1}\u{2}").decodeMedia(Stats.self) == .bytes(Data([1, 2]), mediaType: "application/octet-stream"))
        #expect(try response(nil, "??").decodeMedia(Stats.self) == .bytes(Data("??".utf8), mediaType: ""))
        // Without a JSON type, JSON is kept as text.
        #expect(try response("application/json", "{}").decodeMedia(Never.self) == .text("{}", mediaType: "application/json"))
    }

    @Test func aMalformedJSONBodyNamesTheField() {
        #expect {
            _ = try response("application/json", #"{"count": "three"}"#).decodeMedia(Stats.self)
        } throws: { error in
            guard case .decoding(let failure) = error as? APIClientError else { return false }
            return failure.path == "count"
        }
    }

    @Test func multipartPartsAreSplitByTheBoundary() throws {
        let body = [
            "This preamble is ignored.",
            "--b:1",
            #"Content-Disposition: form-data; name="manifest""#,
            "Content-Type: application/json",
            "",
            #"{"count": 2}"#,
            "--b:1",
            #"Content-Disposition: form-data; name="file"; filename="a.txt""#,
            "",
            "line one\r\nline two",
            "--b:1",
            "",
            "no headers",
            "--b:1--",
            "epilogue",
        ].joined(separator: "\r\n")
        let parts = try response(#"multipart/form-data; boundary="b:1""#, body).multipartParts()
        #expect(parts.map(\.name) == ["manifest", "file", nil])
        #expect(parts[0].contentType == "application/json")
        #expect(try parts[0].decode(Stats.self) == Stats(count: 2))
        #expect(parts[1].filename == "a.txt")
        #expect(parts[1].text == "line one\r\nline two")
        #expect(parts[2].headers.isEmpty && parts[2].text == "no headers")
    }

    @Test func aCutMultipartBodyIsAnError() {
        let cut = "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--x\r\nContent-Dispo"
        for (contentType, body) in [("multipart/form-data; boundary=x", cut), ("multipart/form-data", "--x--")] {
            #expect {
                _ = try response(contentType, body).multipartParts()
            } throws: { error in
                guard case .decoding(let failure) = error as? APIClientError else { return false }
                return failure.operationID == "getStats"
            }
        }
    }
}
