/// The most a client reads from a server before it gives up, so that no server, proxy or broken
/// stream can make it hold unbounded memory. Each limit is a setting of `APIClientConfiguration.limits`;
/// crossing one throws `APIClientError.limitExceeded`, naming the limit and the setting.
public struct APIClientLimits: Sendable, Hashable {
    /// The largest success body read into memory (`send`, typed calls). A `Content-Length` above it
    /// fails before anything is read; a body of unknown length fails as soon as it passes it.
    /// Downloads to a file (`download(to:)`) are not limited. Default: 256 MiB. A JSON body decoded
    /// into types can be at most 1 GiB, whatever this says (the decoder's offsets have 30 bits).
    public var maximumResponseBytes: Int
    /// How much of an error body (a non-success status) is kept in `APIError.body`. The rest is
    /// discarded and the connection closed, so a `500` with a gigabyte body costs one MiB, once.
    /// Default: 1 MiB.
    public var maximumErrorBodyBytes: Int
    /// The longest line of a server-sent event stream. Default: 16 MiB.
    public var maximumEventLineBytes: Int
    /// The largest event (all its `data:` lines together). Default: 16 MiB.
    public var maximumEventBytes: Int

    public init(
        maximumResponseBytes: Int = 256 << 20,
        maximumErrorBodyBytes: Int = 1 << 20,
        maximumEventLineBytes: Int = 16 << 20,
        maximumEventBytes: Int = 16 << 20
    ) {
        self.maximumResponseBytes = maximumResponseBytes
        self.maximumErrorBodyBytes = maximumErrorBodyBytes
        self.maximumEventLineBytes = maximumEventLineBytes
        self.maximumEventBytes = maximumEventBytes
    }
}

/// A limit of `APIClientLimits` that a response crossed.
public struct LimitExceeded: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Limit: String, Sendable, Hashable {
        case maximumResponseBytes, maximumEventLineBytes, maximumEventBytes
    }

    public var operationID: String
    public var limit: Limit
    /// The configured value, in bytes.
    public var value: Int
    /// What crossed it: "the response body (Content-Length 1073741824)".
    public var what: String
    public var requestID: String?

    public var description: String {
        var text = "\(operationID): \(what) exceeds \(Self.bytes(value)) (APIClientConfiguration.limits.\(limit.rawValue))"
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }

    /// `256 MiB`, `1,500 bytes`.
    static func bytes(_ count: Int) -> String {
        if count >= 1 << 20, count % (1 << 20) == 0 { return "\(count >> 20) MiB" }
        if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KiB" }
        return "\(count) bytes"
    }
}
