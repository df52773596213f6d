@_spi(Generated) import GeneratedClientRuntime
import Foundation
import Testing
import XAI

/// The generated `…Pages` methods follow the server's tokens over real HTTP: the mock serves a
/// batch's results on two pages joined by `pagination_token` (`mock_fixtures.py`) and logs every
/// request it received.
@Suite struct PagesTests {
    @Test func theItemsOfEveryPageArriveInOrderFollowingTheToken() async throws {
        let key = UUID().uuidString
        let client = try LiveServerTests.client(headers: ["x-mock-fault-key": key])
        var ids: [String] = []
        for try await result in client.listBatchResultsPages(batchID: "batch_5a1c0e2d", limit: 2) {
            ids.append(result.batchRequestID)
        }
        #expect(ids == ["q1", "q2", "q3", "q4"])
        let log = try await client.client.send(.get, "/__mock/log", query: [("key", key)], decoding: JSONValue.self)
        guard case .array(let requests)? = log.value["requests"] else { throw APIClientError.invalidRequest("no log") }
        #expect(requests.map { $0["path"] } == [
            .string("/v1/batches/batch_5a1c0e2d/results?limit=2"),
            .string("/v1/batches/batch_5a1c0e2d/results?limit=2&pagination_token=page-2"),
        ])
    }

    @Test func thePagesThemselvesAndAListOfOnePage() async throws {
        let client = try LiveServerTests.client()
        var sizes: [Int] = []
        for try await page in client.listBatchResultsPages(batchID: "batch_5a1c0e2d").pages { sizes.append(page.results.count) }
        #expect(sizes == [2, 2])
        var batches = 0
        for try await _ in client.listBatchesPages() { batches += 1 }
        #expect(batches == 1)
    }

    @Test func aPageThatGivesBackItsOwnTokenThrowsInsteadOfLooping() async throws {
        let fetched = Counter()
        let pages = Pages<[String: String], String>(operationID: "listThings", items: { Array($0.keys) }, nextToken: { $0["next"] }) { token in
            fetched.add()
            return ["next": "same", "item\(token ?? "-first")": ""]
        }
        var items: [String] = []
        await #expect {
            for try await item in pages { items.append(item) }
        } throws: { error in
            guard case APIClientError.decoding(let failure) = error else { return false }
            return failure.operationID == "listThings" && failure.reason.contains("gave back the token it was fetched with ('same')")
        }
        #expect(fetched.value == 2)
        #expect(items.sorted() == ["item-first", "next"])
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
