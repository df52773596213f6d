import Foundation

/// The `Decoder` every response goes through: reads a `JSONTape` with the same rules and errors as
/// the `JSONDecoder` configured in `JSONCoding` (ISO 8601 dates, base64 data, URLs from strings,
/// numbers that must fit their type), but finds members by comparing bytes instead of building a
/// dictionary per object, reads numbers without making strings for integers, and keeps one decoder
/// for a whole document instead of one per value. `docs/decoding-performance.md` has the profile.
final class TapeDecoder: Decoder, SingleValueDecodingContainer {
    /// One step of the coding path, kept cheap; made into `CodingKey`s only when asked for.
    enum PathComponent {
        case key(String)
        /// A member found on the tape, by its key's entry: the name is made only if a path is asked for.
        case member(Int)
        case index(Int)
    }

    let tape: JSONTape
    // One decoder serves one decoding on one thread, and no access to these overlaps another (`at`
    // saves and restores them around each value): the run-time exclusivity checks Swift makes on a
    // class's stored properties cost about a tenth of decoding, for nothing.
    /// The entry being decoded.
    @exclusivity(unchecked) var index: Int
    @exclusivity(unchecked) var path: [PathComponent]
    /// The object being decoded as a composed part (`UnknownFields.decodingPart`), which keeps no
    /// unknown members; -1 for none.
    @exclusivity(unchecked) var composedPart = -1

    init(tape: JSONTape, index: Int, path: [PathComponent]) {
        self.tape = tape
        self.index = index
        self.path = path
    }

    /// Decodes `data`, in place when `storage` holds its bytes (a body the client read), else from a copy.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, storage: JSONBytes? = nil) throws -> T {
        try TapeDecoder(tape: JSONTape(data, storage: storage), index: 0, path: []).unbox(type)
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var codingPath: [any CodingKey] { codingPath(depth: path.count) }

    func codingPath(depth: Int) -> [any CodingKey] {
        path.prefix(depth).map { component -> any CodingKey in
            switch component {
            case .key(let name): AnyCodingKey(name)
            case .member(let keyEntry): AnyCodingKey(tape.string(at: keyEntry))
            case .index(let index): AnyCodingKey(intValue: index)!
            }
        }
    }

    var kind: JSONTape.Kind { tape.kind(at: index) }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard kind == .object else { throw mismatch([String: Any].self) }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self, object: index, depth: path.count))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard kind == .array else { throw mismatch([Any].self) }
        return TapeUnkeyedContainer(decoder: self, array: index, depth: path.count)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Values

    /// A decoder of its own for the current value, for nested containers and `superDecoder()`,
    /// which may outlive the call that made them.
    func detached() -> TapeDecoder {
        TapeDecoder(tape: tape, index: index, path: path)
    }

    /// The current value as `T`, with the types `JSONDecoder` reads specially read the same way.
    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self { return try decodeString() as! T }
        if type == JSONValue.self { return try jsonValue() as! T }
        if type == Date.self {
            let text = try decodeString()
            guard let date = JSONCoding.parseDate(text) else { throw corrupted("Not an ISO 8601 date: \(text)") }
            return date as! T
        }
        if type == Data.self {
            guard let data = Data(base64Encoded: try decodeString()) else { throw corrupted("Encountered Data is not valid Base64.") }
            return data as! T
        }
        if type == URL.self {
            guard let url = URL(string: try decodeString()) else { throw corrupted("Invalid URL string.") }
            return url as! T
        }
        if type == Decimal.self {
            guard kind == .integer || kind == .number else { throw mismatch(type) }
            guard let decimal = Decimal(string: tape.text(at: index), locale: nil) else { throw corrupted("Parsed JSON number <\(tape.text(at: index))> does not fit in Decimal.") }
            return decimal as! T
        }
        return try T(from: self)
    }

    func decodeNil() -> Bool { kind == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch kind {
        case .true: true
        case .false: false
        default: throw mismatch(type)
        }
    }

    func decode(_ type: String.Type) throws -> String { try decodeString() }

    func decodeString() throws -> String {
        guard kind == .string || kind == .escapedString else { throw mismatch(String.self) }
        return tape.string(at: index)
    }

    func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
    func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(type) }

    /// An integer read from its digits; a number with a fraction or exponent (`2.0`, `1e3`) is
    /// accepted when it is exactly an integer of the type, as `JSONDecoder` does.
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let kind = self.kind
        if kind == .integer {
            var value: T = 0
            let range = tape.textRange(at: index)
            var position = range.lowerBound
            let end = range.upperBound
            let negative = tape.bytes[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            var overflow = false
            while position < end {
                let digit = T(tape.bytes[position] &- UInt8(ascii: "0"))
                let shifted = value.multipliedReportingOverflow(by: 10)
                let next = negative ? shifted.partialValue.subtractingReportingOverflow(digit) : shifted.partialValue.addingReportingOverflow(digit)
                if shifted.overflow || next.overflow {
                    overflow = true
                    break
                }
                value = next.partialValue
                position += 1
            }
            if !overflow { return value }
        } else if kind == .number, let double = Double(tape.text(at: index)), let value = T(exactly: double) {
            return value
        } else if kind != .number {
            throw mismatch(type)
        }
        throw corrupted("Parsed JSON number <\(tape.text(at: index))> does not fit in \(T.self).")
    }

    func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
        guard kind == .integer || kind == .number else { throw mismatch(type) }
        let text = tape.text(at: index)
        guard let value = T(text), value.isFinite else { throw corrupted("Parsed JSON number <\(text)> does not fit in \(T.self).") }
        return value
    }

    // MARK: Errors, worded as JSONDecoder words them

    /// A value of the wrong kind; a `null` is a missing value, except to `Bool`, as in Foundation.
    func mismatch(_ type: Any.Type) -> DecodingError {
        if kind == .null, type != Bool.self { return missing(type) }
        let found = switch kind {
        case .null: "null"
        case .true, .false: "bool"
        case .integer, .number: "number"
        case .string, .escapedString: "string"
        case .array: "array"
        case .object: "dictionary"
        }
        return .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(Self.name(type)) but found \(found) instead."))
    }

    func missing(_ type: Any.Type) -> DecodingError {
        .valueNotFound(type, .init(codingPath: codingPath, debugDescription: "Cannot get value of type \(Self.name(type)) -- found null value instead"))
    }

    private static func name(_ type: Any.Type) -> String {
        type == [String: Any].self ? "Dictionary<String, Any>" : type == [Any].self ? "Array<Any>" : "\(type)"
    }

    func corrupted(_ description: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: description))
    }
}

/// An object's members, found by name on the shared tape.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder
    let object: Int
    /// The length of the decoder's path at this object; deeper steps are pushed and popped below it.
    let depth: Int
    /// For objects too large to scan per lookup (maps of many entries).
    let index: [String: Int]?

    init(decoder: TapeDecoder, object: Int, depth: Int) {
        self.decoder = decoder
        self.object = object
        self.depth = depth
        self.index = decoder.tape.hasMoreMembers(than: 24, in: object) ? decoder.tape.memberIndex(of: object) : nil
    }

    var codingPath: [any CodingKey] { decoder.codingPath(depth: depth) }

    var allKeys: [Key] {
        decoder.tape.keys(of: object).compactMap { Key(stringValue: decoder.tape.string(at: $0)) }
    }

    private func entry(_ key: Key) -> Int? {
        if let index { return index[key.stringValue] }
        return decoder.tape.member(key.stringValue, in: object)
    }

    func contains(_ key: Key) -> Bool { entry(key) != nil }

    private func required(_ key: Key) throws -> Int {
        guard let entry = entry(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "No value associated with key \(AnyCodingKey(key.stringValue)) (\"\(key.stringValue)\")."))
        }
        return entry
    }

    /// Reads the member `key` with `read`, the decoder positioned on it.
    private func read<T>(_ key: Key, _ read: (TapeDecoder) throws -> T) throws -> T {
        let entry = try required(key)
        return try decoder.at(entry, .member(entry - 1), read)
    }

    private func readIfPresent<T>(_ key: Key, _ read: (TapeDecoder) throws -> T) throws -> T? {
        guard let entry = entry(key), decoder.tape.kind(at: entry) != .null else { return nil }
        return try decoder.at(entry, .member(entry - 1), read)
    }

    func decodeNil(forKey key: Key) throws -> Bool { decoder.tape.kind(at: try required(key)) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key) { try $0.decode(type) } }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key) { try $0.decodeString() } }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key) { try $0.floatingPoint(type) } }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(key) { try $0.floatingPoint(type) } }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) { try $0.integer(type) } }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(key) { try $0.integer(type) } }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(key) { try $0.integer(type) } }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(key) { try $0.integer(type) } }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) { try $0.integer(type) } }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(key) { try $0.integer(type) } }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(key) { try $0.integer(type) } }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(key) { try $0.integer(type) } }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(key) { try $0.integer(type) } }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(key) { try $0.integer(type) } }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(key) { try $0.unbox(type) } }

    // One lookup instead of the protocol's default three (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try readIfPresent(key) { try $0.decode(type) } }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try readIfPresent(key) { try $0.decodeString() } }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try readIfPresent(key) { try $0.floatingPoint(type) } }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try readIfPresent(key) { try $0.floatingPoint(type) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try readIfPresent(key) { try $0.integer(type) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try readIfPresent(key) { try $0.integer(type) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try readIfPresent(key) { try $0.integer(type) } }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try readIfPresent(key) { try $0.unbox(type) } }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try read(key) { try $0.detached().container(keyedBy: type) }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try read(key) { try $0.detached().unkeyedContainer() }
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        // A missing key reads as null, as in JSONDecoder.
        guard let entry = entry(key) else {
            // Another tape: members named by entries of this one are named by their text.
            let path = decoder.path.prefix(depth).map { step -> TapeDecoder.PathComponent in
                if case .member(let keyEntry) = step { .key(decoder.tape.string(at: keyEntry)) } else { step }
            }
            return TapeDecoder(tape: JSONTape.null, index: 0, path: path + [.key(key.stringValue)])
        }
        return try decoder.at(entry, .key(key.stringValue)) { $0.detached() }
    }
}

/// An array's elements in order, on the shared tape.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    let array: Int
    let depth: Int
    /// The entry of the element `currentIndex`.
    private var position: Int
    private(set) var currentIndex = 0
    let count: Int?

    init(decoder: TapeDecoder, array: Int, depth: Int) {
        self.decoder = decoder
        self.array = array
        self.depth = depth
        self.position = decoder.tape.firstChild(of: array)
        self.count = decoder.tape.count(at: array)
    }

    var codingPath: [any CodingKey] { decoder.codingPath(depth: depth) }
    var isAtEnd: Bool { currentIndex >= count! }

    private mutating func next<T>(_ type: Any.Type, _ read: (TapeDecoder) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [AnyCodingKey(intValue: currentIndex)!], debugDescription: "Unkeyed container is at end."))
        }
        let value = try decoder.at(position, .index(currentIndex), read)
        position = decoder.tape.next(after: position)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw DecodingError.valueNotFound(Never.self, .init(codingPath: codingPath, debugDescription: "Unkeyed container is at end.")) }
        guard decoder.tape.kind(at: position) == .null else { return false }
        position = decoder.tape.next(after: position)
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try $0.decode(type) } }
    mutating func decode(_ type: String.Type) throws -> String { try next(type) { try $0.decodeString() } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try $0.floatingPoint(type) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try $0.floatingPoint(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { try $0.integer(type) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { try $0.integer(type) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.unbox(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next(type) { try $0.detached().container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next([Any].self) { try $0.detached().unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try next(Any.self) { $0.detached() }
    }
}

extension TapeDecoder {
    /// Runs `read` with the decoder on `entry`, one path step down, and puts it back after.
    func at<T>(_ entry: Int, _ component: PathComponent, _ read: (TapeDecoder) throws -> T) throws -> T {
        let saved = index
        index = entry
        path.append(component)
        defer {
            index = saved
            path.removeLast()
        }
        return try read(self)
    }
}

extension JSONTape {
    /// A document of one `null`, for `superDecoder(forKey:)` on a missing key.
    static let null = try! JSONTape(Data("null".utf8))
}
