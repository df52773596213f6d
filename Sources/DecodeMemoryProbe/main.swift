// Measures the peak resident memory of decoding one response body, for DecodingMemoryTests and
// docs/decoding-performance.md. Run as its own process so nothing else shares the high-water mark:
//
//     decode-memory-probe SHAPE MEGABYTES    (SHAPE: dense | nested | numbers | strings | objects)
//
// Prints one line: `shape=dense body=209715200 peak=627000000 ratio=2.99`, where peak is the
// resident memory at its highest while decoding, above what the process held before the body
// existed (so the body itself counts), and ratio is peak / body. The type decoded into reads nothing,
// so the figure is the decoder's own cost: a decoded value's own size comes on top.
import Foundation
@_spi(Measuring) import GeneratedClientRuntime

/// Reads no member: what remains is parsing the whole document, which every decode does.
struct Nothing: Decodable {
    init(from decoder: any Decoder) throws {}
}

func status(_ field: String) -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
          let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else {
        fatalError("no \(field) in /proc/self/status")
    }
    return kilobytes * 1024
}

/// A body of about `size` bytes of one JSON shape, collected in 64 KiB chunks as the client collects
/// a response body.
func body(_ shape: String, size: Int) -> (AnyObject, count: Int) {
    var bytes = [UInt8]()
    bytes.reserveCapacity(size + 64)
    func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    switch shape {
    case "dense":
        append("[1")
        while bytes.count < size - 2 { append(",1") }
        append("]")
    case "nested":
        append("[[1]")
        while bytes.count < size - 4 { append(",[1]") }
        append("]")
    case "numbers":
        append("[12345")
        while bytes.count < size - 8 { append(",12345") }
        append("]")
    case "strings":
        append("[\"" + String(repeating: "a", count: 1000) + "\"")
        while bytes.count < size - 1010 { append(",\"" + String(repeating: "a", count: 1000) + "\"") }
        append("]")
    case "objects":
        append("[{\"id\":\"m1\",\"n\":1,\"ok\":true}")
        while bytes.count < size - 40 { append(",{\"id\":\"m1\",\"n\":1,\"ok\":true}") }
        append("]")
    default:
        fatalError("unknown shape \(shape)")
    }
    let chunks = stride(from: 0, to: bytes.count, by: 1 << 16).lazy.map { bytes[$0..<min(bytes.count, $0 + (1 << 16))] }
    return (DecodingProbe.collect(chunks), bytes.count)
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let megabytes = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: decode-memory-probe dense|nested|numbers|strings|objects MEGABYTES\n".utf8))
    exit(2)
}
let before = status("VmRSS")
let (data, count) = body(arguments[1], size: megabytes << 20)
// Start the high-water mark afresh: building the body had peaks of its own.
try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
_ = try DecodingProbe.decode(Nothing.self, body: data)
let peak = status("VmHWM") - before
print("shape=\(arguments[1]) body=\(count) peak=\(peak) ratio=\(String(format: "%.2f", Double(peak) / Double(count)))")
