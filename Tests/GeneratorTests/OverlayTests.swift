import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

@Suite struct OverlayTests {
    let document = try! YAMLParser.parse(Array("""
        paths:
          /v1/chat:
            post: {operationId: handle_chat, tags: [a]}
          /v1/models:
            get: {operationId: handle_models}
        components:
          schemas:
            A: {type: object, required: [x, y]}
        """.utf8), file: 0)

    func apply(_ overlay: String) throws(Diagnostic) -> Node {
        try OverlayApplier.apply(YAMLParser.parse(Array(overlay.utf8), file: 1), to: document)
    }

    @Test(arguments: [
        ("$.paths['/v1/chat'].post", 1),
        ("$.paths[\"/v1/chat\"].post.operationId", 1),
        ("$.paths.*.*", 2),
        ("$.paths[*][*]", 2),
        ("$..operationId", 2),
        ("$.paths.*[?(@.operationId == 'handle_models')]", 1),
        ("$.paths.*[?@.tags]", 1),
        ("$.components.schemas.A.required[1]", 1),
        ("$.components.schemas.A.required[-1]", 1),
        ("$.nothing", 0),
    ])
    func jsonPathSelects(path: String, count: Int) throws {
        #expect(try JSONPath(path).locations(in: document).count == count)
    }

    @Test func updateMergesObjectsAndConcatenatesArrays() throws {
        let result = try apply("""
            overlay: 1.0.0
            info: {title: t, version: "1"}
            actions:
              - target: "$.paths['/v1/chat'].post"
                description: rename
                update: {operationId: createChat, tags: [b]}
              - target: "$.components.schemas.A.required"
                description: append to an array target
                update: z
            """)
        #expect(result["paths"]?["/v1/chat"]?["post"]?["operationId"]?.string == "createChat")
        #expect(result["paths"]?["/v1/chat"]?["post"]?["tags"]?.elements?.compactMap(\.string) == ["a", "b"])
        #expect(result["components"]?["schemas"]?["A"]?["required"]?.elements?.compactMap(\.string) == ["x", "y", "z"])
    }

    @Test func removeDeletesEveryMatch() throws {
        let result = try apply("""
            overlay: 1.0.0
            info: {title: t, version: "1"}
            actions:
              - target: "$..operationId"
                description: drop ids
                remove: true
            """)
        #expect(result["paths"]?["/v1/chat"]?["post"]?["operationId"] == nil)
        #expect(result["paths"]?["/v1/models"]?["get"]?["operationId"] == nil)
    }

    @Test func targetMatchingNothingIsAnError() {
        #expect {
            try apply("""
                overlay: 1.0.0
                info: {title: t, version: "1"}
                actions:
                  - target: "$.paths['/v2/none']"
                    update: {x: 1}
                """)
        } throws: { error in
            (error as? Diagnostic)?.message == "overlay target '$.paths['/v2/none']' matches nothing"
                && (error as? Diagnostic)?.pointer == "/actions/0/target"
        }
    }
}
