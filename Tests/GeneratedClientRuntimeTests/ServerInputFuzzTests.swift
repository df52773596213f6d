import Foundation
import Testing
@_spi(Fuzzing) import GeneratedClientRuntime

/// Every input in `FuzzRegressions/` (real streams, error bodies and header values, and anything
/// `make fuzz` ever crashed on) goes through the runtime's parsers of server input again.
@Suite struct ServerInputFuzzTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions").path
    static let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test func theRegressionFolderHoldsTheSeeds() {
        let seeds: Set = [
            "error-body-odd-types.txt", "headers-date-and-int-max.txt", "headers-hostile-numbers.txt",
            "sse-bad-fields.txt", "sse-crlf-utf8-error-done.txt",
        ]
        #expect(seeds.isSubset(of: Set(Self.inputs)), "FuzzRegressions/ lost its seed inputs")
    }

    @Test(arguments: inputs)
    func replays(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        #expect(!bytes.isEmpty)
        ServerInput.parse(bytes)
    }
}
