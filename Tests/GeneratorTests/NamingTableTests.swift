@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering
import Testing

/// Spec names and the Swift names they become, in the style of apple/swift-openapi-generator's
/// `Test_SwiftSafeNames`: one row per rule, so a change to a rule shows up as the rows it changes.
@Suite struct NamingTableTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var spec: String
        var type: String
        var member: String
        var testDescription: String { spec.debugDescription }
    }

    static let rows: [Row] = [
        // Separators and case changes split words.
        Row(spec: "chat_response", type: "ChatResponse", member: "chatResponse"),
        Row(spec: "chat-response", type: "ChatResponse", member: "chatResponse"),
        Row(spec: "chat.response", type: "ChatResponse", member: "chatResponse"),
        Row(spec: "ChatResponse", type: "ChatResponse", member: "chatResponse"),
        Row(spec: "chatResponse", type: "ChatResponse", member: "chatResponse"),
        Row(spec: "  spaced  out ", type: "SpacedOut", member: "spacedOut"),
        Row(spec: "x-rate-limit", type: "XRateLimit", member: "xRateLimit"),
        // Acronyms are capitals inside a name, lower-case at the start of a member.
        Row(spec: "image_url", type: "ImageURL", member: "imageURL"),
        Row(spec: "file_id", type: "FileID", member: "fileID"),
        Row(spec: "file_ids", type: "FileIDs", member: "fileIDs"),
        Row(spec: "id", type: "ID", member: "id"),
        Row(spec: "URL", type: "URL", member: "url"),
        Row(spec: "api_key", type: "APIKey", member: "apiKey"),
        Row(spec: "HTTPMethod", type: "HTTPMethod", member: "httpMethod"),
        Row(spec: "getURLPath", type: "GetURLPath", member: "getURLPath"),
        Row(spec: "IOError", type: "IOError", member: "ioError"),
        Row(spec: "MCPTools", type: "MCPTools", member: "mcpTools"),
        // Digits stay with their word; a leading digit gets an underscore.
        Row(spec: "gpt4o", type: "Gpt4o", member: "gpt4o"),
        Row(spec: "v1_models", type: "V1Models", member: "v1Models"),
        Row(spec: "2xx", type: "_2xx", member: "_2xx"),
        Row(spec: "404", type: "_404", member: "_404"),
        // Letters beyond ASCII are kept; symbols only split.
        Row(spec: "café_menu", type: "CaféMenu", member: "caféMenu"),
        Row(spec: "a+b", type: "AB", member: "aB"),
        Row(spec: "$ref", type: "Ref", member: "ref"),
        Row(spec: "@type", type: "Type", member: "type"),
        // Nothing usable left.
        Row(spec: "", type: "Value", member: "value"),
        Row(spec: "---", type: "Value", member: "value"),
        Row(spec: "+1", type: "_1", member: "_1"),
    ]

    @Test(arguments: rows)
    func spelling(_ row: Row) {
        #expect(SwiftIdentifier.typeName(row.spec) == row.type)
        #expect(SwiftIdentifier.memberName(row.spec) == row.member)
    }

    @Test func keywordsAreEscapedAndUnusableNamesSuffixed() {
        #expect(SwiftIdentifier.escaped("class") == "`class`")
        #expect(SwiftIdentifier.escaped("default") == "`default`")
        #expect(SwiftIdentifier.escaped("Class") == "Class")
        var used: Set<String> = []
        #expect(SwiftIdentifier.unique("self", in: &used) == "self_")
        #expect(SwiftIdentifier.unique("Type", in: &used) == "Type_")
        #expect(SwiftIdentifier.unique("init", in: &used) == "init_")
        #expect(SwiftIdentifier.unique("name", in: &used) == "name")
        #expect(SwiftIdentifier.unique("name", in: &used) == "name2")
        #expect(SwiftIdentifier.unique("name", in: &used) == "name3")
        #expect(used == ["self_", "Type_", "init_", "name", "name2", "name3"])
    }

    @Test func outcomeCases() {
        let table = ["200": "ok", "201": "created", "202": "accepted", "203": "nonAuthoritativeInformation",
                     "204": "noContent", "206": "partialContent", "207": "status207", "2XX": "status2XX", "2xx": "status2XX",
                     "default": "statusDEFAULT"]
        for (status, name) in table {
            #expect(NameTable.outcomeCaseName(status) == name, "\(status)")
        }
    }
}
