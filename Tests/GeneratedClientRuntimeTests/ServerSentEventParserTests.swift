@_spi(Generated) import GeneratedClientRuntime
import Testing

/// The WHATWG event-stream rules, fed in every possible split of the bytes.
@Suite struct ServerSentEventParserTests {
    func events(_ text: String, splitEvery size: Int = .max, parser: ServerSentEventParser = .init()) throws -> [EventStreamMessage] {
        var parser = parser
        let bytes = Array(text.utf8)
        var result: [EventStreamMessage] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, size))
            result += try parser.feed(bytes[start..<end])
            start = end
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 7, .max])
    func lineEndingsCommentsAndFields(split: Int) throws {
        let stream = "\u{FEFF}: keep-alive\r\n\r\nevent: delta\rdata: {\"a\":\rdata: 1}\r\nid: 42\nretry: 1500\n\ndata\n\ndata:  two spaces\n\nevent: ignored-without-data\n\ndata: [DONE]\n\ndata: partial"
        #expect(try events(stream, splitEvery: split) == [
            EventStreamMessage(event: "delta", data: "{\"a\":\n1}", id: "42", retry: 1500),
            EventStreamMessage(data: "", id: "42", retry: 1500),
            EventStreamMessage(data: " two spaces", id: "42", retry: 1500),
            EventStreamMessage(data: "[DONE]", id: "42", retry: 1500),
        ])
    }

    @Test func crAtTheEndOfOneReadAndLFAtTheStartOfTheNext() throws {
        var parser = ServerSentEventParser()
        #expect(try parser.feed(Array("data: x\r".utf8)).isEmpty)
        #expect(try parser.feed(Array("\n\r".utf8)) == [EventStreamMessage(data: "x")])
        #expect(try parser.feed(Array("\ndata: y\n\n".utf8)) == [EventStreamMessage(data: "y")])
    }

    @Test func invalidRetryAndIDWithNulAreIgnored() throws {
        #expect(try events("retry: 10s\nid: a\u{0}b\ndata: z\n\n") == [EventStreamMessage(data: "z")])
    }

    /// A line may be exactly the limit long, split over any reads; one byte more throws, before the
    /// whole line has arrived (a server that never sends a line end cannot fill memory).
    @Test(arguments: [1, 5, .max])
    func aLineLongerThanTheLimitThrows(split: Int) throws {
        let parser = ServerSentEventParser(maximumLineBytes: 16, maximumEventBytes: 1000)
        #expect(try events("data: 0123456789\n\n", splitEvery: split, parser: parser) == [EventStreamMessage(data: "0123456789")])
        #expect(throws: ServerSentEventParser.LimitExceeded(kind: .line, limit: 16)) {
            try events("data: 0123456789A\n\n", splitEvery: split, parser: parser)
        }
        #expect(throws: ServerSentEventParser.LimitExceeded(kind: .line, limit: 16)) {
            try events("data: 0123456789ABCDEFGH", splitEvery: split, parser: parser)
        }
    }

    /// Data lines are joined with a line feed; an event whose joined data passes the limit throws.
    @Test func anEventLargerThanTheLimitThrows() throws {
        let parser = ServerSentEventParser(maximumLineBytes: 1000, maximumEventBytes: 9)
        #expect(try events("data: abcd\ndata: efgh\n\n", parser: parser) == [EventStreamMessage(data: "abcd\nefgh")])
        #expect(throws: ServerSentEventParser.LimitExceeded(kind: .event, limit: 9)) {
            try events("data: abcd\ndata: efghi\n\n", parser: parser)
        }
    }
}
