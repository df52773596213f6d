// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Download the contents of a file as a stream of raw bytes. The response
    /// `Content-Type` is `application/octet-stream`. Use this for the binary
    /// payload; use `GET /v1/files/{file_id}` for metadata only.
    ///
    /// - `GET /v1/files/{file_id}/content`
    /// - Generated from `#/paths/~1v1~1files~1{file_id}~1content/get`.
    public func downloadFileContent(fileID: Swift.String, format: ContentFormat? = nil) async throws -> Foundation.Data {
        try await raw.downloadFileContent(fileID: fileID, format: format).value
    }

    /// Like `downloadFileContent`, but writes the body to `destination` as it arrives instead of holding it in memory.
    public func downloadFileContent(fileID: Swift.String, format: ContentFormat? = nil, to destination: Foundation.URL) async throws {
        _ = try await client.download(try downloadFileContentRequest(fileID: fileID, format: format), to: destination)
    }

    /// The HTTP request for `downloadFileContent`, before the client's middlewares and authentication.
    public func downloadFileContentRequest(fileID: Swift.String, format: ContentFormat? = nil) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/files/\(try GeneratedClientRuntime.PathEncoding.segment(fileID))/content", operationID: "downloadFileContent")
        request.setHeader("Accept", "application/octet-stream")
        request.addQuery("format", format)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `downloadFileContent`, with the answer's status, headers, request id and rate limits.
    public func downloadFileContent(fileID: Swift.String, format: ContentFormat? = nil) async throws -> GeneratedClientRuntime.APIResponse<Foundation.Data> {
        let request = try base.downloadFileContentRequest(fileID: fileID, format: format)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(response.body)
        default: throw response.unexpectedStatus()
        }
    }
}
