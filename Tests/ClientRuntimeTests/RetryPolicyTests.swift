import ClientRuntime
import Testing

@Suite struct RetryPolicyTests {
    @Test func defaultsMatchTheDocumentation() {
        let policy = RetryPolicy.default
        #expect(policy.maxRetries == 2)
        #expect(policy.initialBackoff == .milliseconds(500))
        #expect(policy.maxBackoff == .seconds(8))
        #expect(policy.retryableStatuses.isSuperset(of: [408, 409, 429, 500, 502, 503, 504]))
        #expect(!policy.retryableStatuses.contains(400))
        #expect(!policy.retryableStatuses.contains(404))
        #expect(RetryPolicy.none.maxRetries == 0)
    }
}

@testable import ClientRuntime

@Suite struct BackoffTests {
    @Test func exponentialWithJitterAndACap() {
        let policy = RetryPolicy.default
        for _ in 0..<50 {
            let first = policy.delay(forRetry: 1, serverSuggested: nil)!
            #expect(first >= .milliseconds(250) && first <= .milliseconds(500))
            let second = policy.delay(forRetry: 2, serverSuggested: nil)!
            #expect(second >= .milliseconds(500) && second <= .seconds(1))
            let late = policy.delay(forRetry: 12, serverSuggested: nil)!
            #expect(late >= .seconds(4) && late <= .seconds(8))
        }
    }

    @Test func serverSuggestionWinsWithinTheCap() {
        let policy = RetryPolicy.default
        #expect(policy.delay(forRetry: 1, serverSuggested: .seconds(3)) == .seconds(3))
        #expect(policy.delay(forRetry: 1, serverSuggested: .seconds(120)) == nil)
    }
}
