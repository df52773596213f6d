import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Typed events from a `text/event-stream` response, consumed with `for try await`. The stream ends
/// at `data: [DONE]`; ending before it, a malformed event, or an error sent by the server throws.
///
/// The request is sent when iteration starts, and each iteration sends it anew. The response is
/// read only as fast as the loop consumes events (a slow consumer slows the server down through
/// TCP instead of filling memory), and leaving the loop, with `break` or by cancelling its task,
/// cancels the HTTP request at once.
public struct EventStream<Event: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Event
    private let start: @Sendable (_ demand: AsyncStream<Void>, _ name: OperationName) -> (AsyncThrowingStream<Event, any Error>, Task<Void, Never>)
    /// The client's decoding mode, hook and logger, for what is folded from the events.
    let decoder: ResponseDecoder

    /// The request already sent by a raw call, whose head was awaited; nil for a stream that sends
    /// its request when iteration starts.
    private let started: StartedOnce?

    init(decoder: ResponseDecoder, start: @escaping @Sendable (AsyncStream<Void>, OperationName) -> (AsyncThrowingStream<Event, any Error>, Task<Void, Never>)) {
        self.decoder = decoder
        self.start = start
        self.started = nil
    }

    /// A stream over a request already sent: the first iteration reads its events; another throws,
    /// since an answer is read once.
    init(decoder: ResponseDecoder, started iterator: Iterator) {
        self.decoder = decoder
        self.start = { _, _ in preconditionFailure("a started stream never starts again") }
        self.started = StartedOnce(iterator)
    }

    private static func failing(_ error: any Error) -> Iterator {
        let (events, continuation) = AsyncThrowingStream<Event, any Error>.makeStream()
        continuation.finish(throwing: error)
        let (_, ask) = AsyncStream<Void>.makeStream()
        let name = OperationName()
        return Iterator(events: events.makeAsyncIterator(), ask: ask, lifetime: Lifetime(task: Task {}, ask: ask, name: name))
    }

    /// Hands the started request's iterator to the first iteration only.
    final class StartedOnce: @unchecked Sendable {
        private let lock = NSLock()
        private var iterator: Iterator?
        let operationID: String
        init(_ iterator: Iterator) {
            self.iterator = iterator
            self.operationID = iterator.lifetime.name.value
        }
        func take() -> Iterator? {
            lock.withLock {
                defer { iterator = nil }
                return iterator
            }
        }
    }

    public func makeAsyncIterator() -> Iterator {
        if let started {
            return started.take() ?? Self.failing(APIClientError.invalidRequest(
                "\(started.operationID): the events of a raw call's answer are read once; call again for another answer"))
        }
        let (demand, ask) = AsyncStream<Void>.makeStream()
        let name = OperationName()
        let (events, task) = start(demand, name)
        return Iterator(events: events.makeAsyncIterator(), ask: ask, lifetime: Lifetime(task: task, ask: ask, name: name))
    }

    public struct Iterator: AsyncIteratorProtocol {
        var events: AsyncThrowingStream<Event, any Error>.AsyncIterator
        let ask: AsyncStream<Void>.Continuation
        let lifetime: Lifetime

        /// Asks the reader for one more event, then waits for it. A consumer whose task is cancelled
        /// gets `APIClientError.cancelled`, never a stream that seems to have ended normally (an
        /// `AsyncThrowingStream` answers a cancelled waiter with `nil`).
        public mutating func next() async throws -> Event? {
            ask.yield(())
            let event = try await events.next()
            if event == nil, Task.isCancelled { throw APIClientError.cancelled(operationID: lifetime.name.value) }
            return event
        }
    }

    /// Cancels the request when the last copy of the iterator goes away (`break` out of the loop).
    final class Lifetime: Sendable {
        let task: Task<Void, Never>
        let ask: AsyncStream<Void>.Continuation
        /// The operation, for the error of a cancelled consumer.
        let name: OperationName
        init(task: Task<Void, Never>, ask: AsyncStream<Void>.Continuation, name: OperationName) {
            self.task = task
            self.ask = ask
            self.name = name
        }
        deinit {
            ask.finish()
            task.cancel()
        }
    }
}

extension APIClient {
    /// Sends the request built by `makeRequest` and decodes each server-sent event's data as `Event`.
    /// The stream is complete at `data: [DONE]`, or after an event whose SSE `event:` name or JSON
    /// `type` is in `terminalEvents` (for APIs that end with, say, `response.completed`).
    public func stream<Event: Decodable & Sendable>(
        of type: Event.Type, endingAt terminalEvents: Set<String> = [], _ makeRequest: @escaping @Sendable () throws -> Request
    ) -> EventStream<Event> {
        makeStream(of: type, endingAt: terminalEvents, head: nil, makeRequest)
    }

    /// Like `stream(of:endingAt:_:)`, but sends the request at once and returns when the answer's
    /// head has arrived: its status, headers and request id are known before the first event. An
    /// error status, or an error sent with a success status instead of events, throws here. The
    /// events in `value` can be iterated once. Until they are read to the end, or the answer is
    /// released, the request stays open (within `timeout`): drop an answer you will not read.
    public func streamResponse<Event: Decodable & Sendable>(
        of type: Event.Type, endingAt terminalEvents: Set<String> = [], _ makeRequest: @escaping @Sendable () throws -> Request
    ) async throws -> APIResponse<EventStream<Event>> {
        let head = StreamHead()
        let iterator = makeStream(of: type, endingAt: terminalEvents, head: head, makeRequest).makeAsyncIterator()
        let operationID = iterator.lifetime.name
        let response = try await withTaskCancellationHandler {
            try await head.wait()
        } onCancel: {
            head.fail(APIClientError.cancelled(operationID: operationID.value))
        }
        let events = EventStream(decoder: configuration.responseDecoder, started: iterator)
        return APIResponse(value: events, status: response.status.code, headers: response.headerFields, operationID: operationID.value)
    }

    private func makeStream<Event: Decodable & Sendable>(
        of type: Event.Type, endingAt terminalEvents: Set<String>, head: StreamHead?, _ makeRequest: @escaping @Sendable () throws -> Request
    ) -> EventStream<Event> {
        EventStream(decoder: configuration.responseDecoder) { demand, name in
            let (stream, continuation) = AsyncThrowingStream<Event, any Error>.makeStream()
            let watchdog = IdleWatchdog(timeout: configuration.streamIdleTimeout)
            let task = Task {
                var operationID = name.value
                let credit = Credit(demand)
                do {
                    let request = try makeRequest()
                    operationID = request.operationID
                    name.value = operationID
                    try await withDeadline(configuration.timeout, operationID: operationID) {
                        try await self.readEvents(request, as: type, terminalEvents: terminalEvents, watchdog: watchdog, credit: credit, head: head) {
                            continuation.yield($0)
                        }
                    }
                    continuation.finish()
                } catch {
                    head?.fail(watchdog.fired ? APIClientError.timedOut(operationID: operationID, after: watchdog.timeout) : error)
                    continuation.finish(throwing: watchdog.fired ? APIClientError.timedOut(operationID: operationID, after: watchdog.timeout) : error)
                }
            }
            let guardian = Task { await watchdog.watch { task.cancel() } }
            continuation.onTermination = { _ in
                task.cancel()
                guardian.cancel()
            }
            return (stream, task)
        }
    }

    private func readEvents<Event: Decodable & Sendable>(
        _ request: Request, as type: Event.Type, terminalEvents: Set<String>, watchdog: IdleWatchdog, credit: Credit, head: StreamHead?,
        yield: (Event) -> Void
    ) async throws {
        let operationID = request.operationID
        let (response, body) = try await perform(request) { ($0, $1) }
        let requestID = APIError.requestID(in: response.headerFields)
        func failure(_ kind: StreamFailure.Kind, _ message: String) -> APIClientError {
            .stream(StreamFailure(operationID: operationID, kind: kind, message: message, requestID: requestID))
        }
        func serverError(_ data: Data) -> APIClientError {
            let error = APIError(operationID: operationID, status: response.status.code, headerFields: response.headerFields, body: data)
            return failure(.errorEvent, error.message ?? String(decoding: data.prefix(500), as: UTF8.self))
        }
        // A JSON body where events were expected is an error the server sent with a success status.
        if let contentType = response.headerFields[.contentType], !contentType.lowercased().hasPrefix("text/event-stream") {
            let (bytes, _) = try await readUpTo(configuration.limits.maximumErrorBodyBytes, of: body, operationID: operationID)
            throw serverError(bytes.data())
        }
        guard let body else { throw failure(.truncated, "the response has no body") }
        head?.deliver(response)
        let limits = configuration.limits
        var parser = ServerSentEventParser(maximumLineBytes: limits.maximumEventLineBytes, maximumEventBytes: limits.maximumEventBytes)
        let decoder = configuration.responseDecoder
        watchdog.arm()
        var chunks = body.makeAsyncIterator()
        do {
            while true {
                // Read on only when the consumer has asked for more than it was given.
                watchdog.pause()
                guard await credit.waitForDemand() else { throw APIClientError.cancelled(operationID: operationID) }
                watchdog.arm()
                guard let chunk = try await chunks.next() else { break }
                watchdog.touch()
                let events: [EventStreamMessage]
                do {
                    events = try parser.feed(chunk)
                } catch {
                    let (limit, value, what) = error.kind == .line
                        ? (LimitExceeded.Limit.maximumEventLineBytes, limits.maximumEventLineBytes, "a line of the event stream")
                        : (LimitExceeded.Limit.maximumEventBytes, limits.maximumEventBytes, "an event of the stream")
                    throw APIClientError.limitExceeded(LimitExceeded(operationID: operationID, limit: limit, value: value, what: what, requestID: requestID))
                }
                for event in events {
                    if event.data == "[DONE]" { return }
                    let data = Data(event.data.utf8)
                    if event.event == "error" { throw serverError(data) }
                    do {
                        yield(try decoder.decode(type, from: data, operationID: operationID, requestID: requestID))
                        credit.spend()
                    } catch is TolerationFloor.BodyIsAnError {
                        throw serverError(data)
                    } catch APIClientError.decoding(let decodingFailure) {
                        guard let value = try? JSONCoding.decode(JSONValue.self, from: data) else {
                            throw failure(.malformedEvent, "event data is not JSON: \(event.data.prefix(200))")
                        }
                        if value["error"] != nil { throw serverError(data) }
                        throw failure(.malformedEvent, decodingFailure.description)
                    }
                    if !terminalEvents.isEmpty, Self.isTerminal(event, data: data, in: terminalEvents) { return }
                }
            }
        } catch let error as APIClientError {
            throw error
        } catch {
            if Task.isCancelled { throw APIClientError.cancelled(operationID: operationID) }
            throw APIClientError.transport(operationID: operationID, underlying: error)
        }
        throw failure(.truncated, "the stream ended before data: [DONE]")
    }
}

extension APIClient {
    static func isTerminal(_ event: EventStreamMessage, data: Data, in names: Set<String>) -> Bool {
        if let name = event.event, names.contains(name) { return true }
        guard let type = (try? JSONCoding.decode(JSONValue.self, from: data))?["type"]?.stringValue else { return false }
        return names.contains(type)
    }
}

/// The head of a raw stream's answer, handed from the task that reads it to the call awaiting it.
final class StreamHead: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<HTTPResponse, any Error>?
    private var waiter: CheckedContinuation<HTTPResponse, any Error>?

    func wait() async throws -> HTTPResponse {
        try await withCheckedThrowingContinuation { continuation in
            let ready: Result<HTTPResponse, any Error>? = lock.withLock {
                if result == nil { waiter = continuation }
                return result
            }
            if let ready { continuation.resume(with: ready) }
        }
    }

    func deliver(_ response: HTTPResponse) { settle(.success(response)) }
    func fail(_ error: any Error) { settle(.failure(error)) }

    /// The first outcome counts; a later one (the stream's end, after its head) is ignored.
    private func settle(_ outcome: Result<HTTPResponse, any Error>) {
        let waiting: CheckedContinuation<HTTPResponse, any Error>? = lock.withLock {
            guard result == nil else { return nil }
            result = outcome
            defer { waiter = nil }
            return waiter
        }
        waiting?.resume(with: outcome)
    }
}

/// The name of a stream's operation, known once its request is built.
final class OperationName: @unchecked Sendable {
    private let lock = NSLock()
    private var name = "stream"
    var value: String {
        get { lock.withLock { name } }
        set { lock.withLock { name = newValue } }
    }
}

/// Cancels a stream that receives nothing for `timeout` once it has started.
final class IdleWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var lastActivity = ContinuousClock.now
    private var armed = false
    private var didFire = false
    let timeout: Duration

    init(timeout: Duration) {
        self.timeout = timeout
    }

    func arm() {
        lock.withLock {
            armed = true
            lastActivity = .now
        }
    }

    func touch() {
        lock.withLock { lastActivity = .now }
    }

    /// Stops counting while the consumer, not the server, is the one being waited for.
    func pause() {
        lock.withLock { armed = false }
    }

    var fired: Bool { lock.withLock { didFire } }

    /// Waits until the stream has been idle for `timeout`, then calls `cancel`.
    func watch(cancel: () -> Void) async {
        while !Task.isCancelled {
            let (isArmed, deadline) = lock.withLock { (armed, lastActivity + timeout) }
            if isArmed, ContinuousClock.now >= deadline {
                lock.withLock { didFire = true }
                cancel()
                return
            }
            let wake = isArmed ? deadline : ContinuousClock.now + .milliseconds(200)
            try? await Task.sleep(until: wake, clock: .continuous)
        }
    }
}

/// Counts the consumer's requests for events against the events handed over, so the response is
/// read only while the consumer wants more.
final class Credit: @unchecked Sendable {
    private var demands: AsyncStream<Void>.AsyncIterator
    private var outstanding = 0

    init(_ demand: AsyncStream<Void>) {
        demands = demand.makeAsyncIterator()
    }

    /// Waits until the consumer has asked for an event not yet given; false when it has gone.
    /// Only the reading task calls this and `spend`, one at a time.
    func waitForDemand() async -> Bool {
        while outstanding <= 0 {
            guard await demands.next() != nil else { return false }
            outstanding += 1
        }
        return true
    }

    func spend() {
        outstanding -= 1
    }
}
