@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import Testing

/// `TapeDecoder` must read what Foundation's `JSONDecoder` reads, the same way, and fail where it
/// fails with the same coding path: every case here runs through both and compares.
@Suite struct TapeDecoderTests {
    /// Foundation's decoder configured as `JSONCoding` configured it before `TapeDecoder`.
    static let foundation: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            if let date = JSONCoding.parseDate(text) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not an ISO 8601 date: \(text)"))
        }
        return decoder
    }()

    /// The value, or the error's kind and coding path: what a caller of either decoder can see.
    enum Outcome<T: Equatable>: Equatable {
        case value(T)
        case failure(kind: String, path: String)

        init(_ decode: () throws -> T) {
            do {
                self = .value(try decode())
            } catch let error as DecodingError {
                switch error {
                case .typeMismatch(_, let context): self = .failure(kind: "typeMismatch", path: JSONCoding.describe(context.codingPath))
                case .valueNotFound(_, let context): self = .failure(kind: "valueNotFound", path: JSONCoding.describe(context.codingPath))
                case .keyNotFound(let key, let context): self = .failure(kind: "keyNotFound", path: JSONCoding.describe(context.codingPath + [key]))
                case .dataCorrupted(let context): self = .failure(kind: "dataCorrupted", path: JSONCoding.describe(context.codingPath))
                @unknown default: self = .failure(kind: "unknown", path: "")
                }
            } catch {
                self = .failure(kind: "\(type(of: error))", path: "")
            }
        }
    }

    static func both<T: Decodable & Equatable>(_ type: T.Type, _ json: String) -> (tape: Outcome<T>, foundation: Outcome<T>) {
        let data = Data(json.utf8)
        return (Outcome { try TapeDecoder.decode(type, from: data) }, Outcome { try foundation.decode(type, from: data) })
    }

    /// The same value, or the same failure at the same path, with two differences that are
    /// deliberate: malformed JSON is refused by both but worded differently (Foundation parses
    /// lazily, so its error depends on who asked), and a number out of its type's range names its
    /// field where Foundation names none.
    static func agree<T>(_ tape: Outcome<T>, _ foundation: Outcome<T>) -> Bool {
        if tape == foundation { return true }
        guard case .failure(let kind, let path) = tape, case .failure(let foundationKind, let foundationPath) = foundation else { return false }
        if kind == "dataCorrupted", path == "(root)" { return true }
        // A number no Double holds (`1e400`) inside a `JSONValue`: the tape names the number, where
        // Foundation's `JSONValue.init` tries each shape in turn and ends with a type mismatch at the
        // container around it.
        if T.self == JSONValue.self, kind == "dataCorrupted", foundationKind == "typeMismatch",
           path == foundationPath || path.hasPrefix(foundationPath == "(root)" ? "" : foundationPath) { return true }
        return kind == "dataCorrupted" && foundationKind == "dataCorrupted" && foundationPath == "(root)"
    }

    // MARK: Documents

    static let documents: [String] = [
        "null", "true", "false", "0", "-0", "12", "-12", "1.5", "-1.5e3", "1E+2", "2.0", "1e400", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "0.1", "123456789012345678901234567890",
        #""""#, #""plain""#, #""esc \" \\ \/ \b \f \n \r \t""#, #""\u00e9\u4e2d""#, #""\ud83d\ude00 pair""#, #""é 中 😀 raw""#,
        "[]", "{}", " [ 1 , [2, [3]], {\"a\": [null]} ] ", #"{"a": 1, "b": {"c": [true, false]}, "d": "x"}"#,
        #"{"dup": 1, "dup": 2}"#, #"{"\u0061": "escaped key"}"#,
        "\n\t {\"a\"\r\n:\t1}\n",
        // Malformed: both must refuse.
        "", " ", "[", "]", "{", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":}", "{a: 1}", "{\"a\":1,}", "01", "1.", ".5", "-", "1e", "+1",
        "tru", "nul", "True", "NaN", "Infinity", #""unterminated"#, "\"tab\there\"", #""bad \x escape""#, #""\u12""#,
        "[1] 2", "{} {}", "'single'",
    ]

    @Test(arguments: documents)
    func readsEveryDocumentAsFoundationDoes(_ json: String) {
        let (tape, foundation) = Self.both(JSONValue.self, json)
        #expect(Self.agree(tape, foundation))
    }

    /// The parser reserves `count / 2 + 2` words and must never grow them by copying: the densest
    /// documents of each shape stay within that reservation.
    @Test(arguments: ["1", "\"\"", "[]", "[1]", "[[]]", "{}", "{\"\":1}", "[1,1,1,1,1,1,1,1]", "[[],[],[],[]]", "[[[[[[]]]]]]",
                      "{\"\":1,\"\":1,\"\":1}", "{\"\":{},\"\":[]}", "[1,[1,[1,[]]]]", " [ 1 , 1 ] "])
    func densestDocumentsFitTheReservedWords(document: String) throws {
        let data = Data(document.utf8)
        let tape = try JSONTape(data)
        #expect(tape.words.count <= data.count / 2 + 2, "\(document): \(tape.words.count) words for \(data.count) bytes")
    }

    @Test func refusesNestingDeeperThanFoundationWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: DecodingError.self) { try TapeDecoder.decode(JSONValue.self, from: Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try TapeDecoder.decode(JSONValue.self, from: Data(fine.utf8)) }
    }

    @Test func malformedJSONSaysWhereAndWhat() throws {
        do {
            _ = try TapeDecoder.decode(JSONValue.self, from: Data("{\n  \"a\": [1,\n  x]\n}".utf8))
            Issue.record("decoded malformed JSON")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "The data is not valid JSON: unexpected character 'x' at line 3, column 3.")
        }
    }

    /// Where Foundation refuses the whole document, one damaged character in a long text should not
    /// lose a response: invalid UTF-8 and unpaired surrogates become U+FFFD.
    @Test func repairsBrokenTextFoundationRefuses() throws {
        let invalidUTF8 = Data([UInt8(ascii: "\""), UInt8(ascii: "a"), 0xC3, 0x28, UInt8(ascii: "\"")])
        #expect(throws: DecodingError.self) { try Self.foundation.decode(String.self, from: invalidUTF8) }
        #expect(try TapeDecoder.decode(String.self, from: invalidUTF8) == "a\u{FFFD}(")
        let loneSurrogates = Data(#""\ud800 high, \udc00 low, \ud83d\ude00 pair""#.utf8)
        #expect(throws: DecodingError.self) { try Self.foundation.decode(String.self, from: loneSurrogates) }
        #expect(try TapeDecoder.decode(String.self, from: loneSurrogates) == "\u{FFFD} high, \u{FFFD} low, 😀 pair")
    }

    // MARK: Scalars and their errors

    struct Box<T: Decodable & Equatable>: Decodable, Equatable {
        let value: T
    }

    static let numbers = ["0", "127", "128", "-128", "-129", "255", "256", "-1", "2.0", "2.5", "1e2", "1e-2", "3.4e39",
                          "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
                          "-0", "1e400", "\"7\"", "true", "null", "[1]", "{}"]

    @Test(arguments: numbers)
    func readsNumbersIntoEveryTypeAsFoundationDoes(_ number: String) {
        func check<T: Decodable & Equatable>(_ type: T.Type) {
            let (tape, foundation) = Self.both(Box<T>.self, #"{"value": \#(number)}"#)
            #expect(Self.agree(tape, foundation), "\(number) as \(T.self): \(tape) vs \(foundation)")
            let (tapeArray, foundationArray) = Self.both([T].self, "[\(number)]")
            #expect(Self.agree(tapeArray, foundationArray), "[\(number)] as [\(T.self)]: \(tapeArray) vs \(foundationArray)")
        }
        check(Int.self); check(Int8.self); check(Int16.self); check(Int32.self); check(Int64.self)
        check(UInt.self); check(UInt8.self); check(UInt16.self); check(UInt32.self); check(UInt64.self)
        check(Double.self); check(Float.self); check(Bool.self); check(String.self); check(Decimal.self)
        check(Int?.self); check(Double?.self); check(String?.self)
    }

    struct Special: Decodable, Equatable {
        let date: Date?
        let data: Data?
        let url: URL?
    }

    static let specials = [
        #"{"date": "2026-12-04T10:00:00Z", "data": "aGVsbG8=", "url": "https://x.ai/a?b=c"}"#,
        #"{"date": "2026-12-04T10:00:00.123Z"}"#,
        #"{"date": "yesterday"}"#, #"{"data": "not base64!"}"#, #"{"url": ""}"#, #"{"date": 5}"#, #"{"date": null}"#, "{}",
    ]

    @Test(arguments: specials)
    func readsDatesDataAndURLsAsFoundationDoes(_ json: String) {
        let (tape, foundation) = Self.both(Special.self, json)
        #expect(Self.agree(tape, foundation))
    }

    // MARK: Containers

    struct Nested: Decodable, Equatable {
        let name: String
        let items: [Item]
        let extra: [String: Int]?

        struct Item: Decodable, Equatable {
            let id: Int
            let tags: [String]?
        }
    }

    static let nested = [
        #"{"name": "a", "items": [{"id": 1}, {"id": 2, "tags": ["x"]}]}"#,
        #"{"name": "a", "items": [{"id": 1}, {"id": "2"}]}"#,
        #"{"name": "a", "items": [{"id": 1}, {"tags": []}]}"#,
        #"{"name": "a", "items": [{"id": 1, "tags": [1]}]}"#,
        #"{"name": "a", "items": {}}"#,
        #"{"items": []}"#,
        #"{"name": null, "items": []}"#,
        #"{"name": "a", "items": [null]}"#,
        #"{"name": "a", "items": [], "extra": {"k": 1, "l": "2"}}"#,
        "[]",
        "null",
    ]

    @Test(arguments: nested)
    func failsAtTheSamePathAsFoundation(_ json: String) {
        let (tape, foundation) = Self.both(Nested.self, json)
        #expect(Self.agree(tape, foundation))
    }

    /// Inside free-form JSON, a number no `Double` can hold fails naming its field and saying why.
    @Test func anOutOfRangeNumberInAJSONValueNamesItsField() {
        #expect(throws: DecodingError.self) { try JSONCoding.decode(JSONValue.self, from: Data(#"{"a": {"b": [1, 1e400]}}"#.utf8)) }
        do {
            _ = try JSONCoding.decode(JSONValue.self, from: Data(#"{"a": {"b": [1, 1e400]}}"#.utf8))
        } catch DecodingError.dataCorrupted(let context) {
            #expect(JSONCoding.describe(context.codingPath) == "a.b[1]")
            #expect(context.debugDescription == "Parsed JSON number <1e400> does not fit in Double.")
        } catch {
            Issue.record("expected dataCorrupted, got \(error)")
        }
    }

    /// A decoder for a missing key reads another tape (null): the path it carries still names the
    /// members above it.
    @Test func aSuperDecoderForAMissingKeyNamesItsPath() throws {
        struct Probe: Decodable {
            var path: String
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                path = JSONCoding.describe(try container.superDecoder(forKey: "missing").codingPath)
            }
        }
        struct Outer: Decodable { var a: Probe }
        #expect(try JSONCoding.decode(Outer.self, from: Data(#"{"a": {"b": 1}}"#.utf8)).a.path == "a.missing")
    }

    @Test func readsLargeObjectsAndMapsByName() {
        // More members than the linear scan handles: the container indexes them once.
        let members = (0..<300).map { #""key\#($0)": \#($0)"# }.joined(separator: ", ")
        let (tape, foundation) = Self.both([String: Int].self, "{\(members), \"key7\": -7}")
        #expect(tape == foundation)
        // The first of two equal names counts, as in Foundation.
        #expect(tape == .value(Dictionary(uniqueKeysWithValues: (0..<300).map { ("key\($0)", $0) })))
    }

    /// Random documents, and random one-byte damage to them: both decoders agree on every one.
    @Test func agreesWithFoundationOnRandomAndDamagedDocuments() throws {
        var generator = SeededGenerator(seed: 20261204)
        let alphabet = Array(#"{}[]:,"\ 0123456789.-+eEtrufalsn"#.utf8)
        var damagedRefusedByBoth = 0
        // Sorted keys: a dictionary's order changes from one process to the next, and with it which
        // byte the damage hits; these documents are the same in every run.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for _ in 0..<400 {
            let value = Self.randomValue(depth: 0, using: &generator)
            let data = try encoder.encode(value)
            let (tape, foundation) = Self.both(JSONValue.self, String(decoding: data, as: UTF8.self))
            #expect(tape == foundation)
            var damaged = [UInt8](data)
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            let text = String(decoding: damaged, as: UTF8.self)
            let pair = Self.both(JSONValue.self, text)
            #expect(Self.agree(pair.tape, pair.foundation), "\(text)")
            if case .failure = pair.tape, case .failure = pair.foundation { damagedRefusedByBoth += 1 }
        }
        // The damage is real: most damaged documents are refused (by both, as checked above).
        #expect(damagedRefusedByBoth > 100)
    }

    static func randomValue(depth: Int, using generator: inout SeededGenerator) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2: return .integer(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator))
        case 3: return .number(Double.random(in: -1e6...1e6, using: &generator))
        case 4:
            let pieces = ["a", "é", "中", "😀", "\"", "\\", "\n", "\u{1}", "/", " "]
            return .string((0..<Int.random(in: 0..<8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        case 5: return .array((0..<Int.random(in: 0..<5, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var members: [String: JSONValue] = [:]
            for index in 0..<Int.random(in: 0..<40, using: &generator) {
                members["k\(index)\(["", "é", "\"", "_"].randomElement(using: &generator)!)"] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(members)
        }
    }
}

/// SplitMix64: the same sequence on every run and platform.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
