// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The successful outcomes of `getDeferredChatCompletion`.
///
/// - Remark: Generated from `#/paths/~1v1~1chat~1deferred-completion~1{request_id}/get/responses`.
public enum GetDeferredChatCompletionOutput: Swift.Hashable, Swift.Sendable {
    /// Success
    ///
    /// - HTTP 200.
    case ok(ChatResponse)
    /// Accepted. The request is processing, but haven't been completed. You can retry at a later time.
    ///
    /// - HTTP 202.
    case accepted
}
extension XAIClient {
    /// Tries to fetch a result for a previously-started deferred completion. Returns `200 Success` with the response body, if the request has been completed. Returns `202 Accepted` when the request is pending processing.
    ///
    /// - `GET /v1/chat/deferred-completion/{request_id}`
    /// - Generated from `#/paths/~1v1~1chat~1deferred-completion~1{request_id}/get`.
    public func getDeferredChatCompletion(requestID: Swift.String) async throws -> GetDeferredChatCompletionOutput {
        try await raw.getDeferredChatCompletion(requestID: requestID).value
    }

    /// Calls `getDeferredChatCompletion` until it answers 200 (not 202), waiting `polling.interval` between calls.
    ///
    /// - Remark: Generated from `#/paths/~1v1~1chat~1deferred-completion~1{request_id}/get`.
    public func getDeferredChatCompletionWhenReady(requestID: Swift.String, polling: GeneratedClientRuntime.PollingPolicy = .default) async throws -> ChatResponse {
        try await client.poll(polling, operationID: "getDeferredChatCompletion") {
            switch try await getDeferredChatCompletion(requestID: requestID) {
            case .ok(let value): return value
            case .accepted: return nil
            }
        }
    }

    /// The HTTP request for `getDeferredChatCompletion`, before the client's middlewares and authentication.
    public func getDeferredChatCompletionRequest(requestID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/chat/deferred-completion/\(try GeneratedClientRuntime.PathEncoding.segment(requestID))", operationID: "getDeferredChatCompletion")
        request.setHeader("Accept", "application/json")
        request.allowsRetry = false
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getDeferredChatCompletion`, with the answer's status, headers, request id and rate limits.
    public func getDeferredChatCompletion(requestID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<GetDeferredChatCompletionOutput> {
        let request = try base.getDeferredChatCompletionRequest(requestID: requestID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(.ok(try response.decode(ChatResponse.self)))
        case 202: return response.carrying(.accepted)
        default: throw response.unexpectedStatus()
        }
    }
}
