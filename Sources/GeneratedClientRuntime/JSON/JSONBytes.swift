import Foundation

/// A response body in memory the runtime allocated itself, so that the body handed to users (`Data`)
/// and the decoder's tape share one copy of its bytes. A body read by the client is collected straight
/// into one of these (`APIClient.readUpTo`); any other `Data` is copied into one when decoded.
final class JSONBytes: @unchecked Sendable {
    private(set) var base: UnsafeMutableRawPointer
    private(set) var count = 0
    private var capacity: Int
    /// Set by `data()`: a `Data` now points at the bytes, so they can no longer move.
    private var sealed = false

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        guard let base = malloc(self.capacity) else { fatalError("out of memory allocating \(self.capacity) bytes") }
        self.base = base
    }

    /// A copy of `data`.
    convenience init(copying data: Data) {
        self.init(capacity: data.count)
        // One memcpy: `append`'s generic copy showed in a small body's decoding profile.
        data.withUnsafeBytes { source in
            if let address = source.baseAddress { memcpy(base, address, source.count) }
        }
        count = data.count
    }

    deinit { free(base) }

    /// Grows by `realloc`, which on Linux moves large blocks by remapping pages rather than copying.
    func append(_ bytes: some DataProtocol) {
        precondition(!sealed, "JSONBytes: append after data() would move bytes a Data points at")
        let needed = count + bytes.count
        if needed > capacity {
            var grown = max(capacity * 2, needed)
            if grown < needed { grown = needed }
            guard let moved = realloc(base, grown) else { fatalError("out of memory growing a body to \(grown) bytes") }
            base = moved
            capacity = grown
        }
        let destination = UnsafeMutableRawBufferPointer(start: base + count, count: bytes.count)
        bytes.copyBytes(to: destination)
        count = needed
    }

    var buffer: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// The bytes as `Data` without copying them; the `Data` keeps this storage alive.
    func data() -> Data {
        guard count > 0 else { return Data() }
        sealed = true
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { _, _ in withExtendedLifetime(self) {} })
    }

    /// True when `data` is a view of these very bytes, as `data()` made it.
    func backs(_ data: Data) -> Bool {
        data.count == count && data.withUnsafeBytes { $0.baseAddress == UnsafeRawPointer(base) }
    }
}
