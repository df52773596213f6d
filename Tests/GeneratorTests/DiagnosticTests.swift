import Foundation
import Testing
@testable import ClientModel
@testable import ClientPlan
@testable import Generator
@testable import OpenAPIReading
@testable import SpecDiff
@testable import SwiftRendering

/// Bad input gives `file:line: error: message [#/pointer]` and no output.
@Suite struct DiagnosticTests {
    func failure(_ yaml: String) -> String? {
        do {
            _ = try Generation(yaml: yaml)
            return nil
        } catch let failure as GenerationFailure {
            return failure.messages.last
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        (
            "openapi: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
            "snippet.yaml:1: error: unsupported OpenAPI version '2.0'; expected 3.0.x or 3.1.x [#/openapi]"
        ),
        (
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\n",
            "snippet.yaml:1: error: Swagger 2.0 is not supported; convert the document to OpenAPI 3 [#/swagger]"
        ),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/schemas/Missing'}\n",
            "snippet.yaml:9: error: $ref '#/components/schemas/Missing' points at nothing [#/components/schemas/A/properties/b/$ref]"
        ),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
            "snippet.yaml:6: error: $ref cycle '#/components/schemas/B' never reaches a schema [#/components/schemas/A]"
        ),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/A'}\n",
            "snippet.yaml:6: error: $ref 'other.yaml#/A' names another file, which only a document read from a file can follow [#/components/schemas/A/$ref]"
        ),
    ])
    func badSpecsFailWithAPointer(input: String, message: String) {
        #expect(failure(input) == message)
    }

    @Test func unsupportedConstructsWarnWithAPointer() throws {
        let generation = try Generation(yaml: """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                A:
                  type: object
                  not: {type: string}
                  properties:
                    x: {type: string}
            """)
        #expect(generation.warnings == ["snippet.yaml:8: warning: 'not' is not used for code generation; values are not checked against it [#/components/schemas/A/not]"])
    }

    /// The document is at fault (matrix-spec's room_summary.yaml names a scheme it never defines):
    /// the alternative is left out with a warning, and the operation sends what remains, here nothing.
    @Test func aSecurityRequirementNamingNoSchemeIsLeftOutWithAWarning() throws {
        let generation = try Generation(yaml: """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: getA
                  security: [{nope: []}]
                  responses: {'204': {description: ok}}
            """)
        #expect(generation.warnings == ["snippet.yaml:7: warning: security requirement names 'nope', which components/securitySchemes does not define; this alternative is left out, so no credential is sent for it [#/paths/~1a/get/security/0/nope]"])
        // No scheme is left: the client sends no credential, and the operation asks for no other.
        #expect(generation.files["TestClient.swift"]?.contains("static let defaultSecurity: [[GeneratedClientRuntime.SecurityScheme]] = []") == true)
        #expect(generation.files["Operations/GetA.swift"]?.contains("request.security") == false)
    }

    @Test func anXPaginationThatNamesNothingUsableIsAWarningAndNoPagesMethod() throws {
        let generation = try Generation(yaml: """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /a:
                get:
                  operationId: listA
                  x-pagination: {token: page}
                  parameters:
                    - {name: cursor, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {items: {type: array, items: {type: string}}, cursor: {type: string}}}
            """)
        #expect(generation.warnings == ["snippet.yaml:6: warning: x-pagination: no optional string query parameter 'page' takes the token; the operation gets no pages method [#/paths/~1a/get/x-pagination]"])
        #expect(generation.files["Operations/ListA.swift"]?.contains("Pages") == false)
        #expect(generation.model.unmappedCount == 1)
    }

    @Test func aDuplicateOperationIDIsRenamedWithAWarningNamingBoth() throws {
        let generation = try Generation(yaml: """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths:
              /a:
                get: {operationId: same, responses: {'204': {description: ok}}}
              /a?beta=true:
                get: {operationId: same, responses: {'204': {description: ok}}}
            """)
        #expect(generation.warnings == ["snippet.yaml:7: warning: operationId 'same' is also used at #/paths/~1a/get; this operation is generated as 'same_2' [#/paths/~1a?beta=true/get/operationId]"])
        #expect(generation.files.keys.sorted() == ["Operations/Same.swift", "Operations/Same2.swift", "TestClient.swift"])
    }
}
