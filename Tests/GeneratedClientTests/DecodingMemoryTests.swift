import Foundation
import Testing

/// Decoding a body costs at most three times its size (the body itself, and the tape's word per value,
/// a value and its separator taking two bytes at least) plus a fixed few MiB, whatever the JSON's shape. Measured by
/// `DecodeMemoryProbe` in a process of its own, so no other test shares the high-water mark; the
/// type decoded into reads nothing, so what is measured is the decoder's own cost.
@Suite struct DecodingMemoryTests {
    static var probe: String { TestPaths.root + "/.build/debug/DecodeMemoryProbe" }

    @Test(arguments: ["dense", "nested", "numbers", "strings", "objects"])
    func peakMemoryIsAtMostThreeTimesTheBody(shape: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.probe) else { throw TestFailure("build DecodeMemoryProbe first (`swift build --build-tests`)") }
        let output = try ProcessRunner.run(Self.probe, [shape, "64"])
        #expect(output.status == 0, "\(output.text)")
        let fields = Dictionary(uniqueKeysWithValues: output.text.split(whereSeparator: \.isWhitespace).compactMap { field -> (String, String)? in
            let parts = field.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        })
        let body = try #require(fields["body"].flatMap { Int($0) })
        let peak = try #require(fields["peak"].flatMap { Int($0) })
        #expect(body > 60 << 20)
        #expect(peak <= 3 * body + 16 << 20, "\(output.text)")
    }
}
