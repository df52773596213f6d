@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Runs a function-calling conversation to its end on the server's stored state: sends
    /// `request`, and while the answer asks for function calls, runs `handler` on each and sends
    /// only the results back with `previous_response_id` (the conversation is not re-sent).
    /// Returns the first answer without function calls; throws `APIClientError.invalidRequest`
    /// after `maxTurns` rounds of calls.
    public func respond(
        _ request: ModelRequest, maxTurns: Int = 8,
        handler: @Sendable (FunctionToolCall) async throws -> String
    ) async throws -> ModelResponse {
        var response = try await createResponse(request)
        for _ in 0..<maxTurns {
            let calls = response.functionCalls
            if calls.isEmpty { return response }
            var results: [ModelInputPart] = []
            for call in calls { results.append(.functionOutput(try await handler(call), for: call)) }
            var next = request
            next.input = .modelInputParts(results)
            next.previousResponseID = response.id
            next.instructions = nil  // the previous response's system prompt carries over
            response = try await createResponse(next)
        }
        throw APIClientError.invalidRequest("the model still asked for function calls after \(maxTurns) turns")
    }

    /// Compacts a long conversation (`POST /v1/responses/compact`) and returns the shorter window,
    /// ready to be the `input` of the next `createResponse`, with `newInput` appended.
    public func compact(_ input: ModelInput, model: String, then newInput: [ModelInputPart] = []) async throws -> ModelInput {
        let compacted = try await compactResponse(CompactRequest(input: input, model: model))
        return .modelInputParts(compacted.output + newInput)
    }
}

extension CompactResponse {
    /// The compacted window as the `input` of the next `createResponse`.
    public var nextInput: ModelInput { .modelInputParts(output) }
}
