// `make fuzz` builds this with -sanitize=fuzzer and -DFUZZING: libFuzzer drives `ServerInput.parse`.
// Built normally, it replays the files it is given, so a crash found by the fuzzer can be rerun by hand.
import Foundation
@_spi(Fuzzing) import GeneratedClientRuntime

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

private func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    ServerInput.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer also looks the callback up by this name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOneInput(data, size)
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
#else
for path in CommandLine.arguments.dropFirst() {
    ServerInput.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    print("parsed \(path)")
}
#endif
