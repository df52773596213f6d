@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI

/// One call of every operation, with typed arguments (request bodies taken from the spec's
/// examples) and what it must put on the wire.
struct OperationCall: Sendable, CustomStringConvertible {
    var operationID: String
    var method: String
    var path: String
    var query = ""
    /// The spec example whose JSON the request body must equal.
    var bodyExample: String?
    /// The spec example the recording transport answers with.
    var responseExample: String?
    var responseContentType = "application/json"
    var call: @Sendable (XAIClient) async throws -> Void

    var description: String { operationID }

    static func requestExample(_ path: String) -> String {
        "/paths/\(path.replacingOccurrences(of: "/", with: "~1"))/post/requestBody/content/application~1json/example"
    }

    static func responseExample(_ path: String, _ method: String = "post") -> String {
        "/paths/\(path.replacingOccurrences(of: "/", with: "~1"))/\(method)/responses/200/content/application~1json/example"
    }

    /// A POST whose body is the spec's request example and whose answer is its response example.
    static func post<Body: Decodable & Sendable>(
        _ operationID: String, _ path: String, _ type: Body.Type, _ send: @escaping @Sendable (XAIClient, Body) async throws -> Void
    ) -> OperationCall {
        OperationCall(
            operationID: operationID, method: "POST", path: path, bodyExample: requestExample(path),
            responseExample: responseExample(path),
            call: { client in try await send(client, try ExampleCase.value(Body.self, at: requestExample(path))) }
        )
    }

    static func get(_ operationID: String, _ path: String, example: String, query: String = "", call: @escaping @Sendable (XAIClient) async throws -> Void) -> OperationCall {
        OperationCall(operationID: operationID, method: "GET", path: path, query: query, responseExample: example, call: call)
    }

    static let uploadedFile = FileUpload(data: Data("hello, grok\n".utf8), filename: "notes.txt", contentType: "text/plain")

    static let all: [OperationCall] = [
        get("getApiKeyInfo", "/v1/api-key", example: responseExample("/v1/api-key", "get")) { _ = try await $0.getAPIKeyInfo() },
        post("createChatCompletion", "/v1/chat/completions", ChatRequest.self) { _ = try await $0.createChatCompletion($1) },
        get("getDeferredChatCompletion", "/v1/chat/deferred-completion/req%201", example: responseExample("/v1/chat/deferred-completion/{request_id}", "get")) {
            _ = try await $0.getDeferredChatCompletion(requestID: "req 1")
        },
        post("complete", "/v1/complete", CompleteRequest.self) { _ = try await $0.complete($1) },
        post("createCompletion", "/v1/completions", SampleRequest.self) { _ = try await $0.createCompletion($1) },
        post("searchDocuments", "/v1/documents/search", SearchRequest.self) { _ = try await $0.searchDocuments($1) },
        get("listEmbeddingModels", "/v1/embedding-models", example: responseExample("/v1/embedding-models", "get")) { _ = try await $0.listEmbeddingModels() },
        get("getEmbeddingModel", "/v1/embedding-models/v1", example: responseExample("/v1/embedding-models/{model_id}", "get")) {
            _ = try await $0.getEmbeddingModel(modelID: "v1")
        },
        post("createEmbedding", "/v1/embeddings", EmbeddingRequest.self) { _ = try await $0.createEmbedding($1) },
        get("listFiles", "/v1/files", example: responseExample("/v1/files", "get"), query: "limit=10&order=desc&sort_by=created_at&pagination_token=tok") {
            _ = try await $0.listFiles(limit: 10, order: "desc", sortBy: "created_at", paginationToken: "tok")
        },
        OperationCall(operationID: "uploadFile", method: "POST", path: "/v1/files", responseExample: responseExample("/v1/files")) {
            _ = try await $0.uploadFile(UploadFileMultipartRequest(expiresAfter: 3600, file: uploadedFile, purpose: "assistants"))
        },
        get("getFile", "/v1/files/file-123", example: responseExample("/v1/files")) { _ = try await $0.getFile(fileID: "file-123") },
        OperationCall(operationID: "deleteFile", method: "DELETE", path: "/v1/files/file-123", responseExample: responseExample("/v1/files/{file_id}", "delete")) {
            _ = try await $0.deleteFile(fileID: "file-123")
        },
        OperationCall(operationID: "downloadFileContent", method: "GET", path: "/v1/files/file-123/content", responseContentType: "application/octet-stream") {
            _ = try await $0.downloadFileContent(fileID: "file-123")
        },
        get("listImageGenerationModels", "/v1/image-generation-models", example: responseExample("/v1/image-generation-models", "get")) {
            _ = try await $0.listImageGenerationModels()
        },
        get("getImageGenerationModel", "/v1/image-generation-models/grok-imagine-image", example: responseExample("/v1/image-generation-models/{model_id}", "get")) {
            _ = try await $0.getImageGenerationModel(modelID: "grok-imagine-image")
        },
        post("editImage", "/v1/images/edits", EditImageRequest.self) { _ = try await $0.editImage($1) },
        post("generateImage", "/v1/images/generations", GenerateImageRequest.self) { _ = try await $0.generateImage($1) },
        get("listLanguageModels", "/v1/language-models", example: responseExample("/v1/language-models", "get")) { _ = try await $0.listLanguageModels() },
        get("getLanguageModel", "/v1/language-models/grok-4", example: responseExample("/v1/language-models/{model_id}", "get")) {
            _ = try await $0.getLanguageModel(modelID: "grok-4")
        },
        post("createMessages", "/v1/messages", MessageRequest.self) { _ = try await $0.createMessages($1) },
        get("listModels", "/v1/models", example: responseExample("/v1/models", "get")) { _ = try await $0.listModels() },
        get("getModel", "/v1/models/grok-4", example: responseExample("/v1/models/{model_id}", "get")) { _ = try await $0.getModel(modelID: "grok-4") },
        post("createResponse", "/v1/responses", ModelRequest.self) { _ = try await $0.createResponse($1) },
        get("getResponse", "/v1/responses/resp_1", example: responseExample("/v1/responses/{response_id}", "get")) { _ = try await $0.getResponse(responseID: "resp_1") },
        OperationCall(operationID: "deleteResponse", method: "DELETE", path: "/v1/responses/resp_1", responseExample: responseExample("/v1/responses/{response_id}", "delete")) {
            _ = try await $0.deleteResponse(responseID: "resp_1")
        },
        post("tokenizeText", "/v1/tokenize-text", TokenizeRequest.self) { _ = try await $0.tokenizeText($1) },
        get("listVideoGenerationModels", "/v1/video-generation-models", example: responseExample("/v1/video-generation-models", "get")) {
            _ = try await $0.listVideoGenerationModels()
        },
        get("getVideoGenerationModel", "/v1/video-generation-models/grok-imagine-video", example: responseExample("/v1/video-generation-models/{model_id}", "get")) {
            _ = try await $0.getVideoGenerationModel(modelID: "grok-imagine-video")
        },
        post("editVideo", "/v1/videos/edits", EditVideoRequest.self) { _ = try await $0.editVideo($1) },
        post("extendVideo", "/v1/videos/extensions", ExtendVideoRequest.self) { _ = try await $0.extendVideo($1) },
        post("generateVideo", "/v1/videos/generations", GenerateVideoRequest.self) { _ = try await $0.generateVideo($1) },
        get("getVideo", "/v1/videos/vid_1", example: responseExample("/v1/videos/{request_id}", "get")) { _ = try await $0.getVideo(requestID: "vid_1") },
    ]
}
