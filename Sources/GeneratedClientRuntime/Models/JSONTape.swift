import Foundation

/// A JSON document parsed once into a flat list of values in document order (a "tape"), read by
/// `TapeDecoder`. A container's entry records where its last descendant ends, so a value is skipped
/// in one step and an object's members are found without building a dictionary per object, which
/// is what Foundation's decoder does and what its profile showed (hashing every key of every object).
final class JSONTape: Sendable {
    enum Kind: UInt8 {
        case null, `true`, `false`, integer, number, string, escapedString, array, object
    }

    /// One value. For a string, `start..<end` is the text between the quotes; for a number, its
    /// text; for a container, `count` is its element (or member) count, and for every value `next`
    /// is the index of the entry after it and its descendants.
    struct Entry {
        var kind: Kind
        var start: Int32
        var end: Int32
        var count: Int32
        var next: Int32
    }

    /// Nesting deeper than this is refused rather than overflowing the stack (Foundation's limit).
    static let maximumDepth = 512

    let bytes: [UInt8]
    let entries: [Entry]

    init(_ data: Data) throws {
        guard data.count < Int32.max else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The JSON is larger than 2 GB."))
        }
        let bytes = [UInt8](data)
        var parser = Parser(bytes: bytes)
        try parser.parseDocument()
        self.bytes = bytes
        self.entries = parser.entries
    }

    /// The text of a string entry, unescaped.
    func string(at index: Int) -> String {
        let entry = entries[index]
        guard entry.kind == .escapedString else { return text(at: index) }
        return String(decoding: Self.unescape(bytes[Int(entry.start)..<Int(entry.end)]), as: UTF8.self)
    }

    /// The raw text of an entry: a number's digits, or a string that has no escapes.
    func text(at index: Int) -> String {
        let entry = entries[index]
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.end)]), as: UTF8.self) }
    }

    /// The value of the member named `name` of the small object at `object`, or nil; with duplicate
    /// names the first one counts, as in Foundation's decoder. Compares bytes: no string is made.
    func member(_ name: String, in object: Int) -> Int? {
        var name = name
        return name.withUTF8 { key in
            bytes.withUnsafeBufferPointer { text in
                entries.withUnsafeBufferPointer { entries in
                    let end = Int(entries[object].next)
                    var keyIndex = object + 1
                    while keyIndex < end {
                        let entry = entries[keyIndex]
                        let length = Int(entry.end - entry.start)
                        if entry.kind == .escapedString {
                            if Self.unescape(bytes[Int(entry.start)..<Int(entry.end)]).elementsEqual(key) { return keyIndex + 1 }
                        } else if length == key.count, length == 0 || memcmp(text.baseAddress! + Int(entry.start), key.baseAddress!, length) == 0 {
                            return keyIndex + 1
                        }
                        keyIndex = Int(entries[keyIndex + 1].next)
                    }
                    return nil
                }
            }
        }
    }

    /// Name → value entry for a large object, where scanning for every member would be quadratic.
    func memberIndex(of object: Int) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(Int(entries[object].count))
        for keyIndex in keys(of: object) {
            let name = string(at: keyIndex)
            if index[name] == nil { index[name] = keyIndex + 1 }
        }
        return index
    }

    /// The key entries of the object at `object`, in document order.
    func keys(of object: Int) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(Int(entries[object].count))
        var keyIndex = object + 1
        let end = Int(entries[object].next)
        while keyIndex < end {
            result.append(keyIndex)
            keyIndex = Int(entries[keyIndex + 1].next)
        }
        return result
    }

    /// The bytes of a JSON string's escaped text, unescaped; an invalid surrogate becomes U+FFFD.
    static func unescape(_ escaped: ArraySlice<UInt8>) -> [UInt8] {
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
        let bytes: [UInt8]
        var position = 0
        var depth = 0
        var entries: [Entry] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // About one entry per 16 bytes of typical API JSON; the array grows past it when needed.
            entries.reserveCapacity(bytes.count / 16)
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
            case UInt8(ascii: "t"): try parseLiteral("true", .true)
            case UInt8(ascii: "f"): try parseLiteral("false", .false)
            case UInt8(ascii: "n"): try parseLiteral("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
            default: throw failure("unexpected character")
            }
        }

        private mutating func parseContainer(_ kind: Kind) throws {
            depth += 1
            guard depth <= JSONTape.maximumDepth else { throw failure("nested deeper than \(JSONTape.maximumDepth) levels") }
            let index = entries.count
            entries.append(Entry(kind: kind, start: Int32(position), end: 0, count: 0, next: 0))
            let close = UInt8(ascii: kind == .object ? "}" : "]")
            position += 1
            skipWhitespace()
            var count: Int32 = 0
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
            entries[index].end = Int32(position)
            entries[index].count = count
            entries[index].next = Int32(entries.count)
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
            entries.append(Entry(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(index), count: 0, next: Int32(entries.count + 1)))
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
            entries.append(Entry(kind: integer ? .integer : .number, start: Int32(start), end: Int32(position), count: 0, next: Int32(entries.count + 1)))
        }

        private mutating func parseLiteral(_ word: StaticString, _ kind: Kind) throws {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count,
                  word.withUTF8Buffer({ $0.elementsEqual(bytes[position..<position + length]) }) else { throw failure("unexpected character") }
            entries.append(Entry(kind: kind, start: Int32(position), end: Int32(position + length), count: 0, next: Int32(entries.count + 1)))
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
