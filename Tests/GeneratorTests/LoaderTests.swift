import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

@Suite struct LoaderTests {
    func json(_ text: String) throws(Diagnostic) -> Node {
        try JSONParser.parse(Array(text.utf8), file: 0)
    }

    func yaml(_ text: String) throws(Diagnostic) -> Node {
        try YAMLParser.parse(Array(text.utf8), file: 0)
    }

    @Test func jsonKeepsKeyOrderAndLines() throws {
        let node = try json("{\n\"b\": 1,\n\"a\": [true, null, \"x\\u00e9\\ud83d\\ude00\"]\n}")
        #expect(node.members?.map(\.key) == ["b", "a"])
        #expect(node["a"]?.origin.line == 3)
        #expect(node["a"]?.elements?[2].string == "xé😀")
        #expect(node["b"]?.numberText == "1")
    }

    @Test(arguments: [
        ("{\"a\": 1", "unexpected end of input in an object", 1),
        ("{\n\"a\": tru}", "invalid literal", 2),
        ("[1,\n2,\n]", "unexpected character ']'", 3),
        ("{\"a\": 1} x", "unexpected content after the JSON document", 1),
        ("\"\\q\"", "invalid escape '\\q'", 1),
    ])
    func jsonErrorsNameTheLine(input: String, message: String, line: Int32) {
        #expect {
            try json(input)
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.message == "invalid JSON: " + message && diagnostic.origin.line == line
        }
    }

    @Test func jsonRejectsHostileDepth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: Diagnostic.self) { try json(deep) }
    }

    @Test func yamlResolvesCoreSchemaAnchorsAndMerges() throws {
        let node = try yaml("""
            base: &base
              type: [string, null]
              x: ~
            copy: *base
            merged:
              <<: *base
              extra: 0.5
            quoted: "true"
            plain: true
            count: 200
            """)
        #expect(node["base"]?["type"]?.elements?.map(\.isNull) == [false, true])
        #expect(node["copy"] == node["base"])
        #expect(node["merged"]?.members?.map(\.key) == ["type", "x", "extra"])
        #expect(node["quoted"]?.string == "true")
        #expect(node["plain"]?.bool == true)
        #expect(node["count"]?.numberText == "200")
        #expect(node["merged"]?["extra"]?.origin.line == 7)
    }

    @Test func yamlErrorsNameTheLine() {
        #expect {
            try yaml("a: 1\nb: [1, 2\nc: 3\n")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.message.hasPrefix("invalid YAML:") && diagnostic.origin.line >= 2
        }
    }
}
