/// How often and how long to ask for a result that is still being prepared (202 Accepted).
public struct PollingPolicy: Sendable, Equatable {
    public var interval: Duration
    /// Give up (with `ClientError.timedOut`) after this long.
    public var timeout: Duration

    public init(interval: Duration = .seconds(2), timeout: Duration = .seconds(900)) {
        self.interval = interval
        self.timeout = timeout
    }

    public static let `default` = PollingPolicy()
}

extension APIClient {
    /// Calls `attempt` until it returns a value, waiting `policy.interval` between calls.
    public func poll<T: Sendable>(
        _ policy: PollingPolicy, operationID: String, _ attempt: @escaping @Sendable () async throws -> T?
    ) async throws -> T {
        try await withDeadline(policy.timeout, operationID: operationID) {
            while true {
                if let value = try await attempt() { return value }
                do {
                    try await Task.sleep(for: policy.interval)
                } catch {
                    throw ClientError.cancelled(operationID: operationID)
                }
            }
        }
    }
}
