/// One server-sent event.
public struct EventStreamMessage: Sendable, Equatable {
    public var event: String?
    public var data: String
    public var id: String?
    public var retry: Int?

    public init(event: String? = nil, data: String, id: String? = nil, retry: Int? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }
}

/// Incremental `text/event-stream` parser following the WHATWG rules: LF, CR and CRLF line ends
/// (also when split across reads), comments, multi-line `data:`, `event:`, `id:`, `retry:`, and a
/// leading byte-order mark. An event is dispatched at a blank line; a partial event at the end of
/// the stream is discarded.
///
/// A line longer than `maximumLineBytes`, or an event whose data exceeds `maximumEventBytes`, throws
/// `ServerSentEventParser.LimitExceeded` as soon as it passes the limit, so that a server sending
/// bytes without a line end cannot fill memory.
public struct ServerSentEventParser: Sendable {
    /// A line or event larger than the parser's limit.
    public struct LimitExceeded: Error, Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case line, event }
        public var kind: Kind
        public var limit: Int

        public init(kind: Kind, limit: Int) {
            self.kind = kind
            self.limit = limit
        }
    }

    public let maximumLineBytes: Int
    public let maximumEventBytes: Int
    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var eventType: String?
    private var lastEventID: String?
    private var retry: Int?
    private var skipLineFeed = false
    private var atStart = true

    public init(maximumLineBytes: Int = 16 << 20, maximumEventBytes: Int = 16 << 20) {
        self.maximumLineBytes = maximumLineBytes
        self.maximumEventBytes = maximumEventBytes
    }

    /// Feeds the next bytes and returns the events they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws(LimitExceeded) -> [EventStreamMessage] {
        var events: [EventStreamMessage] = []
        let handled: Void? = bytes.withContiguousStorageIfAvailable { feed(buffer: $0, into: &events) }
        if handled == nil {
            Array(bytes).withUnsafeBufferPointer { feed(buffer: $0, into: &events) }
        }
        if let overflow {
            self.overflow = nil
            line.removeAll()
            data.removeAll()
            throw overflow
        }
        return events
    }

    /// Set by the scan when a limit is passed; `feed` throws it.
    private var overflow: LimitExceeded?

    /// Scans for line ends a read at a time; only a line split across reads is copied.
    private mutating func feed(buffer: UnsafeBufferPointer<UInt8>, into events: inout [EventStreamMessage]) {
        var index = 0
        let count = buffer.count
        if skipLineFeed, count > 0 {
            skipLineFeed = false
            if buffer[0] == 0x0A { index = 1 }
        }
        while index < count, overflow == nil {
            var end = index
            while end < count, buffer[end] != 0x0A, buffer[end] != 0x0D { end += 1 }
            guard end < count else {
                guard line.count + (count - index) <= maximumLineBytes else {
                    overflow = LimitExceeded(kind: .line, limit: maximumLineBytes)
                    return
                }
                line.append(contentsOf: buffer[index..<count])
                return
            }
            guard line.count + (end - index) <= maximumLineBytes else {
                overflow = LimitExceeded(kind: .line, limit: maximumLineBytes)
                return
            }
            if line.isEmpty {
                processLine(UnsafeBufferPointer(rebasing: buffer[index..<end]), into: &events)
            } else {
                var pending = line
                line = []
                pending.append(contentsOf: buffer[index..<end])
                pending.withUnsafeBufferPointer { processLine($0, into: &events) }
                pending.removeAll(keepingCapacity: true)
                line = pending
            }
            let terminator = buffer[end]
            index = end + 1
            if terminator == 0x0D {
                if index < count {
                    if buffer[index] == 0x0A { index += 1 }
                } else {
                    skipLineFeed = true
                }
            }
        }
    }

    private mutating func processLine(_ raw: UnsafeBufferPointer<UInt8>, into events: inout [EventStreamMessage]) {
        var text = raw[...]
        if atStart {
            atStart = false
            if text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        }
        if text.isEmpty {
            dispatch(into: &events)
            return
        }
        if text.first == UInt8(ascii: ":") { return }
        let colon = text.firstIndex(of: UInt8(ascii: ":"))
        let name = text[..<(colon ?? text.endIndex)]
        var value = colon.map { text[text.index(after: $0)...] } ?? text[text.endIndex...]
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        if name.elementsEqual("data".utf8) {
            guard data.count + (hasData ? 1 : 0) + value.count <= maximumEventBytes else {
                overflow = LimitExceeded(kind: .event, limit: maximumEventBytes)
                return
            }
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        } else if name.elementsEqual("event".utf8) {
            eventType = String(decoding: value, as: UTF8.self)
        } else if name.elementsEqual("id".utf8) {
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        } else if name.elementsEqual("retry".utf8) {
            if !value.isEmpty, value.allSatisfy({ (0x30...0x39).contains($0) }) { retry = Int(String(decoding: value, as: UTF8.self)) }
        }
    }

    private mutating func dispatch(into events: inout [EventStreamMessage]) {
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
        }
        guard hasData else { return }
        events.append(EventStreamMessage(event: eventType, data: String(decoding: data, as: UTF8.self), id: lastEventID, retry: retry))
    }
}
