import Dispatch

/// `transform(0..<count)` on every core, in order: each type's and operation's plan and text is
/// independent of the others'.
package func concurrentMap<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    let slots = SendableSlots(results)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.buffer[index] = transform(index)
    }
    return results.map { $0! }
}

/// Result slots written by `concurrentMap`: each index by exactly one iteration.
private struct SendableSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
}
