import HTTPTypes
import Testing

@_spi(Generated) @testable import GeneratedClientRuntime

@Suite struct RetryPolicyTests {
    @Test func defaultsMatchTheDocumentation() {
        let policy = RetryPolicy.default
        #expect(policy.maxRetries == 2)
        #expect(policy.initialBackoff == .milliseconds(500))
        #expect(policy.maxBackoff == .seconds(8))
        #expect(policy.retryableStatuses == [408, 409, 429, 500, 502, 503, 504])
        #expect(policy.unprocessedStatuses == [408, 429, 503])
        #expect(!policy.retriesAfterPossibleProcessing)
        #expect(RetryPolicy.none.maxRetries == 0)
    }

    /// The exact table: which statuses each method retries by default.
    @Test func statusesAPostMayRetryAreOnlyThoseTheServerDidNotProcess() {
        let policy = RetryPolicy.default
        let statuses = [400, 401, 404, 408, 409, 429, 500, 502, 503, 504]
        #expect(statuses.filter { policy.retries(status: $0, method: .post) } == [408, 429, 503])
        #expect(statuses.filter { policy.retries(status: $0, method: .get) } == [408, 409, 429, 500, 502, 503, 504])
        var optedIn = policy
        optedIn.retriesAfterPossibleProcessing = true
        #expect(statuses.filter { optedIn.retries(status: $0, method: .post) } == [408, 409, 429, 500, 502, 503, 504])
    }

    @Test func transportFailuresAfterSendingAreRetriedOnlyForIdempotentMethods() {
        let policy = RetryPolicy.default
        #expect(policy.retries(.beforeSending, method: .post))
        #expect(!policy.retries(.afterSending, method: .post))
        #expect(!policy.retries(.afterSending, method: .patch))
        #expect(policy.retries(.afterSending, method: .get))
        #expect(policy.retries(.afterSending, method: .delete))
    }
}

@Suite struct BackoffTests {
    @Test func exponentialWithJitterAndACap() {
        let policy = RetryPolicy.default
        for _ in 0..<50 {
            let first = policy.delay(forRetry: 1, serverSuggested: nil)
            #expect(first >= .milliseconds(250) && first <= .milliseconds(500))
            let second = policy.delay(forRetry: 2, serverSuggested: nil)
            #expect(second >= .milliseconds(500) && second <= .seconds(1))
            let late = policy.delay(forRetry: 12, serverSuggested: nil)
            #expect(late >= .seconds(4) && late <= .seconds(8))
        }
    }

    @Test func serverSuggestionWinsWithinTheCapElseBackoff() {
        let policy = RetryPolicy.default
        #expect(policy.delay(forRetry: 1, serverSuggested: .seconds(3)) == .seconds(3))
        #expect(policy.delay(forRetry: 1, serverSuggested: .zero) == .zero)
        let tooLong = policy.delay(forRetry: 1, serverSuggested: .seconds(120))
        #expect(tooLong >= .milliseconds(250) && tooLong <= .milliseconds(500))
    }
}
