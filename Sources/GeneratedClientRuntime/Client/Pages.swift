import Foundation

/// The items of a paged list operation, as one `AsyncSequence`: `for try await item in
/// client.listThingsPages()`. Each page is requested only when the previous one's items have been
/// consumed, passing the token the previous page gave; the sequence ends after a page without one
/// (absent, null or empty). A page that hands back the token it was fetched with would loop for ever,
/// so it throws instead. Iterating again starts again from the first page.
public struct Pages<Page: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    let operationID: String
    let items: @Sendable (Page) -> [Item]
    let nextToken: @Sendable (Page) -> String?
    let fetch: @Sendable (String?) async throws -> Page

    public init(
        operationID: String, items: @escaping @Sendable (Page) -> [Item], nextToken: @escaping @Sendable (Page) -> String?,
        fetch: @escaping @Sendable (_ token: String?) async throws -> Page
    ) {
        self.operationID = operationID
        self.items = items
        self.nextToken = nextToken
        self.fetch = fetch
    }

    /// The pages themselves, for their other fields (counts, totals) or to handle one page at a time.
    public var pages: PageSequence { PageSequence(of: self) }

    public func makeAsyncIterator() -> Iterator { Iterator(pages: pages.makeAsyncIterator(), items: items) }

    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageSequence.Iterator
        let items: @Sendable (Page) -> [Item]
        var buffer: [Item] = []
        var position = 0

        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }

    /// Every page, each fetched as the previous one is consumed.
    public struct PageSequence: AsyncSequence, Sendable {
        public typealias Element = Page
        let list: Pages

        init(of list: Pages) { self.list = list }

        public func makeAsyncIterator() -> Iterator { Iterator(list: list) }

        public struct Iterator: AsyncIteratorProtocol {
            let list: Pages
            var token: String?
            var finished = false

            public mutating func next() async throws -> Page? {
                if finished { return nil }
                let page = try await list.fetch(token)
                let next = list.nextToken(page).flatMap { $0.isEmpty ? nil : $0 }
                if let next, next == token {
                    throw APIClientError.decoding(DecodingFailure(
                        operationID: list.operationID, type: String(describing: Page.self), path: "(next token)",
                        reason: "the page gave back the token it was fetched with ('\(next)'): following it would never end"))
                }
                token = next
                finished = next == nil
                return page
            }
        }
    }
}
