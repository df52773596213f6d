import Foundation
import OpenAPIRuntime

/// A `multipart/form-data` body. Text fields are written first and files last, because servers that
/// stream uploads (xAI's among them) read the metadata fields before the file.
public struct MultipartForm: Sendable {
    public let boundary: String
    private var fields: [(name: String, value: String)] = []
    private var files: [(name: String, file: FileUpload)] = []
    /// Bytes read from disk per chunk when streaming a file.
    static let chunkSize = 64 * 1024

    public init(boundary: String = "swift-client-boundary-" + UUID().uuidString) {
        self.boundary = boundary
    }

    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    public mutating func append(_ name: String, _ value: (some ParameterValue)?) throws {
        guard let value else { return }
        fields.append((name, value.parameterText))
    }

    public mutating func append(_ name: String, _ file: FileUpload?) throws {
        guard let file else { return }
        files.append((name, file))
    }

    public mutating func append(_ name: String, _ data: Data?) throws {
        guard let data else { return }
        files.append((name, FileUpload(data: data, filename: name)))
    }

    /// Structured values are sent as JSON text.
    @_disfavoredOverload
    public mutating func append(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        fields.append((name, String(decoding: try JSONCoding.encode(value), as: UTF8.self)))
    }

    /// The encoded form, streamed: files on disk are read chunk by chunk as the transport sends them.
    public func body() -> HTTPBody {
        let boundary = boundary
        let fields = fields
        let files = files
        let stream = AsyncThrowingStream<ArraySlice<UInt8>, any Error> { continuation in
            let task = Task {
                do {
                    for field in fields {
                        let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(field.name))\"\r\n\r\n"
                        continuation.yield(ArraySlice((head + field.value + "\r\n").utf8))
                    }
                    for (name, file) in files {
                        let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(file.filename))\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
                        continuation.yield(ArraySlice(head.utf8))
                        switch file.source {
                        case .data(let data):
                            continuation.yield(ArraySlice(data))
                        case .file(let url):
                            let handle = try FileHandle(forReadingFrom: url)
                            defer { try? handle.close() }
                            while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
                                try Task.checkCancellation()
                                continuation.yield(ArraySlice(chunk))
                            }
                        }
                        continuation.yield(ArraySlice("\r\n".utf8))
                    }
                    continuation.yield(ArraySlice("--\(boundary)--\r\n".utf8))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return HTTPBody(stream, length: .unknown, iterationBehavior: .single)
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
    }
}

/// An `application/x-www-form-urlencoded` body.
public struct FormURLEncoded: Sendable {
    private var pairs: [(String, String)] = []

    public init() {}

    public mutating func append(_ name: String, _ value: (some ParameterValue)?) throws {
        guard let value else { return }
        pairs.append((name, value.parameterText))
    }

    public mutating func append(_ name: String, _ values: [some ParameterValue]?) throws {
        for value in values ?? [] { pairs.append((name, value.parameterText)) }
    }

    @_disfavoredOverload
    public mutating func append(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        pairs.append((name, String(decoding: try JSONCoding.encode(value), as: UTF8.self)))
    }

    public var encoded: String {
        pairs.map { PathEncoding.escape($0.0) + "=" + PathEncoding.escape($0.1) }.joined(separator: "&")
    }
}
