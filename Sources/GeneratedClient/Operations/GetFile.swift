// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Retrieve metadata for a single file by ID. Errors with 404 if the file
    /// doesn't exist, has been deleted, or has passed its `expires_at`.
    ///
    /// - `GET /v1/files/{file_id}`
    /// - Generated from `#/paths/~1v1~1files~1{file_id}/get`.
    public func getFile(fileID: Swift.String) async throws -> File {
        try await raw.getFile(fileID: fileID).value
    }

    /// The HTTP request for `getFile`, before the client's middlewares and authentication.
    public func getFileRequest(fileID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .get, path: "/v1/files/\(try GeneratedClientRuntime.PathEncoding.segment(fileID))", operationID: "getFile")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `getFile`, with the answer's status, headers, request id and rate limits.
    public func getFile(fileID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<File> {
        let request = try base.getFileRequest(fileID: fileID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(File.self))
        default: throw response.unexpectedStatus()
        }
    }
}
