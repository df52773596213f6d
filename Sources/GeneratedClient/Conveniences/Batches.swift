@_spi(Generated) import GeneratedClientRuntime
import Foundation

extension XAIClient {
    /// Adds chat completions to a batch, each under your id (`batch_request_id`), which its result
    /// carries back.
    public func addChatRequests(_ requests: [(id: String, request: ChatRequest)], toBatch batchID: String) async throws {
        let items = requests.map { BatchRequest(batchRequestID: $0.id, batchRequest: BatchRequestBody(chatGetCompletion: $0.request)) }
        try await addBatchRequests(batchID: batchID, body: AddBatchRequestsRequest(batchRequests: items))
    }

    /// Polls `getBatch` until no request is pending (`state.num_pending == 0`), waiting
    /// `polling.interval` between calls and giving up after `polling.timeout`, as the other
    /// `…WhenReady` methods do.
    public func waitUntilDone(batchID: String, polling: PollingPolicy = .default) async throws -> Batch {
        try await client.poll(polling, operationID: "getBatch") {
            let batch = try await self.getBatch(batchID: batchID)
            return (batch.state?.numPending ?? 0) == 0 ? batch : nil
        }
    }

    /// Every result of a batch, fetched a page at a time as you iterate, following
    /// `pagination_token` until a page comes without one (the generated `listBatchResultsPages`).
    public func batchResults(batchID: String, pageSize: Int32? = nil) -> Pages<BatchResultList, BatchResult> {
        listBatchResultsPages(batchID: batchID, limit: pageSize)
    }
}

extension BatchResult {
    /// The chat completion this request produced; nil when it failed (`errorMessage` says why).
    public var chatCompletion: ChatResponse? { batchResult?.response?.chatGetCompletion }
}
