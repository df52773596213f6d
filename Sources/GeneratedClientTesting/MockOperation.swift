import Foundation

/// One operation of a generated mock: what it answers, in order, and the requests it received.
/// Made by the generated `Mock` (`mock.createChatCompletion`); every copy scripts and reads the
/// same transport.
///
/// `Body` is the operation's request body type (`NoBody` for none, `Data` for bytes and forms),
/// `Value` what the typed call returns, `Event` what its `…Stream` call yields (`NoEvents` when
/// it does not stream).
public struct MockOperation<Body: Sendable, Value: Sendable, Event: Sendable>: Sendable {
    /// An example response the API document gives for the operation.
    public struct Example: Sendable {
        /// The name in the document's `examples`, or `example` for the single `example`.
        public var name: String
        public var status: Int
        /// The example's JSON, as the document gives it.
        public var json: String

        public init(name: String, status: Int, json: String) {
            (self.name, self.status, self.json) = (name, status, json)
        }
    }

    public let transport: MockTransport
    public let operationID: String
    /// The path as the document writes it: `/v1/files/{file_id}`.
    public let pathTemplate: String
    /// The document's response examples for the operation, in its order.
    public let examples: [Example]
    private let readBody: @Sendable (Data) throws -> Body
    private let answer: @Sendable (Value, [String: String]) throws -> MockAnswer

    /// Made by generated test kits: `answer` turns a value into the status and body the API
    /// document gives for it; `readBody` reads a recorded body back into `Body`.
    public init(
        transport: MockTransport, operationID: String, pathTemplate: String, examples: [Example],
        readBody: @escaping @Sendable (Data) throws -> Body,
        answer: @escaping @Sendable (_ value: Value, _ headers: [String: String]) throws -> MockAnswer
    ) {
        self.transport = transport
        self.operationID = operationID
        self.pathTemplate = pathTemplate
        self.examples = examples
        self.readBody = readBody
        self.answer = answer
    }

    /// The next call answers `value`, with the status the API document gives for it and `headers`
    /// (a request id, rate limits). Throws when `value` cannot be encoded.
    public func returns(_ value: Value, headers: [String: String] = [:]) throws {
        transport.enqueue(try answer(value, headers), for: operationID)
    }

    /// The next call answers the document's example `name` (the first when nil), sent as the
    /// document writes it, so a call shows whether the example decodes. Throws
    /// `MockSetupError.noExample` when the document has no such example.
    public func returnsExample(_ name: String? = nil, headers: [String: String] = [:]) throws {
        guard let example = name.map({ name in examples.first { $0.name == name } }) ?? examples.first else {
            throw MockSetupError.noExample(operationID: operationID, name: name, available: examples.map(\.name))
        }
        transport.enqueue(.jsonText(Data(example.json.utf8), status: example.status, headers: headers), for: operationID)
    }

    /// The next call gets `answer`: a fault (`.rateLimited(retryAfter:)`, `.serverError()`,
    /// `.connectionLost`, `.noAnswer`) or any status and body.
    public func answers(_ answer: MockAnswer) {
        transport.enqueue(answer, for: operationID)
    }

    /// The requests this operation received, in order, typed.
    public var requests: [RecordedRequest<Body>] {
        transport.requests.filter { $0.operationID == operationID }.map {
            RecordedRequest(http: $0, pathTemplate: pathTemplate, readBody: readBody)
        }
    }
}

extension MockOperation where Event: Encodable {
    /// The next call, which should be the operation's `…Stream` call, answers with `events` as
    /// server-sent events, then ends as `end` says: `[DONE]`, a cut connection or a stall.
    public func streams(_ events: [Event], then end: MockAnswer.StreamEnd = .done, headers: [String: String] = [:]) throws {
        transport.enqueue(try .events(events, then: end, headers: headers), for: operationID)
    }
}

/// A mock scripted with something it cannot give.
public enum MockSetupError: Error, Sendable, CustomStringConvertible {
    /// The API document has no response example of that name for the operation.
    case noExample(operationID: String, name: String?, available: [String])

    public var description: String {
        switch self {
        case .noExample(let operationID, let name, let available):
            let wanted = name.map { "no example named '\($0)'" } ?? "no response example"
            let known = available.isEmpty ? "it has none" : "it has " + available.map { "'\($0)'" }.joined(separator: ", ")
            return "\(operationID): the API document gives \(wanted); \(known)"
        }
    }
}
