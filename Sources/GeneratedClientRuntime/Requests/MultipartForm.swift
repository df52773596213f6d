import Foundation
import OpenAPIRuntime

/// A `multipart/form-data` body. Text fields are written first and files last, because servers that
/// stream uploads (xAI's among them) read the metadata fields before the file.
@_spi(Generated) public struct MultipartForm: Sendable {
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
        // A content type is written into the part's header: CR or LF would forge headers.
        guard !file.contentType.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw APIClientError.invalidRequest("the content type of '\(file.filename)' contains a line break")
        }
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
        fields.append((name, String(decoding: try APIClient.Request.encode(value, describing: "form field '\(name)'"), as: UTF8.self)))
    }

    /// The encoded form, read as the transport sends it: a file on disk is read one chunk at a time
    /// when the transport asks for the next, so memory stays flat however large the file, and a slow
    /// connection slows the reading. The body can be iterated again, so a retry can resend it.
    public func body() -> HTTPBody {
        var pieces: [MultipartPieces.Piece] = []
        for field in fields {
            let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(field.name))\"\r\n\r\n"
            pieces.append(.bytes(Array((head + field.value + "\r\n").utf8)))
        }
        for (name, file) in files {
            let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(file.filename))\"\r\nContent-Type: \(file.contentType)\r\n\r\n"
            pieces.append(.bytes(Array(head.utf8)))
            switch file.source {
            case .data(let data): pieces.append(.bytes(Array(data)))
            case .file(let url): pieces.append(.file(url))
            }
            pieces.append(.bytes(Array("\r\n".utf8)))
        }
        pieces.append(.bytes(Array("--\(boundary)--\r\n".utf8)))
        let sequence = MultipartPieces(pieces: pieces)
        return HTTPBody(sequence, length: sequence.length.map { .known(Int64($0)) } ?? .unknown, iterationBehavior: .multiple)
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "")
    }
}

/// The bytes of a multipart body, produced on demand: each `next()` returns the next header or the
/// next chunk of a file, so nothing is read ahead of the transport.
struct MultipartPieces: AsyncSequence, Sendable {
    enum Piece: Sendable {
        case bytes([UInt8])
        case file(URL)
    }

    typealias Element = ArraySlice<UInt8>
    let pieces: [Piece]

    /// The total size when every file's size can be read, so the body is sent with a Content-Length.
    var length: Int? {
        var total = 0
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): total += bytes.count
            case .file(let url):
                guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber else { return nil }
                total += size.intValue
            }
        }
        return total
    }

    func makeAsyncIterator() -> Iterator { Iterator(remaining: pieces[...]) }

    struct Iterator: AsyncIteratorProtocol {
        var remaining: ArraySlice<Piece>
        var file: FileHandle?

        mutating func next() async throws -> ArraySlice<UInt8>? {
            while true {
                try Task.checkCancellation()
                if let handle = file {
                    if let chunk = try handle.read(upToCount: MultipartForm.chunkSize), !chunk.isEmpty {
                        return ArraySlice(chunk)
                    }
                    try? handle.close()
                    file = nil
                }
                guard let piece = remaining.popFirst() else { return nil }
                switch piece {
                case .bytes(let bytes): return bytes[...]
                case .file(let url): file = try FileHandle(forReadingFrom: url)
                }
            }
        }
    }
}

/// An `application/x-www-form-urlencoded` body.
@_spi(Generated) public struct FormURLEncoded: Sendable {
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
        pairs.append((name, String(decoding: try APIClient.Request.encode(value, describing: "form field '\(name)'"), as: UTF8.self)))
    }

    /// An object or array written by its OpenAPI `style` and `explode` (`deepObject`:
    /// `address[city]=…`; `form` exploded: one pair per member or element), as `SerializationStyle` does.
    public mutating func append(_ name: String, _ value: (some Encodable)?, style: String, explode: Bool) throws {
        guard let value else { return }
        let json: JSONValue
        do {
            json = try JSONValue(encoding: value)
        } catch {
            throw APIClientError.invalidRequest("form field '\(name)' cannot be encoded: \(error)")
        }
        pairs += SerializationStyle.pairs(name, json, style: style, explode: explode)
    }

    public var encoded: String {
        pairs.map { PathEncoding.escape($0.0) + "=" + PathEncoding.escape($0.1) }.joined(separator: "&")
    }
}
