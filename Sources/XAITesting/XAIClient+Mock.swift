// Generated from an OpenAPI document by the generator. Do not edit by hand.
// A test kit: add it to test targets only.
@_exported import GeneratedClientTesting
@_exported import XAI
import Foundation

extension XAIClient {
    /// A stand-in for the API in unit tests: hand ``client`` to the code under test, script what
    /// each operation answers (`returns`, `returnsExample`, `answers` with a fault, `streams`), and
    /// read back the requests it sent, typed. No network and no server: the client's own retries,
    /// errors, limits and stream handling run on the answers as on a server's.
    ///
    /// Each scripted answer is used once, in order; a call with none left gets a `501` naming the
    /// operation.
    public struct Mock: Swift.Sendable {
        /// The client to hand to the code under test: every call it makes is answered by this mock.
        public let client: XAIClient
        /// Every request received, in order, and the answers not yet used.
        public let transport: GeneratedClientTesting.MockTransport

        /// A mock whose client has `configuration` (its retry policy, timeouts, limits,
        /// middlewares), its transport replaced by the mock's. Throws as the client's initialiser
        /// does for a configured header HTTP does not allow.
        public init(configuration: GeneratedClientRuntime.APIClientConfiguration = .init()) throws {
            let transport = GeneratedClientTesting.MockTransport()
            var configuration = configuration
            configuration.transport = transport
            self.transport = transport
            self.client = try XAIClient(apiKey: "mock-api-key", serverURL: "https://mock.invalid", configuration: configuration)
        }

        /// `getAPIKeyInfo` (`GET /v1/api-key`): its answers, in order, and the requests it received.
        public var getAPIKeyInfo: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, APIKey, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getApiKeyInfo", pathTemplate: "/v1/api-key",
                examples: [
                    .init(name: "example", status: 200, json: #"{"redacted_api_key":"xai-...b14o","user_id":"59fbe5f2-040b-46d5-8325-868bb8f23eb2","name":"My API Key","create_time":"2024-01-01T12:55:18.139305Z","modify_time":"2024-08-28T17:20:12.343321Z","modified_by":"3d38b4dc-4eb7-4785-ae26-c3fa8997ffc7","team_id":"5ea6f6bd-7815-4b8a-9135-28b2d7ba6722","acls":["api-key:model:*","api-key:endpoint:*"],"api_key_id":"ae1e1841-4326-4b36-a8a9-8a1a7237db11","team_blocked":false,"api_key_blocked":false,"api_key_disabled":false}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createChatCompletion` (`POST /v1/chat/completions`): its answers, in order, and the requests it received.
        public var createChatCompletion: GeneratedClientTesting.MockOperation<ChatRequest, ChatResponse, ChatResponseChunk> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createChatCompletion", pathTemplate: "/v1/chat/completions",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"a3d1008e-4544-40d4-d075-11527e794e4a","object":"chat.completion","created":1752854522,"model":"latest","choices":[{"index":0,"message":{"role":"assistant","content":"101 multiplied by 3 is 303.","refusal":null},"finish_reason":"stop"}],"usage":{"prompt_tokens":32,"completion_tokens":9,"total_tokens":135,"prompt_tokens_details":{"text_tokens":32,"audio_tokens":0,"image_tokens":0,"cached_tokens":6},"completion_tokens_details":{"reasoning_tokens":94,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0},"num_sources_used":0},"system_fingerprint":"fp_3a7881249c"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createChatCompletion") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getDeferredChatCompletion` (`GET /v1/chat/deferred-completion/{request_id}`): its answers, in order, and the requests it received.
        public var getDeferredChatCompletion: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, GetDeferredChatCompletionOutput, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getDeferredChatCompletion", pathTemplate: "/v1/chat/deferred-completion/{request_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"335b92e4-afa5-48e7-b99c-b9a4eabc1c8e","object":"chat.completion","created":1743770624,"model":"latest","choices":[{"index":0,"message":{"role":"assistant","content":"101 multiplied by 3 is 303.","refusal":null},"finish_reason":"stop"}],"usage":{"prompt_tokens":31,"completion_tokens":11,"total_tokens":42,"prompt_tokens_details":{"text_tokens":31,"audio_tokens":0,"image_tokens":0,"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"system_fingerprint":"fp_156d35dcaa"}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                switch value {
                case .ok(let payload): return try .json(payload, status: 200, headers: headers)
                case .accepted: return .empty(status: 202, headers: headers)
                }
            }
        }

        /// `complete` (`POST /v1/complete`): its answers, in order, and the requests it received.
        @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
        public var complete: GeneratedClientTesting.MockOperation<CompleteRequest, CompleteResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "complete", pathTemplate: "/v1/complete",
                examples: [
                    .init(name: "example", status: 200, json: #"{"type":"completion","id":"982044c5-760c-4c8d-8936-f906b5cedc26","completion":" Hey there! I'm doing great, thanks","stop_reason":"max_tokens","model":"grok-3"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "complete") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createCompletion` (`POST /v1/completions`): its answers, in order, and the requests it received.
        public var createCompletion: GeneratedClientTesting.MockOperation<SampleRequest, SampleResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createCompletion", pathTemplate: "/v1/completions",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"873492b3-6144-4279-ac2e-2c45242c5ce6","object":"text_completion","created":1743771779,"model":"grok-3","choices":[{"index":0,"text":"5, ","finish_reason":"length"}],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15,"prompt_tokens_details":{"text_tokens":12,"audio_tokens":0,"image_tokens":0,"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},"system_fingerprint":"fp_156d35dcaa"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createCompletion") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `searchDocuments` (`POST /v1/documents/search`): its answers, in order, and the requests it received.
        public var searchDocuments: GeneratedClientTesting.MockOperation<SearchRequest, SearchResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "searchDocuments", pathTemplate: "/v1/documents/search",
                examples: [
                    .init(name: "example", status: 200, json: #"{"matches":[{"file_id":"file_ac3c5728-7399-41fc-bd62-0fef0042de9c","chunk_id":"0199717c-511b-7a80-bab3-dfe9a27f82ab","chunk_content":", deferred revenue related to such customer payments amounted to $2.10 billion and $1.77 billion, respectively, mainly due to contractual payment terms. Revenue recognized from the deferred revenue balances as of December 31, 2024 and 2023 was $944 million and $873 million for the six months ended June 30, 2025 and 2024, respectively. We have elected the practical expedient to omit disclosure of the amount of the transaction price allocated to remaining performance obligations for contracts with an original expected contract length of one year or less. As of June 30, 2025, total transaction price allocated to performance obligations that were unsatisfied or partially unsatisfied for contracts with an original expected length of more than one year was $10.38 billion. Of this amount, we expect to recognize $5.47 billion in the next 12 months and the rest over the remaining performance obligation period. Changes in government and economic incentives or tariffs may impact the transaction price or our ability to e","score":1.1447691,"collection_ids":["collection_80100614-300c-4609-959b-a138fa90f542"]}]}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "searchDocuments") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listEmbeddingModels` (`GET /v1/embedding-models`): its answers, in order, and the requests it received.
        public var listEmbeddingModels: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListEmbeddingModelsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listEmbeddingModels", pathTemplate: "/v1/embedding-models",
                examples: [
                    .init(name: "example", status: 200, json: #"{"models":[{"id":"v1","fingerprint":"fp_df37966059","created":1725148800,"object":"model","owned_by":"xai","version":"0.1.0","input_modalities":["text"],"prompt_text_token_price":100,"prompt_image_token_price":0,"aliases":[]}]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getEmbeddingModel` (`GET /v1/embedding-models/{model_id}`): its answers, in order, and the requests it received.
        public var getEmbeddingModel: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, EmbeddingModel, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getEmbeddingModel", pathTemplate: "/v1/embedding-models/{model_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"v1","created":1725148800,"object":"model","owned_by":"xai","version":"0.1.0","input_modalities":["text"],"prompt_text_token_price":10,"prompt_image_token_price":0,"aliases":[]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createEmbedding` (`POST /v1/embeddings`): its answers, in order, and the requests it received.
        public var createEmbedding: GeneratedClientTesting.MockOperation<EmbeddingRequest, EmbeddingResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createEmbedding", pathTemplate: "/v1/embeddings",
                examples: [
                    .init(name: "example", status: 200, json: #"{"object":"list","model":"v1","data":[{"index":0,"embedding":[0.01567895,0.063257694,0.045925662],"object":"embedding"}],"usage":{"prompt_tokens":1,"total_tokens":1}}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createEmbedding") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listFiles` (`GET /v1/files`): its answers, in order, and the requests it received.
        public var listFiles: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListFilesResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listFiles", pathTemplate: "/v1/files",
                examples: [
                    .init(name: "example", status: 200, json: #"{"data":[{"id":"file_a128090d-f0c9-4873-bd84-e499777e7417","object":"file","bytes":12345,"created_at":1762345678,"expires_at":null,"filename":"document.pdf","purpose":""}],"pagination_token":"file_a128090d-f0c9-4873-bd84-e499777e7417"}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `uploadFile` (`POST /v1/files`): its answers, in order, and the requests it received.
        public var uploadFile: GeneratedClientTesting.MockOperation<Foundation.Data, File, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "uploadFile", pathTemplate: "/v1/files",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"file_a128090d-f0c9-4873-bd84-e499777e7417","object":"file","bytes":12345,"created_at":1762345678,"expires_at":1762432078,"filename":"document.pdf","purpose":""}"#),
                ],
                readBody: { $0 }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getFile` (`GET /v1/files/{file_id}`): its answers, in order, and the requests it received.
        public var getFile: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, File, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getFile", pathTemplate: "/v1/files/{file_id}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `deleteFile` (`DELETE /v1/files/{file_id}`): its answers, in order, and the requests it received.
        public var deleteFile: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, DeleteFileResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "deleteFile", pathTemplate: "/v1/files/{file_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"file_a128090d-f0c9-4873-bd84-e499777e7417","deleted":true}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `downloadFileContent` (`GET /v1/files/{file_id}/content`): its answers, in order, and the requests it received.
        public var downloadFileContent: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Foundation.Data, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "downloadFileContent", pathTemplate: "/v1/files/{file_id}/content",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                .bytes(value, status: 200, headers: headers)
            }
        }

        /// `listImageGenerationModels` (`GET /v1/image-generation-models`): its answers, in order, and the requests it received.
        public var listImageGenerationModels: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListImageGenerationModelsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listImageGenerationModels", pathTemplate: "/v1/image-generation-models",
                examples: [
                    .init(name: "example", status: 200, json: #"{"models":[{"id":"grok-imagine-image","fingerprint":"fp_ca78641a52","max_prompt_length":1024,"created":1738961600,"object":"model","owned_by":"xai","version":"1.0.0","prompt_text_token_price":100000,"prompt_image_token_price":100000,"generated_image_token_price":100000,"aliases":[]}]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getImageGenerationModel` (`GET /v1/image-generation-models/{model_id}`): its answers, in order, and the requests it received.
        public var getImageGenerationModel: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ImageGenerationModel, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getImageGenerationModel", pathTemplate: "/v1/image-generation-models/{model_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"grok-imagine-image","fingerprint":"fp_ca78641a52","max_prompt_length":1024,"created":1737961600,"object":"model","owned_by":"xai","version":"1.0.0","prompt_text_token_price":100000,"prompt_image_token_price":100000,"generated_image_token_price":100000,"aliases":[]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `editImage` (`POST /v1/images/edits`): its answers, in order, and the requests it received.
        public var editImage: GeneratedClientTesting.MockOperation<EditImageRequest, GeneratedImageResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "editImage", pathTemplate: "/v1/images/edits",
                examples: [
                    .init(name: "example", status: 200, json: #"{"data":[{"url":"..."}]}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "editImage") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `generateImage` (`POST /v1/images/generations`): its answers, in order, and the requests it received.
        public var generateImage: GeneratedClientTesting.MockOperation<GenerateImageRequest, GeneratedImageResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "generateImage", pathTemplate: "/v1/images/generations",
                examples: [
                    .init(name: "example", status: 200, json: #"{"data":[{"url":"..."},{"url":"..."}]}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "generateImage") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listLanguageModels` (`GET /v1/language-models`): its answers, in order, and the requests it received.
        public var listLanguageModels: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListLanguageModelsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listLanguageModels", pathTemplate: "/v1/language-models",
                examples: [
                    .init(name: "example", status: 200, json: #"{"models":[{"id":"grok-3","fingerprint":"fp_898ae9f31c","created":1743724800,"object":"model","owned_by":"xai","version":"1.0","input_modalities":["text"],"output_modalities":["text"],"prompt_text_token_price":30000,"cached_prompt_text_token_price":7500,"prompt_image_token_price":0,"completion_text_token_price":150000,"search_price":250000000,"aliases":["grok-3-latest","grok-3-beta"]},{"id":"grok-3-mini","fingerprint":"fp_6a09108ff5","created":1743724800,"object":"model","owned_by":"xai","version":"1.0","input_modalities":["text"],"output_modalities":["text"],"prompt_text_token_price":3000,"cached_prompt_text_token_price":750,"prompt_image_token_price":0,"completion_text_token_price":5000,"search_price":250000000,"aliases":["grok-3-mini-latest","grok-3-mini-beta"]},{"id":"grok-2-vision-1212","fingerprint":"fp_daba7546e5","created":1733961600,"object":"model","owned_by":"xai","version":"0.1.0","input_modalities":["text","image"],"output_modalities":["text"],"prompt_text_token_price":20000,"prompt_image_token_price":20000,"completion_text_token_price":100000,"aliases":[]}]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getLanguageModel` (`GET /v1/language-models/{model_id}`): its answers, in order, and the requests it received.
        public var getLanguageModel: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, LanguageModel, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getLanguageModel", pathTemplate: "/v1/language-models/{model_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"latest","fingerprint":"fp_156d35dcaa","created":1743724800,"object":"model","owned_by":"xai","version":"1.0.0","input_modalities":["text"],"output_modalities":["text"],"prompt_text_token_price":20000,"cached_prompt_text_token_price":0,"prompt_image_token_price":0,"completion_text_token_price":100000,"aliases":["grok-4","grok-4-latest"]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createMessages` (`POST /v1/messages`): its answers, in order, and the requests it received.
        @available(*, deprecated, message: "xAI's Anthropic-compatible API is deprecated: use createResponse (POST /v1/responses).")
        public var createMessages: GeneratedClientTesting.MockOperation<MessageRequest, MessageResponse, MessageStreamEvent> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createMessages", pathTemplate: "/v1/messages",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"4f224bfb-9d53-4c82-b40a-b7cd80831ec2","type":"message","role":"assistant","content":[{"type":"text","text":"Hello there! \"Hello, world\" is a classic, isn't it? Whether you're just saying hi or channeling your inner coder, I'm happy to greet you back"}],"model":"latest","stop_reason":"max_tokens","stop_sequence":null,"usage":{"input_tokens":9,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":32}}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createMessages") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listModels` (`GET /v1/models`): its answers, in order, and the requests it received.
        public var listModels: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListModelsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listModels", pathTemplate: "/v1/models",
                examples: [
                    .init(name: "example", status: 200, json: #"{"data":[{"id":"grok-4-0709","created":1752019200,"object":"model","owned_by":"xai"},{"id":"grok-code-fast-1","created":1755993600,"object":"model","owned_by":"xai"},{"id":"grok-3","created":1743724800,"object":"model","owned_by":"xai"},{"id":"grok-3-mini","created":1743724800,"object":"model","owned_by":"xai"},{"id":"grok-2-image-1212","created":1736726400,"object":"model","owned_by":"xai"},{"id":"grok-2-vision-1212","created":1733961600,"object":"model","owned_by":"xai"}],"object":"list"}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getModel` (`GET /v1/models/{model_id}`): its answers, in order, and the requests it received.
        public var getModel: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Model, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getModel", pathTemplate: "/v1/models/{model_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"latest","created":1743724800,"object":"model","owned_by":"xai"}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createResponse` (`POST /v1/responses`): its answers, in order, and the requests it received.
        public var createResponse: GeneratedClientTesting.MockOperation<ModelRequest, ModelResponse, ResponseStreamEvent> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createResponse", pathTemplate: "/v1/responses",
                examples: [
                    .init(name: "example", status: 200, json: #"{"created_at":1754475266,"id":"ad5663da-63e6-86c6-e0be-ff15effa8357","max_output_tokens":null,"model":"latest","object":"response","output":[{"content":[{"type":"output_text","text":"101 multiplied by 3 is 303.","logprobs":null,"annotations":[]}],"id":"msg_ad5663da-63e6-86c6-e0be-ff15effa8357","role":"assistant","type":"message","status":"completed"}],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":null,"temperature":null,"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_p":null,"usage":{"input_tokens":32,"input_tokens_details":{"cached_tokens":8},"output_tokens":9,"output_tokens_details":{"reasoning_tokens":110},"total_tokens":151,"num_sources_used":0,"num_server_side_tools_used":0},"user":null,"incomplete_details":null,"status":"completed","store":true}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createResponse") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getResponse` (`GET /v1/responses/{response_id}`): its answers, in order, and the requests it received.
        public var getResponse: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ModelResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getResponse", pathTemplate: "/v1/responses/{response_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"created_at":1754475266,"id":"ad5663da-63e6-86c6-e0be-ff15effa8357","max_output_tokens":null,"model":"latest","object":"response","output":[{"content":[{"type":"output_text","text":"101 multiplied by 3 is 303.","logprobs":null,"annotations":[]}],"id":"msg_ad5663da-63e6-86c6-e0be-ff15effa8357","role":"assistant","type":"message","status":"completed"},{"id":"","summary":[{"text":"First, the user asked: \"What is 101*3?\"\n\nThis is a simple multiplication: 101 multiplied by 3.\n\nCalculating: 100 * 3 = 300, and 1 * 3 = 3, so 300 + 3 = 303.\n\nI should respond helpfully and directly, as per my system prompt: \"You are a helpful assistant that can answer questions and help with tasks.\"\n\nKeep the response concise and accurate. No need for extra fluff unless it adds value.\n\nFinal answer: 303.","type":"summary_text"}],"type":"reasoning","status":"completed"}],"parallel_tool_calls":true,"previous_response_id":null,"reasoning":null,"temperature":null,"text":{"format":{"type":"text"}},"tool_choice":"auto","tools":[],"top_p":null,"usage":{"prompt_tokens":32,"completion_tokens":9,"total_tokens":151,"prompt_tokens_details":{"text_tokens":32,"audio_tokens":0,"image_tokens":0,"cached_tokens":8},"completion_tokens_details":{"reasoning_tokens":110,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0},"num_sources_used":0},"user":null,"incomplete_details":null,"status":"completed","store":true}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `deleteResponse` (`DELETE /v1/responses/{response_id}`): its answers, in order, and the requests it received.
        public var deleteResponse: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, DeleteStoredCompletionResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "deleteResponse", pathTemplate: "/v1/responses/{response_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"ad5663da-63e6-86c6-e0be-ff15effa8357","object":"response","deleted":true}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `tokenizeText` (`POST /v1/tokenize-text`): its answers, in order, and the requests it received.
        public var tokenizeText: GeneratedClientTesting.MockOperation<TokenizeRequest, TokenizeResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "tokenizeText", pathTemplate: "/v1/tokenize-text",
                examples: [
                    .init(name: "example", status: 200, json: #"{"token_ids":[{"token_id":13902,"string_token":"Hello","token_bytes":[72,101,108,108,111]},{"token_id":1749,"string_token":" world","token_bytes":[32,119,111,114,108,100]},{"token_id":161,"string_token":"!","token_bytes":[33]}]}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "tokenizeText") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listVideoGenerationModels` (`GET /v1/video-generation-models`): its answers, in order, and the requests it received.
        public var listVideoGenerationModels: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, ListVideoGenerationModelsResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listVideoGenerationModels", pathTemplate: "/v1/video-generation-models",
                examples: [
                    .init(name: "example", status: 200, json: #"{"models":[{"id":"grok-imagine-video","fingerprint":"fp_898ae9f31c","created":1743724800,"object":"model","owned_by":"xai","version":"1.0.0","input_modalities":["text","image"],"output_modalities":["video"],"aliases":[]}]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getVideoGenerationModel` (`GET /v1/video-generation-models/{model_id}`): its answers, in order, and the requests it received.
        public var getVideoGenerationModel: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, VideoGenerationModel, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getVideoGenerationModel", pathTemplate: "/v1/video-generation-models/{model_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"id":"grok-imagine-video","fingerprint":"fp_898ae9f31c","created":1743724800,"object":"model","owned_by":"xai","version":"1.0","input_modalities":["text","image"],"output_modalities":["video"],"aliases":[]}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `editVideo` (`POST /v1/videos/edits`): its answers, in order, and the requests it received.
        public var editVideo: GeneratedClientTesting.MockOperation<EditVideoRequest, StartDeferredResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "editVideo", pathTemplate: "/v1/videos/edits",
                examples: [
                    .init(name: "example", status: 200, json: #"{"request_id":"a3d1008e-4544-40d4-d075-11527e794e4a"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "editVideo") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `extendVideo` (`POST /v1/videos/extensions`): its answers, in order, and the requests it received.
        public var extendVideo: GeneratedClientTesting.MockOperation<ExtendVideoRequest, StartDeferredResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "extendVideo", pathTemplate: "/v1/videos/extensions",
                examples: [
                    .init(name: "example", status: 200, json: #"{"request_id":"a3d1008e-4544-40d4-d075-11527e794e4a"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "extendVideo") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `generateVideo` (`POST /v1/videos/generations`): its answers, in order, and the requests it received.
        public var generateVideo: GeneratedClientTesting.MockOperation<GenerateVideoRequest, StartDeferredResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "generateVideo", pathTemplate: "/v1/videos/generations",
                examples: [
                    .init(name: "example", status: 200, json: #"{"request_id":"a3d1008e-4544-40d4-d075-11527e794e4a"}"#),
                ],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "generateVideo") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getVideo` (`GET /v1/videos/{request_id}`): its answers, in order, and the requests it received.
        public var getVideo: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, GetVideoOutput, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getVideo", pathTemplate: "/v1/videos/{request_id}",
                examples: [
                    .init(name: "example", status: 200, json: #"{"status":"done","video":{"url":"https://vidgen.x.ai/xai-vidgen-bucket/xai-video-{request_id}.mp4","duration":6,"respect_moderation":true},"model":"grok-imagine-video"}"#),
                ],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                switch value {
                case .ok(let payload): return try .json(payload, status: 200, headers: headers)
                case .accepted: return .empty(status: 202, headers: headers)
                }
            }
        }

        /// `compactResponse` (`POST /v1/responses/compact`): its answers, in order, and the requests it received.
        public var compactResponse: GeneratedClientTesting.MockOperation<CompactRequest, CompactResponse, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "compactResponse", pathTemplate: "/v1/responses/compact",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "compactResponse") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listBatches` (`GET /v1/batches`): its answers, in order, and the requests it received.
        public var listBatches: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, BatchList, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatches", pathTemplate: "/v1/batches",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createBatch` (`POST /v1/batches`): its answers, in order, and the requests it received.
        public var createBatch: GeneratedClientTesting.MockOperation<CreateBatchRequest, Batch, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createBatch", pathTemplate: "/v1/batches",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createBatch") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getBatch` (`GET /v1/batches/{batch_id}`): its answers, in order, and the requests it received.
        public var getBatch: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Batch, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getBatch", pathTemplate: "/v1/batches/{batch_id}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `listBatchRequests` (`GET /v1/batches/{batch_id}/requests`): its answers, in order, and the requests it received.
        public var listBatchRequests: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, BatchRequestMetadataList, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatchRequests", pathTemplate: "/v1/batches/{batch_id}/requests",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `addBatchRequests` (`POST /v1/batches/{batch_id}/requests`): its answers, in order, and the requests it received.
        public var addBatchRequests: GeneratedClientTesting.MockOperation<AddBatchRequestsRequest, Swift.Void, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "addBatchRequests", pathTemplate: "/v1/batches/{batch_id}/requests",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "addBatchRequests") }
            ) { value, headers in
                .empty(status: 200, headers: headers)
            }
        }

        /// `listBatchResults` (`GET /v1/batches/{batch_id}/results`): its answers, in order, and the requests it received.
        public var listBatchResults: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, BatchResultList, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listBatchResults", pathTemplate: "/v1/batches/{batch_id}/results",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `cancelBatch` (`POST /v1/batches/{batch_id}:cancel`): its answers, in order, and the requests it received.
        public var cancelBatch: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Batch, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "cancelBatch", pathTemplate: "/v1/batches/{batch_id}:cancel",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createSpeech` (`POST /v1/tts`): its answers, in order, and the requests it received.
        public var createSpeech: GeneratedClientTesting.MockOperation<SpeechRequest, Foundation.Data, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createSpeech", pathTemplate: "/v1/tts",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createSpeech") }
            ) { value, headers in
                .bytes(value, status: 200, headers: headers)
            }
        }

        /// `listVoices` (`GET /v1/tts/voices`): its answers, in order, and the requests it received.
        public var listVoices: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, VoiceList, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "listVoices", pathTemplate: "/v1/tts/voices",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `getVoice` (`GET /v1/tts/voices/{voice_id}`): its answers, in order, and the requests it received.
        public var getVoice: GeneratedClientTesting.MockOperation<GeneratedClientTesting.NoBody, Voice, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "getVoice", pathTemplate: "/v1/tts/voices/{voice_id}",
                examples: [],
                readBody: { _ in GeneratedClientTesting.NoBody() }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `createRealtimeClientSecret` (`POST /v1/realtime/client_secrets`): its answers, in order, and the requests it received.
        public var createRealtimeClientSecret: GeneratedClientTesting.MockOperation<ClientSecretRequest, ClientSecret, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "createRealtimeClientSecret", pathTemplate: "/v1/realtime/client_secrets",
                examples: [],
                readBody: { try GeneratedClientTesting.RecordedBody.json($0, operationID: "createRealtimeClientSecret") }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }

        /// `transcribeAudio` (`POST /v1/stt`): its answers, in order, and the requests it received.
        public var transcribeAudio: GeneratedClientTesting.MockOperation<Foundation.Data, Transcription, GeneratedClientTesting.NoEvents> {
            GeneratedClientTesting.MockOperation(
                transport: transport, operationID: "transcribeAudio", pathTemplate: "/v1/stt",
                examples: [],
                readBody: { $0 }
            ) { value, headers in
                try .json(value, status: 200, headers: headers)
            }
        }
    }
}
