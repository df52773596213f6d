// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Upload a file to xAI's storage. Returns the file's metadata. Files can
    /// be referenced by ID anywhere a `file_id` is accepted (e.g. chat
    /// attachments). Maximum file size: 50 MB. Files are kept until you
    /// delete them, or until `expires_after` elapses if set at upload time.
    ///
    /// - `POST /v1/files`
    /// - Generated from `#/paths/~1v1~1files/post`.
    public func uploadFile(_ body: UploadFileMultipartRequest) async throws -> File {
        try await raw.uploadFile(body).value
    }

    /// The HTTP request for `uploadFile`, before the client's middlewares and authentication.
    public func uploadFileRequest(_ body: UploadFileMultipartRequest) throws -> GeneratedClientRuntime.APIClient.Request {
        var request = GeneratedClientRuntime.APIClient.Request(method: .post, path: "/v1/files", operationID: "uploadFile")
        request.setHeader("Accept", "application/json")
        var form = GeneratedClientRuntime.MultipartForm()
        try form.append("expires_after", body.expiresAfter)
        try form.append("file", body.file)
        try form.append("purpose", body.purpose)
        request.setMultipartBody(form)
        return request
    }
}

extension XAIClient.Raw {
    /// Like `uploadFile`, with the answer's status, headers, request id and rate limits.
    public func uploadFile(_ body: UploadFileMultipartRequest) async throws -> GeneratedClientRuntime.APIResponse<File> {
        let request = try base.uploadFileRequest(body)
        let response = try await base.client.send(request)
        switch response.status {
        case 200: return response.carrying(try response.decode(File.self))
        default: throw response.unexpectedStatus()
        }
    }
}
