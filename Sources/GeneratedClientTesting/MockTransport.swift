import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A `ClientTransport` that answers each call from the answers scripted for its operation, in the
/// order they were given, and records every request it receives. Nothing leaves the process.
///
/// An answer is used once. A call with no answer left gets `501 Not Implemented` with a message
/// naming the operation, which the client throws as `APIClientError.api`: a test never passes on
/// an answer nobody scripted.
public final class MockTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var scripted: [String: [MockAnswer]] = [:]
    private var received: [RecordedHTTPRequest] = []

    public init() {}

    /// Adds `answer` after those already scripted for `operationID`.
    public func enqueue(_ answer: MockAnswer, for operationID: String) {
        lock.withLock { scripted[operationID, default: []].append(answer) }
    }

    /// Every request received, in order, whatever its operation.
    public var requests: [RecordedHTTPRequest] {
        lock.withLock { received }
    }

    /// The answers scripted and not yet used, by operation id: empty when every one was used.
    public var unusedAnswers: [String: Int] {
        lock.withLock { scripted.filter { !$0.value.isEmpty }.mapValues(\.count) }
    }

    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let bytes = if let body { try await Data(collecting: body, upTo: .max) } else { Data() }
        let recorded = RecordedHTTPRequest(operationID: operationID, request: request, body: bytes)
        let (answer, call) = lock.withLock {
            received.append(recorded)
            let call = received.count { $0.operationID == operationID }
            return (scripted[operationID]?.isEmpty == false ? scripted[operationID]?.removeFirst() : nil, call)
        }
        guard let answer else {
            let message = "MockTransport: no answer is scripted for \(operationID) (call \(call) of it); script one, e.g. with returns(_:)"
            return Self.response(.error(status: 501, message: message, code: "not_scripted"))
        }
        switch answer.kind {
        case .failure(let code):
            throw URLError(code)
        case .noAnswer:
            while true { try await Task.sleep(for: .seconds(3600)) }
        default:
            return Self.response(answer)
        }
    }

    private static func response(_ answer: MockAnswer) -> (HTTPResponse, HTTPBody?) {
        switch answer.kind {
        case .body(let status, let headers, let bytes):
            var fields = headers
            fields[.contentLength] = String(bytes.count)
            return (HTTPResponse(status: .init(code: status), headerFields: fields), HTTPBody(bytes))
        case .events(let status, let headers, let events, let end):
            return (HTTPResponse(status: .init(code: status), headerFields: headers), eventBody(events, end: end))
        case .failure, .noAnswer:
            preconditionFailure("send(_:body:baseURL:operationID:) handles failures before making a response")
        }
    }

    /// The events as a body that ends as `end` says. A stalled body keeps its stream open until
    /// the reader goes away.
    private static func eventBody(_ events: [Data], end: MockAnswer.StreamEnd) -> HTTPBody {
        let (stream, continuation) = AsyncThrowingStream<ArraySlice<UInt8>, any Error>.makeStream()
        for event in events {
            continuation.yield(ArraySlice(Data("data: ".utf8) + event + Data("\n\n".utf8)))
        }
        switch end {
        case .done:
            continuation.yield(ArraySlice("data: [DONE]\n\n".utf8))
            continuation.finish()
        case .closed:
            continuation.finish()
        case .cut:
            continuation.finish(throwing: URLError(.networkConnectionLost))
        case .stall:
            // Held by its own termination handler, so the stream neither ends nor leaks.
            continuation.onTermination = { _ in _ = continuation }
        }
        return HTTPBody(stream, length: .unknown, iterationBehavior: .single)
    }
}
