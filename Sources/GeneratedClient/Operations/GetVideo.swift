// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The successful outcomes of `getVideo`.
///
/// - Remark: Generated from `#/paths/~1v1~1videos~1{request_id}/get/responses`.
public enum GetVideoOutput: Swift.Hashable, Swift.Sendable {
    /// Video generation completed or failed. Check the `status` field to determine the outcome.
    ///
    /// - HTTP 200.
    case ok(VideoResponse)
    /// Video generation still in progress
    ///
    /// - HTTP 202.
    case accepted
}
extension XAIClient {
    /// Get the result of a deferred video generation request.
    ///
    /// Returns the current status of a video generation job. When the job completes
    /// successfully the response contains the generated video URL. When the job fails
    /// the response contains a structured `error` object with a machine-readable
    /// `code` and a human-readable `message`.
    ///
    /// Both successful and failed completions return HTTP 200 — use the `status`
    /// field (`"done"` or `"failed"`) to distinguish between the two.
    ///
    /// - `GET /v1/videos/{request_id}`
    /// - Generated from `#/paths/~1v1~1videos~1{request_id}/get`.
    public func getVideo(requestID: Swift.String) async throws -> GetVideoOutput {
        try await raw.getVideo(requestID: requestID).value
    }

    /// Calls `getVideo` until it answers 200 with `status` one of `done`, `failed`, `expired` (not 202), waiting `polling.interval` between calls.
    ///
    /// - Remark: Generated from `#/paths/~1v1~1videos~1{request_id}/get`.
    public func getVideoWhenReady(requestID: Swift.String, polling: GeneratedClientRuntime.PollingPolicy = .default) async throws -> VideoResponse {
        try await client.poll(polling, operationID: "getVideo") {
            switch try await getVideo(requestID: requestID) {
            case .ok(let value) where !["done", "failed", "expired"].contains(value.status): return nil
            case .ok(let value): return value
            case .accepted: return nil
            }
        }
    }

    /// The HTTP request for `getVideo`, before the client's middlewares and authentication.
    public func getVideoRequest(requestID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/videos/\(try GeneratedClientRuntime.PathEncoding.segment(requestID))", operationID: "getVideo")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getVideo`, with the answer's status, headers, request id and rate limits.
    public func getVideo(requestID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<GetVideoOutput> {
        let request = try base.getVideoRequest(requestID: requestID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(.ok(try response.decode(VideoResponse.self)))
        case 202: return response.carrying(.accepted)
        default: throw response.unexpectedStatus()
        }
    }
}
