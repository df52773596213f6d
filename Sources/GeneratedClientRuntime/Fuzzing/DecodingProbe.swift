import Foundation

/// What `DecodeMemoryProbe` measures: a body collected the way `APIClient` collects one (into
/// `JSONBytes`, in chunks), then decoded in place as `Response.decode` does.
@_spi(Measuring) public enum DecodingProbe {
    /// Collects `chunks` as the client does; returns an opaque body to pass to `decode`.
    public static func collect(_ chunks: some Sequence<ArraySlice<UInt8>>) -> AnyObject {
        let bytes = JSONBytes(capacity: 0)
        for chunk in chunks { bytes.append(chunk) }
        return bytes
    }

    /// Decodes a body made by `collect`, as a response body is decoded.
    public static func decode<T: Decodable>(_ type: T.Type, body: AnyObject) throws -> T {
        let bytes = body as! JSONBytes
        return try JSONCoding.decodeReporting(type, from: bytes.data(), mode: .strict, storage: bytes).value
    }
}
