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
    /// `pagination_token` until a page comes without one.
    public func batchResults(batchID: String, pageSize: Int32? = nil) -> BatchResults {
        BatchResults(client: self, batchID: batchID, pageSize: pageSize)
    }
}

/// The results of a batch as an `AsyncSequence`: `for try await result in xai.batchResults(batchID: id)`.
/// Each page is requested only when the previous one has been consumed.
public struct BatchResults: AsyncSequence, Sendable {
    public typealias Element = BatchResult
    let client: XAIClient
    let batchID: String
    let pageSize: Int32?

    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, batchID: batchID, pageSize: pageSize)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let client: XAIClient
        let batchID: String
        let pageSize: Int32?
        var buffer: [BatchResult] = []
        var token: String?
        var finished = false

        init(client: XAIClient, batchID: String, pageSize: Int32?) {
            self.client = client
            self.batchID = batchID
            self.pageSize = pageSize
        }

        public mutating func next() async throws -> BatchResult? {
            while buffer.isEmpty {
                if finished { return nil }
                let page = try await client.listBatchResults(batchID: batchID, limit: pageSize, paginationToken: token)
                buffer = page.results
                token = page.paginationToken.flatMap { $0.isEmpty ? nil : $0 }
                finished = token == nil
            }
            return buffer.removeFirst()
        }
    }
}

extension BatchResult {
    /// The chat completion this request produced; nil when it failed (`errorMessage` says why).
    public var chatCompletion: ChatResponse? { batchResult?.response?.chatGetCompletion }
}
