/// How often and how long to ask for a result that is still being prepared (202 Accepted).
public struct PollingPolicy: Sendable, Equatable {
    public var interval: Duration
    /// Give up (with `APIClientError.timedOut`) after this long.
    public var timeout: Duration

    public init(interval: Duration = .seconds(2), timeout: Duration = .seconds(900)) {
        self.interval = interval
        self.timeout = timeout
    }

    public static let `default` = PollingPolicy()
}

extension APIClient {
    /// Calls `attempt` until it returns a value, waiting `policy.interval` between calls. An answer
    /// that says the server did not process the call (`RetryPolicy.unprocessedStatuses`: 408, 429,
    /// 503) or a connection that could not be made is transient: polling goes on within its budget,
    /// waiting at least what `Retry-After` asks.
    public func poll<T: Sendable>(
        _ policy: PollingPolicy, operationID: String, _ attempt: @escaping @Sendable () async throws -> T?
    ) async throws -> T {
        let transient = configuration.retry.unprocessedStatuses
        let logger = configuration.logger
        return try await withDeadline(policy.timeout, operationID: operationID) {
            while true {
                var wait = policy.interval
                do {
                    if let value = try await attempt() { return value }
                } catch APIClientError.api(let error) where transient.contains(error.status) {
                    wait = max(wait, min(error.retryAfter ?? .zero, policy.timeout))
                    // A wait past the deadline would end in `.timedOut` and lose the server's answer.
                    if let deadline = CallDeadline.current, ContinuousClock.now + wait >= deadline { throw APIClientError.api(error) }
                    logger.info("polling on after a transient answer", metadata: ["operation": "\(operationID)", "status": "\(error.status)"])
                } catch APIClientError.transport(_, let underlying) where TransportFailure(underlying) == .beforeSending {
                    logger.info("polling on after a connection failure", metadata: ["operation": "\(operationID)"])
                }
                do {
                    try await Task.sleep(for: wait)
                } catch {
                    throw APIClientError.cancelled(operationID: operationID)
                }
            }
        }
    }
}
