import Foundation
import HTTPTypes

extension APIClient {
    /// The escape hatch: calls a path the document does not have (an endpoint added since the client
    /// was generated) and decodes the answer as any `Decodable`, `JSONValue` when its shape is
    /// unknown. The call goes through everything a generated one does: the server URL, the API key,
    /// configured headers and query, middlewares, retries, limits, the timeout, logging and typed
    /// errors (`APIClientError.api` for an error status).
    ///
    /// ```swift
    /// let answer = try await xai.client.send(.get, "/v1/brand-new", query: [("limit", "5")], decoding: JSONValue.self)
    /// print(answer.value["data"], answer.requestID)
    /// ```
    public func send<Value: Decodable>(
        _ method: HTTPRequest.Method, _ path: String, query: [(name: String, value: String)] = [],
        headers: [String: String] = [:], decoding type: Value.Type
    ) async throws -> APIResponse<Value> {
        try await send(anyPath: method, path, query: query, headers: headers, body: nil as Data?, decoding: type)
    }

    /// The escape hatch with a JSON body: any `Encodable`, such as a dictionary of `JSONValue`s.
    public func send<Value: Decodable, Body: Encodable>(
        _ method: HTTPRequest.Method, _ path: String, query: [(name: String, value: String)] = [],
        headers: [String: String] = [:], body: Body, decoding type: Value.Type
    ) async throws -> APIResponse<Value> {
        try await send(anyPath: method, path, query: query, headers: headers, body: body, decoding: type)
    }

    private func send<Value: Decodable, Body: Encodable>(
        anyPath method: HTTPRequest.Method, _ path: String, query: [(name: String, value: String)],
        headers: [String: String], body: Body?, decoding type: Value.Type
    ) async throws -> APIResponse<Value> {
        guard path.hasPrefix("/") else { throw APIClientError.invalidRequest("'\(path)' must start with '/'") }
        guard !path.contains("?"), !path.contains("#") else {
            throw APIClientError.invalidRequest("'\(path)': pass query items in `query:`, not in the path")
        }
        var request = Request(method: method, path: path, operationID: "\(method.rawValue) \(path)")
        request.query = query
        for (name, value) in headers { request.setHeader(name, value) }
        if let body { try request.setJSONBody(body) }
        let response = try await send(request)
        return response.carrying(try response.decode(type))
    }
}
