import ClientModel
import OpenAPIReading

extension PlanBuilder {
    /// The test kit: per operation, its types, how a recorded body is read back, how a value is
    /// answered (the status and media the document gives it), and the document's examples.
    /// Built from the operations' views, aligned with `model.operations`.
    package func testKitView(_ views: [OperationView]) -> TestKitView {
        let operations = zip(model.operations, views).map { operation, view in
            let several = operation.outcomes.count > 1
            let caseNames = names[operation: operation.id].outcomeCases.map(SwiftIdentifier.escaped)
            let cases = !several ? [] : zip(operation.outcomes, caseNames).map { outcome, caseName in
                MockAnswerCaseView(
                    pattern: "." + caseName + (outcome.content == .none ? "" : "(let payload)"),
                    caseAnswer: answerExpression(outcome, value: "payload")
                )
            }
            let examples = operation.outcomes.flatMap { outcome in
                outcome.examples.map { example in
                    MockExampleView(nameLiteral: TypeSpelling.literal(example.name), status: String(answerStatus(outcome.status)), jsonLiteral: Self.rawLiteral(example.json))
                }
            }
            let (bodyType, readBody) = recordedBody(operation)
            return MockOperationView(
                docLines: ["/// `\(names[operation: operation.id].method)` (`\(operation.method.uppercased()) \(operation.path)`): its answers, in order, and the requests it received."],
                deprecation: Self.deprecation(operation.documentation),
                memberAccess: config.access,
                methodName: view.methodName,
                bodyType: bodyType,
                valueType: view.returnType,
                eventType: view.stream?.eventType ?? "GeneratedClientTesting.NoEvents",
                operationIDLiteral: view.operationIDLiteral,
                pathLiteral: TypeSpelling.literal(operation.path),
                examples: examples,
                noExamples: examples.isEmpty,
                readBodyExpression: readBody,
                answerExpression: several ? nil : answerExpression(operation.outcomes[0], value: "value"),
                answerCases: cases
            )
        }
        return TestKitView(fileName: config.clientName + "+Mock.swift", clientModule: config.moduleName, clientName: config.clientName, access: config.access, operations: operations)
    }

    /// The body's type as the mock records it, and the expression reading it from `$0` (`Data`).
    private func recordedBody(_ operation: OperationDecl) -> (type: String, read: String) {
        guard let body = operation.body else { return ("GeneratedClientTesting.NoBody", "{ _ in GeneratedClientTesting.NoBody() }") }
        let operationID = TypeSpelling.literal(operation.operationID)
        switch body.encoding {
        case .json:
            // The body's type is inferred from `MockOperation`'s: a `T.self` here could name a method.
            return body.required
                ? (spelling.spell(body.type), "{ try GeneratedClientTesting.RecordedBody.json($0, operationID: \(operationID)) }")
                : (spelling.spell(body.type.optional), "{ try GeneratedClientTesting.RecordedBody.optionalJSON($0, operationID: \(operationID)) }")
        case .text:
            return ("Swift.String", "{ Swift.String(decoding: $0, as: Swift.UTF8.self) }")
        case .multipart, .formURLEncoded, .binary:
            return ("Foundation.Data", "{ $0 }")
        }
    }

    /// How the mock answers an outcome's value held in `value`, with `headers`.
    private func answerExpression(_ outcome: Outcome, value: String) -> String {
        let status = answerStatus(outcome.status)
        return switch outcome.content {
        case .none: ".empty(status: \(status), headers: headers)"
        case .json: "try .json(\(value), status: \(status), headers: headers)"
        case .binary: ".bytes(\(value), status: \(status), headers: headers)"
        case .text: ".text(\(value), status: \(status), headers: headers)"
        case .media: "try .media(\(value), status: \(status), headers: headers)"
        case .multipart: ".multipart(\(value), status: \(status), headers: headers)"
        }
    }

    /// The status a mock answers an outcome with: its own, or 200 for `2XX` and `default`.
    private func answerStatus(_ status: String) -> Int {
        Int(status) ?? 200
    }
}
