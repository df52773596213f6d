import Foundation

/// The members of an object that its generated type has no property for: kept on decoding in the
/// type's `unknownFields`, written back beside the known ones on encoding, so a field the server
/// added since the document was written reaches users, survives a round trip, and can be sent.
@_spi(Generated) public enum UnknownFields {
    /// A type's JSON property names, prepared once per type (a `static let` of the generated type).
    public final class Known: @unchecked Sendable {
        let names: Set<String>
        /// The names' UTF-8 bytes one after another, compared with a member's without making a string;
        /// name `i` is `utf8[starts[i]..<starts[i + 1]]`. Never written after `init`.
        let utf8: UnsafeMutableBufferPointer<UInt8>
        let starts: UnsafeMutableBufferPointer<Int>

        public init(_ names: [String]) {
            self.names = Set(names)
            let bytes = names.flatMap { Array($0.utf8) }
            utf8 = .allocate(capacity: max(bytes.count, 1))
            _ = utf8.initialize(from: bytes)
            starts = .allocate(capacity: names.count + 1)
            var offset = 0
            starts[0] = 0
            for (position, name) in names.enumerated() {
                offset += name.utf8.count
                starts[position + 1] = offset
            }
        }

        deinit {
            utf8.deallocate()
            starts.deallocate()
        }
    }

    /// The members of the object `decoder` is at whose names are not `known`.
    /// Generic, so the decoder's type is a metadata comparison and the response decoder is reached
    /// without a dynamic cast (casting `any Decoder` cost a fifth of all decoding).
    public static func decode<D: Decoder>(from decoder: D, known: Known) throws -> [String: JSONValue] {
        if D.self == TapeDecoder.self {
            return try unsafeBitCast(decoder, to: TapeDecoder.self).unknownMembers(known: known)
        }
        if decoder.userInfo[composedPartKey] != nil { return [:] }
        return try AdditionalProperties.decode(JSONValue.self, from: decoder, excluding: known.names)
    }

    /// Writes `fields` beside the properties already encoded, in key order so output is stable. A
    /// name the type has a property for is refused rather than written twice (the request would
    /// carry one of two values, and which one would depend on the encoder).
    public static func encode(_ fields: [String: JSONValue], known: Known, of type: Any.Type, to encoder: any Encoder) throws {
        if let name = fields.keys.sorted().first(where: known.names.contains) {
            throw EncodingError.invalidValue(fields[name] as Any, .init(
                codingPath: encoder.codingPath + [AnyCodingKey(name)],
                debugDescription: "unknownFields holds '\(name)', which \(type) has a property for: set the property instead"))
        }
        try AdditionalProperties.encode(fields, to: encoder)
    }

    /// Decodes a part of an object composed of several (`allOf`): the part's members are only some
    /// of the object's, so the part keeps none as unknown (the others are its siblings').
    public static func decodingPart<D: Decoder, T>(of decoder: D, _ decode: (any Decoder) throws -> T) rethrows -> T {
        if D.self == TapeDecoder.self {
            let tape = unsafeBitCast(decoder, to: TapeDecoder.self)
            let saved = tape.composedPart
            tape.composedPart = tape.index
            defer { tape.composedPart = saved }
            return try decode(decoder)
        }
        return try decode(MarkedDecoder(base: decoder))
    }

    static let composedPartKey = CodingUserInfoKey(rawValue: "GeneratedClientRuntime.composedPart")!

    /// Another decoder's object, marked as a composed part for `decode(from:known:)`.
    private struct MarkedDecoder: Decoder {
        let base: any Decoder
        var codingPath: [any CodingKey] { base.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { base.userInfo.merging([UnknownFields.composedPartKey: true]) { _, new in new } }
        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { try base.container(keyedBy: type) }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try base.unkeyedContainer() }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { try base.singleValueContainer() }
    }
}

extension TapeDecoder {
    /// The current object's members not in `known`; a string is made only for a member kept.
    func unknownMembers(known: UnknownFields.Known) throws -> [String: JSONValue] {
        guard kind == .object else { throw mismatch([String: Any].self) }
        if composedPart == index { return [:] }
        let unknownKeys = tape.unknownKeys(of: index, known: known)
        guard !unknownKeys.isEmpty else { return [:] }
        var fields: [String: JSONValue] = [:]
        for keyIndex in unknownKeys {
            let name = tape.string(at: keyIndex)
            if fields[name] == nil { fields[name] = try at(keyIndex + 1, .key(name)) { try $0.jsonValue() } }
        }
        return fields
    }
}

extension JSONTape {
    /// The key entries of the object at `object` whose names are not `known`'s, found by comparing
    /// bytes. Members mostly come in the document's order, so each is first compared with the name
    /// after the last one found: one comparison per member in the usual case. This runs for every
    /// object decoded into a type, so it reads the words and bytes through pointers.
    func unknownKeys(of object: Int, known: UnknownFields.Known) -> [Int] {
        var unknown: [Int] = []
        let names = UnsafeBufferPointer(known.utf8)
        let starts = UnsafeBufferPointer(known.starts)
        let count = starts.count - 1
        let text = bytes
        words.withUnsafeBufferPointer { words in
            let end = Int(words[object] & Self.payload)
            var key = object + 1
            var hint = 0
            while key < end {
                let word = words[key]
                var found = -1
                if word & Self.flag != 0 {
                    if known.names.contains(string(at: key)) { found = hint }
                } else {
                    let start = Int(word & Self.payload) + 1
                    var candidate = hint
                    for _ in 0..<count {
                        let nameStart = starts[candidate]
                        let length = starts[candidate + 1] - nameStart
                        if start + length < text.count, text[start + length] == UInt8(ascii: "\""),
                           Self.same(text.baseAddress! + start, names.baseAddress! + nameStart, length) {
                            found = candidate
                            break
                        }
                        candidate = candidate + 1 == count ? 0 : candidate + 1
                    }
                }
                if found < 0 {
                    unknown.append(key)
                } else {
                    hint = found + 1 == count ? 0 : found + 1
                }
                let value = words[key + 1]
                key = value & Self.container != 0 ? Int(value & Self.payload) : key + 2
            }
        }
        return unknown
    }

    /// Byte equality for short names, without a call to `memcmp`.
    @inline(__always)
    private static func same(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var position = 0
        while position < count {
            if left[position] != right[position] { return false }
            position += 1
        }
        return true
    }
}
