import Foundation

/// How a response that does not keep the spec's promises is decoded.
///
/// A spec is a claim about an API, and servers send less than it promises: a required property
/// left out, or sent as `null`. Unknown properties, unknown enum values and unknown union tags never
/// fail decoding in either mode (they are ignored, `.unknown(...)` and `.unknown(JSONValue)`).
public enum DecodingMode: Sendable, Hashable {
    /// The default. A required property that is absent or `null` gets a placeholder (see
    /// `DecodingIssue`), and the substitution is reported to the client's logger and
    /// `APIClientConfiguration.onDecodingIssue`, with its field path. Anything else that does not fit
    /// the types (a string where a number belongs) still throws `APIClientError.decoding`.
    case tolerant
    /// Throws `APIClientError.decoding` naming the field path of the first absent or `null`
    /// required property. For tests, and for users who want to know at once.
    case strict
}

/// A value the server sent that broke the spec's promise, and what was decoded in its place: a
/// placeholder for a required property that was absent or `null`, or `.unknown(JSONValue)` for a
/// union none of whose variants accepts the value.
///
/// Placeholders are the emptiest value of the property's type: `""`, `0`, `false`, `[]`, `[:]`,
/// `JSONValue.null`, `.unknown("")` for a string enum, a struct made of placeholders, or the first
/// variant of a union that accepts one. A type with no such value (a `URL`) fails as in strict mode.
public struct DecodingIssue: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The key was not in the object.
        case missing
        /// The key was there with the value `null`.
        case null
        /// No variant of a union accepted the value; it is kept as JSON in the union's `.unknown` case.
        case unrecognised
    }

    public var operationID: String
    /// The type the whole body decoded into, such as `ChatResponse`.
    public var type: String
    /// The property that was substituted, such as `usage.cost_in_usd_ticks`.
    public var path: String
    public var kind: Kind
    public var requestID: String?

    public var description: String {
        var text = "\(operationID): \(type) at \(path): "
        switch kind {
        case .missing: text += "required value is missing; decoded a placeholder"
        case .null: text += "required value is null; decoded a placeholder"
        case .unrecognised: text += "no variant accepts the value; kept as JSON in .unknown"
        }
        if let requestID { text += " (request id: \(requestID))" }
        return text
    }
}

/// The mode and the substitutions of one decoding call. Bound as a task-local value around the call,
/// so generated types need no decoder of their own and the common path pays nothing.
final class DecodingSession: @unchecked Sendable {
    let mode: DecodingMode
    private let lock = NSLock()
    private var recorded: [(path: String, kind: DecodingIssue.Kind)] = []

    @TaskLocal static var current: DecodingSession?
    /// True while a placeholder is being built: the substitutions inside it are part of the one reported.
    @TaskLocal static var buildingPlaceholder = false

    init(mode: DecodingMode) {
        self.mode = mode
    }

    /// Required keys of the outermost object that were absent or `null`.
    private var rootMissing: Set<String> = []

    var issues: [(path: String, kind: DecodingIssue.Kind)] { lock.withLock { recorded } }
    var missingRootKeys: Set<String> { lock.withLock { rootMissing } }

    func record(_ path: String, _ kind: DecodingIssue.Kind) {
        lock.withLock { recorded.append((path, kind)) }
    }

    func recordRootMissing(_ key: String) {
        _ = lock.withLock { rootMissing.insert(key) }
    }

    /// Runs `decode` in a session of `mode` and returns its value and the session.
    static func run<T>(_ mode: DecodingMode, _ decode: () throws -> T) rethrows -> (T, DecodingSession) {
        let session = DecodingSession(mode: mode)
        let value = try $current.withValue(session) { try decode() }
        return (value, session)
    }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// Decodes a property the spec marks required and non-nullable. Absent or `null`, it is a
    /// placeholder in tolerant mode (the default) and a `DecodingError` in strict mode.
    public func decodeRequired<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decodeIfPresent(type, forKey: key) ?? missingRequired(type, forKey: key)
    }

    // The scalar types call the decoder's own non-generic `decodeIfPresent`, as synthesised and
    // hand-written code does: the generic path looks the type's metadata up on every value, which
    // profiling showed as the largest cost of decoding a response of numbers (`Usage`).

    public func decodeRequired(_ type: String.Type, forKey key: Key) throws -> String {
        try decodeIfPresent(String.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try decodeIfPresent(Bool.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Int.Type, forKey key: Key) throws -> Int {
        try decodeIfPresent(Int.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try decodeIfPresent(Int32.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try decodeIfPresent(Int64.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Double.Type, forKey key: Key) throws -> Double {
        try decodeIfPresent(Double.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    public func decodeRequired(_ type: Float.Type, forKey key: Key) throws -> Float {
        try decodeIfPresent(Float.self, forKey: key) ?? missingRequired(type, forKey: key)
    }

    /// A required value that is absent or `null`: a placeholder in tolerant mode, else the error.
    private func missingRequired<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let present = contains(key)
        // A free-form value that is `null` is a value, not an absence.
        if present, let null = JSONValue.null as? T { return null }
        let path = codingPath + [key]
        let error: DecodingError = present
            ? .valueNotFound(type, .init(codingPath: path, debugDescription: "Required value is null"))
            : .keyNotFound(key, .init(codingPath: codingPath, debugDescription: "Required key '\(key.stringValue)' is missing"))
        let session = DecodingSession.current
        guard session?.mode != .strict, let placeholder = Placeholder.make(type, codingPath: path) else { throw error }
        if !DecodingSession.buildingPlaceholder {
            session?.record(JSONCoding.describe(path), present ? .null : .missing)
            if codingPath.isEmpty { session?.recordRootMissing(key.stringValue) }
        }
        return placeholder
    }
}

/// Builds the emptiest value of a `Decodable` type by decoding it from a decoder that holds nothing,
/// trying each JSON shape in turn until the type accepts one.
enum Placeholder {
    /// Deeper than this, a placeholder is given up on (a required property that contains its own type).
    static let maximumDepth = 256

    static func make<T: Decodable>(_ type: T.Type, codingPath: [any CodingKey]) -> T? {
        guard codingPath.count < maximumDepth else { return nil }
        return DecodingSession.$buildingPlaceholder.withValue(true) {
            for shape in EmptyDecoder.Shape.allCases {
                if let value = try? T(from: EmptyDecoder(shape: shape, codingPath: codingPath)) { return value }
            }
            return nil
        }
    }
}

/// A decoder positioned at the emptiest JSON value of one shape: `null`, `{}`, `""`, `[]`, `0`, `false`.
/// Keys of the empty object decode as placeholders themselves, so synthesised `Decodable`
/// implementations accept it too.
struct EmptyDecoder: Decoder {
    enum Shape: CaseIterable {
        case null, object, string, array, number, bool
    }

    let shape: Shape
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard shape == .object else { throw mismatch([String: JSONValue].self) }
        return KeyedDecodingContainer(EmptyObject<Key>(codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard shape == .array else { throw mismatch([JSONValue].self) }
        return EmptyArray(codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { EmptyValue(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "placeholder of another shape"))
    }
}

private struct EmptyValue: SingleValueDecodingContainer {
    let decoder: EmptyDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.shape == .null }
    func decode(_ type: Bool.Type) throws -> Bool {
        guard decoder.shape == .bool else { throw decoder.mismatch(type) }
        return false
    }
    func decode(_ type: String.Type) throws -> String {
        guard decoder.shape == .string else { throw decoder.mismatch(type) }
        return ""
    }
    func decode(_ type: Double.Type) throws -> Double { try zero() }
    func decode(_ type: Float.Type) throws -> Float { try zero() }
    func decode(_ type: Int.Type) throws -> Int { try zero() }
    func decode(_ type: Int8.Type) throws -> Int8 { try zero() }
    func decode(_ type: Int16.Type) throws -> Int16 { try zero() }
    func decode(_ type: Int32.Type) throws -> Int32 { try zero() }
    func decode(_ type: Int64.Type) throws -> Int64 { try zero() }
    func decode(_ type: UInt.Type) throws -> UInt { try zero() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try zero() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try zero() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try zero() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try zero() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: decoder) }

    private func zero<N: Numeric>() throws -> N {
        guard decoder.shape == .number else { throw decoder.mismatch(N.self) }
        return 0
    }
}

private struct EmptyArray: UnkeyedDecodingContainer {
    let codingPath: [any CodingKey]
    var count: Int? { 0 }
    var isAtEnd: Bool { true }
    var currentIndex: Int { 0 }

    private func end(_ type: Any.Type) -> DecodingError {
        .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "placeholder array is empty"))
    }
    mutating func decodeNil() throws -> Bool { throw end(Never.self) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { throw end(type) }
    mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> { throw end(type) }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw end(Never.self) }
    mutating func superDecoder() throws -> any Decoder { throw end(Never.self) }
}

/// An object with no keys whose every required member decodes as a placeholder.
private struct EmptyObject<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [any CodingKey]
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { false }
    func decodeNil(forKey key: Key) throws -> Bool { true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = Placeholder.make(type, codingPath: codingPath + [key]) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no placeholder for \(type)"))
        }
        return value
    }

    func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: Key) throws -> KeyedDecodingContainer<N> {
        KeyedDecodingContainer(EmptyObject<N>(codingPath: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        EmptyArray(codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { EmptyDecoder(shape: .object, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { EmptyDecoder(shape: .object, codingPath: codingPath + [key]) }
}
