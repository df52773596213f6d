@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import HTTPTypes
import Testing

@Suite struct APIErrorTests {
    func error(_ status: Int, _ body: String, headers: [String: String] = [:]) -> APIError {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return APIError(operationID: "op", status: status, headerFields: fields, body: Data(body.utf8))
    }

    @Test func readsTheOpenAIShape() {
        let parsed = error(422, #"{"error": {"message": "bad temperature", "type": "invalid_request_error", "param": "temperature", "code": "invalid_value"}}"#, headers: ["x-request-id": "req_9"])
        #expect(parsed.message == "bad temperature")
        #expect(parsed.type == "invalid_request_error")
        #expect(parsed.param == "temperature")
        #expect(parsed.code == "invalid_value")
        #expect(parsed.requestID == "req_9")
        #expect(parsed.description == "op: HTTP 422: bad temperature [code: invalid_value] (request id: req_9)")
    }

    @Test func readsTheCodeAndErrorShape() {
        let parsed = error(400, #"{"code": "Client specified an invalid argument", "error": "Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai."}"#)
        #expect(parsed.message == "Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai.")
        #expect(parsed.code == "Client specified an invalid argument")
        #expect(parsed.isAuthenticationError)
        #expect(parsed.description.contains("authentication failed"))
    }

    @Test func readsTheBareErrorShapeAndPlainText() {
        #expect(error(500, #"{"error": "overloaded"}"#).message == "overloaded")
        #expect(error(502, "Bad Gateway").message == "Bad Gateway")
        #expect(!error(400, #"{"error": "max_tokens too large"}"#).isAuthenticationError)
        #expect(error(401, "").isAuthenticationError)
    }

    @Test func retryAfterInSecondsMillisecondsOrAnHTTPDate() {
        #expect(error(429, "", headers: ["retry-after": "2"]).retryAfter == .seconds(2))
        #expect(error(429, "", headers: ["retry-after-ms": "150", "retry-after": "9"]).retryAfter == .milliseconds(150))
        let soon = Date().addingTimeInterval(30)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let delay = error(429, "", headers: ["retry-after": formatter.string(from: soon)]).retryAfter
        #expect(delay.map { $0 > .seconds(25) && $0 <= .seconds(30) } == true)
        #expect(error(429, "", headers: ["x-ratelimit-remaining-requests": "0"]).rateLimitHeaders == ["x-ratelimit-remaining-requests": "0"])
    }

    @Test func theKeyNeverShows() throws {
        let client = try APIClient(serverURL: "https://api.x.ai", apiKey: "xai-secret-key")
        #expect(!client.description.contains("secret"))
        #expect(!"\(client)".contains("secret"))
    }

    /// Whatever a proxy sends, the delay is bounded and non-negative, or nil (backoff); never a trap.
    @Test(arguments: [
        ("nan", nil), ("inf", nil), ("-inf", nil), ("garbage", nil), ("", nil),
        ("1e20", Duration.seconds(86_400)), ("-5", Duration.zero), ("0", Duration.zero), ("1.5", Duration.milliseconds(1500)),
    ] as [(String, Duration?)])
    func hostileRetryAfterValues(_ value: String, _ expected: Duration?) {
        #expect(error(429, "", headers: ["retry-after": value]).retryAfter == expected)
        let milliseconds = error(429, "", headers: ["retry-after-ms": value]).retryAfter
        #expect(milliseconds == expected.map { $0 == .seconds(86_400) ? $0 : $0 / 1000 })
    }
}

@Suite struct HTTPDateTests {
    @Test(arguments: [
        ("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
        ("Tue, 29 Feb 2028 23:59:59 GMT", 1_835_481_599.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 1_445_412_480.0),
    ])
    func parsesIMFFixdate(_ text: String, _ seconds: Double) {
        #expect(HTTPDate.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
                      "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:49 GMT", "Sunday, 06-Nov-94 08:49:37 GMT"])
    func rejectsAnythingElse(_ text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }
}
