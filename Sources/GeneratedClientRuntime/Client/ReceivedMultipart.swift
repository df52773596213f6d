import Foundation

/// One part of a `multipart/*` response body.
public struct ReceivedPart: Sendable, Hashable {
    /// The part's headers, names lowercased, in the order sent.
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(headers: [(name: String, value: String)], body: Data) {
        self.headers = headers
        self.body = body
    }

    /// The `name` of its `Content-Disposition` (the form field).
    public var name: String? { dispositionParameter("name") }
    /// The `filename` of its `Content-Disposition`.
    public var filename: String? { dispositionParameter("filename") }
    public var contentType: String? { header("content-type") }
    public var text: String { String(decoding: body, as: UTF8.self) }

    public func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }?.value
    }

    /// Decodes a JSON part.
    public func decode<T: Decodable>(_ type: T.Type, mode: DecodingMode = .tolerant) throws -> T {
        try JSONCoding.decode(type, from: body, mode: mode)
    }

    private func dispositionParameter(_ key: String) -> String? {
        guard let disposition = header("content-disposition") else { return nil }
        for parameter in disposition.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            return pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
        }
        return nil
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.body == rhs.body && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
    }

    public func hash(into hasher: inout Hasher) {
        for header in headers { hasher.combine(header.name); hasher.combine(header.value) }
        hasher.combine(body)
    }
}

extension APIClient.Response {
    /// Splits a `multipart/*` body into its parts by the boundary its `Content-Type` names
    /// (RFC 2046). A body without that boundary, or cut before the closing delimiter, is a
    /// decoding error rather than a partial list.
    public func multipartParts() throws -> [ReceivedPart] {
        guard let boundary = Self.boundary(in: headerFields[.contentType] ?? "") else {
            throw APIClientError.decoding(.init(operationID: operationID, type: "[ReceivedPart]", path: "(root)", reason: "a multipart response without a boundary in its Content-Type", requestID: requestID))
        }
        guard let parts = MultipartParser.parts(of: body, boundary: boundary) else {
            throw APIClientError.decoding(.init(operationID: operationID, type: "[ReceivedPart]", path: "(root)", reason: "a multipart response without its closing '--\(boundary)--'", requestID: requestID))
        }
        return parts
    }

    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

enum MultipartParser {
    /// The parts between `--boundary` lines, or nil when the closing delimiter is missing.
    static func parts(of body: Data, boundary: String) -> [ReceivedPart]? {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var index = 0
        while let found = find(delimiter, in: bytes, from: index) {
            // A delimiter starts the body or follows CRLF.
            if found == 0 || (found >= 2 && bytes[found - 2] == 13 && bytes[found - 1] == 10) { positions.append(found) }
            index = found + delimiter.count
        }
        var parts: [ReceivedPart] = []
        for (number, start) in positions.enumerated() {
            let afterDelimiter = start + delimiter.count
            if bytes[afterDelimiter...].starts(with: Array("--".utf8)) { return parts }
            guard number + 1 < positions.count else { return nil }
            // The part runs from the line after the delimiter to the CRLF before the next one.
            var partStart = afterDelimiter
            while partStart < bytes.count, bytes[partStart] != 10 { partStart += 1 }
            partStart += 1
            let partEnd = positions[number + 1] - 2
            guard partStart <= partEnd else { parts.append(ReceivedPart(headers: [], body: Data())); continue }
            parts.append(part(Array(bytes[partStart..<partEnd])))
        }
        return nil
    }

    private static func part(_ bytes: [UInt8]) -> ReceivedPart {
        let separator: [UInt8] = [13, 10, 13, 10]
        let headerEnd: Int
        let bodyStart: Int
        if bytes.starts(with: [13, 10]) {
            (headerEnd, bodyStart) = (0, 2)
        } else if let found = find(separator, in: bytes, from: 0) {
            (headerEnd, bodyStart) = (found, found + 4)
        } else {
            return ReceivedPart(headers: [], body: Data(bytes))
        }
        let headerText = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        let headers = headerText.components(separatedBy: "\r\n").compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].trimmingCharacters(in: .whitespaces).lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return ReceivedPart(headers: headers, body: Data(bytes[bodyStart...]))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
