import GeneratedClientRuntime
import Testing

/// The WHATWG event-stream rules, fed in every possible split of the bytes.
@Suite struct ServerSentEventParserTests {
    func events(_ text: String, splitEvery size: Int = .max) -> [EventStreamMessage] {
        var parser = ServerSentEventParser()
        let bytes = Array(text.utf8)
        var result: [EventStreamMessage] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + max(1, size))
            result += parser.feed(bytes[start..<end])
            start = end
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 7, .max])
    func lineEndingsCommentsAndFields(split: Int) {
        let stream = "\u{FEFF}: keep-alive\r\n\r\nevent: delta\rdata: {\"a\":\rdata: 1}\r\nid: 42\nretry: 1500\n\ndata\n\ndata:  two spaces\n\nevent: ignored-without-data\n\ndata: [DONE]\n\ndata: partial"
        #expect(events(stream, splitEvery: split) == [
            EventStreamMessage(event: "delta", data: "{\"a\":\n1}", id: "42", retry: 1500),
            EventStreamMessage(data: "", id: "42", retry: 1500),
            EventStreamMessage(data: " two spaces", id: "42", retry: 1500),
            EventStreamMessage(data: "[DONE]", id: "42", retry: 1500),
        ])
    }

    @Test func crAtTheEndOfOneReadAndLFAtTheStartOfTheNext() {
        var parser = ServerSentEventParser()
        #expect(parser.feed(Array("data: x\r".utf8)).isEmpty)
        #expect(parser.feed(Array("\n\r".utf8)) == [EventStreamMessage(data: "x")])
        #expect(parser.feed(Array("\ndata: y\n\n".utf8)) == [EventStreamMessage(data: "y")])
    }

    @Test func invalidRetryAndIDWithNulAreIgnored() {
        #expect(events("retry: 10s\nid: a\u{0}b\ndata: z\n\n") == [EventStreamMessage(data: "z")])
    }
}
