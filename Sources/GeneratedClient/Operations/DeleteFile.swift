// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Delete a file by ID. After this returns, the file no longer appears in
    /// `GET /v1/files`, content download returns 404, and the ID can no longer
    /// be referenced in chat attachments.
    ///
    /// - `DELETE /v1/files/{file_id}`
    /// - Generated from `#/paths/~1v1~1files~1{file_id}/delete`.
    public func deleteFile(fileID: Swift.String) async throws -> DeleteFileResponse {
        try await raw.deleteFile(fileID: fileID).value
    }

    /// The HTTP request for `deleteFile`, before the client's middlewares and authentication.
    public func deleteFileRequest(fileID: Swift.String) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .delete, path: "/v1/files/\(try GeneratedClientRuntime.PathEncoding.segment(fileID))", operationID: "deleteFile")
        request.setHeader("Accept", "application/json")
        return request
    }
}

extension XAIClient.Raw {
    /// Like `deleteFile`, with the answer's status, headers, request id and rate limits.
    public func deleteFile(fileID: Swift.String) async throws -> GeneratedClientRuntime.APIResponse<DeleteFileResponse> {
        let request = try base.deleteFileRequest(fileID: fileID)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(DeleteFileResponse.self))
        default: throw response.unexpectedStatus()
        }
    }
}
