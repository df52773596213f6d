import Foundation

/// A JSON document parsed once into a flat list of values in document order (a "tape"), read by
/// `TapeDecoder`. A container records the index after its last descendant, so a value is skipped in
/// one step and an object's members are found without building a dictionary per object, which is
/// what Foundation's decoder does and what its profile showed (hashing every key of every object).
///
/// Memory is what bounds the body a client can decode, so every value is one 32-bit word: a scalar's
/// holds the byte offset where it starts and a flag for what its first byte cannot tell (an escaped
/// string, a number that is not an integer); a container's says array or object and holds the index
/// after its last descendant. A value and its separator take two bytes at least, so the words never
/// cost more than twice the body. Scalar kinds are read from the first byte and ends found by
/// scanning, and the bytes are not copied when the client read the body itself (`JSONBytes`). The
/// words are reserved at their most, untouched until used, so they never grow by copying.
/// `docs/decoding-performance.md` has the figures.
final class JSONTape: @unchecked Sendable {
    enum Kind: UInt8 {
        case null, `true`, `false`, integer, number, string, escapedString, array, object
    }

    /// Set on a container's word; clear on a scalar's.
    static let container: UInt32 = 1 << 31
    /// On a container: an object. On a scalar: an escaped string, or a number that is not an integer.
    static let flag: UInt32 = 1 << 30
    static let payload: UInt32 = (1 << 30) - 1
    /// Offsets and indexes have 30 bits.
    static let maximumBytes = 1 << 30

    /// Nesting deeper than this is refused rather than overflowing the stack (Foundation's limit).
    static let maximumDepth = 512

    /// Keeps `bytes` alive.
    private let storage: JSONBytes
    let bytes: UnsafeBufferPointer<UInt8>
    let words: [UInt32]

    /// Parses `data`, reading the bytes in place when `storage` holds them, else from a copy.
    init(_ data: Data, storage: JSONBytes? = nil) throws {
        guard data.count < Self.maximumBytes else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The JSON is larger than 1 GiB."))
        }
        let owner = storage.flatMap { $0.backs(data) ? $0 : nil } ?? JSONBytes(copying: data)
        var parser = Parser(bytes: owner.buffer)
        try parser.parseDocument()
        self.storage = owner
        self.bytes = owner.buffer
        self.words = parser.words
    }

    /// The byte offset where the scalar at `index` starts (a string's opening quote).
    func offset(_ index: Int) -> Int { Int(words[index] & Self.payload) }
    func flagged(_ index: Int) -> Bool { words[index] & Self.flag != 0 }

    func kind(at index: Int) -> Kind {
        let word = words[index]
        if word & Self.container != 0 { return word & Self.flag != 0 ? .object : .array }
        switch bytes[offset(index)] {
        case UInt8(ascii: "\""): return flagged(index) ? .escapedString : .string
        case UInt8(ascii: "t"): return .true
        case UInt8(ascii: "f"): return .false
        case UInt8(ascii: "n"): return .null
        default: return flagged(index) ? .number : .integer
        }
    }

    /// The entry after the value at `index` and its descendants.
    func next(after index: Int) -> Int {
        let word = words[index]
        return word & Self.container != 0 ? Int(word & Self.payload) : index + 1
    }

    /// A container's first element, or its first member's key.
    func firstChild(of container: Int) -> Int { container + 1 }

    /// The elements of an array, or the members of an object (each a key and its value), counted.
    func count(at container: Int) -> Int {
        let end = next(after: container)
        let isObject = kind(at: container) == .object
        var element = firstChild(of: container)
        var count = 0
        while element < end {
            if isObject { element += 1 }
            element = next(after: element)
            count += 1
        }
        return count
    }

    /// A number's digits, or a string's text between its quotes, found by scanning from its start.
    func textRange(at index: Int) -> Range<Int> {
        let start = offset(index)
        var end = start
        if bytes[start] == UInt8(ascii: "\"") {
            end += 1
            if flagged(index) {
                while bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            } else {
                let found = memchr(bytes.baseAddress! + end, Int32(UInt8(ascii: "\"")), bytes.count - end)!
                end = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
            }
            return (start + 1)..<end
        }
        while end < bytes.count, Self.isNumberByte[Int(bytes[end])] { end += 1 }
        return start..<end
    }

    /// Digits, signs, the decimal point and exponent marks: what a number's text is made of.
    private static let isNumberByte: [Bool] = (0..<256).map { Array("0123456789+-.eE".utf8).contains(UInt8($0)) }

    /// The text of a string entry, unescaped.
    func string(at index: Int) -> String {
        guard flagged(index) else { return text(at: index) }
        return String(decoding: Self.unescape(bytes[textRange(at: index)]), as: UTF8.self)
    }

    /// The raw text of an entry: a number's digits, or a string that has no escapes.
    func text(at index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[textRange(at: index)]), as: UTF8.self)
    }

    /// The value of the member named `name` of the small object at `object`, or nil; with duplicate
    /// names the first one counts, as in Foundation's decoder. Compares bytes: no string is made.
    func member(_ name: String, in object: Int) -> Int? {
        var name = name
        return name.withUTF8 { key in
            let end = next(after: object)
            var keyIndex = firstChild(of: object)
            while keyIndex < end {
                let textStart = offset(keyIndex) + 1
                if flagged(keyIndex) {
                    if Self.unescape(bytes[textRange(at: keyIndex)]).elementsEqual(key) { return keyIndex + 1 }
                } else if textStart + key.count < bytes.count, bytes[textStart + key.count] == UInt8(ascii: "\""),
                          key.count == 0 || memcmp(bytes.baseAddress! + textStart, key.baseAddress!, key.count) == 0 {
                    return keyIndex + 1
                }
                keyIndex = next(after: keyIndex + 1)
            }
            return nil
        }
    }

    /// Name → value entry for a large object, where scanning for every member would be quadratic.
    func memberIndex(of object: Int) -> [String: Int] {
        var index: [String: Int] = [:]
        for keyIndex in keys(of: object) {
            let name = string(at: keyIndex)
            if index[name] == nil { index[name] = keyIndex + 1 }
        }
        return index
    }

    /// The key entries of the object at `object`, in document order.
    func keys(of object: Int) -> [Int] {
        var result: [Int] = []
        let end = next(after: object)
        var keyIndex = firstChild(of: object)
        while keyIndex < end {
            result.append(keyIndex)
            keyIndex = next(after: keyIndex + 1)
        }
        return result
    }

    /// More members than `limit`: counts no further than it needs to.
    func hasMoreMembers(than limit: Int, in object: Int) -> Bool {
        let end = next(after: object)
        // A member is two entries at least: an object of few entries has few members, uncounted.
        if end - object <= 2 * limit { return false }
        var keyIndex = firstChild(of: object)
        var count = 0
        while keyIndex < end {
            count += 1
            if count > limit { return true }
            keyIndex = next(after: keyIndex + 1)
        }
        return false
    }

    /// The bytes of a JSON string's escaped text, unescaped; an invalid surrogate becomes U+FFFD.
    static func unescape(_ escaped: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(escaped.count)
        var index = escaped.startIndex
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= escaped.endIndex else { return nil }
            var value: UInt32 = 0
            for byte in escaped[at..<at + 4] {
                guard let digit = Parser.hexValue(byte) else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < escaped.endIndex {
            let byte = escaped[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < escaped.endIndex else {
                output.append(byte)
                index += 1
                continue
            }
            let code = escaped[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex(index) else { break }
                index += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    if index + 6 <= escaped.endIndex, escaped[index] == UInt8(ascii: "\\"), escaped[index + 1] == UInt8(ascii: "u"),
                       let low = hex(index + 2), (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00..<0xE000).contains(scalar) {
                    scalar = 0xFFFD
                }
                output.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: output.append(code)
            }
        }
        return output
    }

    /// A validating recursive-descent parser that fills the tape.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var depth = 0
        var words: [UInt32] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // The most a document can need: a word for each value; the first takes a byte at least,
            // each other two (a digit and its separator, or a pair of brackets). Pages are touched
            // only as words are written.
            words.reserveCapacity(bytes.count / 2 + 2)
        }

        mutating func parseDocument() throws {
            skipWhitespace()
            try parseValue()
            skipWhitespace()
            if position < bytes.count { throw failure("unexpected text after the JSON value") }
        }

        private mutating func parseValue() throws {
            guard position < bytes.count else { throw failure("unexpected end of data") }
            switch bytes[position] {
            case UInt8(ascii: "{"): try parseContainer(.object)
            case UInt8(ascii: "["): try parseContainer(.array)
            case UInt8(ascii: "\""): try parseString()
            case UInt8(ascii: "t"): try parseLiteral("true")
            case UInt8(ascii: "f"): try parseLiteral("false")
            case UInt8(ascii: "n"): try parseLiteral("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
            default: throw failure("unexpected character")
            }
        }

        private mutating func parseContainer(_ kind: Kind) throws {
            depth += 1
            guard depth <= JSONTape.maximumDepth else { throw failure("nested deeper than \(JSONTape.maximumDepth) levels") }
            let index = words.count
            words.append(0)
            let close = UInt8(ascii: kind == .object ? "}" : "]")
            position += 1
            skipWhitespace()
            var count = 0
            if position < bytes.count, bytes[position] == close {
                position += 1
            } else {
                while true {
                    skipWhitespace()
                    // A comma before the closing bracket is accepted, as Foundation's parser does.
                    if count > 0, position < bytes.count, bytes[position] == close {
                        position += 1
                        break
                    }
                    if kind == .object {
                        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
                        try parseString()
                        skipWhitespace()
                        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
                        position += 1
                        skipWhitespace()
                    }
                    try parseValue()
                    count += 1
                    skipWhitespace()
                    guard position < bytes.count else { throw failure("unexpected end of data") }
                    if bytes[position] == UInt8(ascii: ",") {
                        position += 1
                        continue
                    }
                    guard bytes[position] == close else { throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))'") }
                    position += 1
                    break
                }
            }
            words[index] = JSONTape.container | (kind == .object ? JSONTape.flag : 0) | UInt32(words.count)
            depth -= 1
        }

        private mutating func parseString() throws {
            let start = position + 1
            var index = start
            var escaped = false
            while true {
                guard index < bytes.count else { position = index; throw failure("unterminated string") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { position = index; throw failure("control character in a string") }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    guard index + 1 < bytes.count else { position = index; throw failure("unterminated string") }
                    switch bytes[index + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 2
                    case UInt8(ascii: "u"):
                        guard index + 6 <= bytes.count, bytes[index + 2..<index + 6].allSatisfy({ Self.hexValue($0) != nil }) else {
                            position = index
                            throw failure("invalid \\u escape")
                        }
                        index += 6
                    default:
                        position = index
                        throw failure("invalid escape")
                    }
                    continue
                }
                index += 1
            }
            words.append(UInt32(start - 1) | (escaped ? JSONTape.flag : 0))
            position = index + 1
        }

        private mutating func parseNumber() throws {
            let start = position
            var integer = true
            func digits() -> Int {
                let first = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
                return position - first
            }
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let leadingZero = position < bytes.count && bytes[position] == UInt8(ascii: "0")
            let whole = digits()
            guard whole > 0 else { throw failure("a number needs digits") }
            if leadingZero && whole > 1 { position = start; throw failure("a number cannot start with 0") }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                integer = false
                position += 1
                guard digits() > 0 else { throw failure("a number needs digits after '.'") }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                integer = false
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
                guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
            }
            words.append(UInt32(start) | (integer ? 0 : JSONTape.flag))
        }

        private mutating func parseLiteral(_ word: StaticString) throws {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count,
                  word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<position + length]) }) else { throw failure("unexpected character") }
            words.append(UInt32(position))
            position += length
        }

        private mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
                default: return
                }
            }
        }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        /// "The data is not valid JSON: unexpected character 'x' at line 3, column 7."
        private func failure(_ reason: String) -> DecodingError {
            var line = 1
            var column = 1
            for byte in bytes[..<min(position, bytes.count)] {
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            }
            var detail = reason
            if position < bytes.count, reason == "unexpected character" {
                detail += " '\(Character(Unicode.Scalar(bytes[position])))'"
            }
            return .dataCorrupted(.init(codingPath: [], debugDescription: "The data is not valid JSON: \(detail) at line \(line), column \(column)."))
        }
    }
}
