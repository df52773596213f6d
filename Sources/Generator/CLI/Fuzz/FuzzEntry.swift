import ClientModel
import ClientPlan
import OpenAPIReading
import SpecDiff
import SwiftRendering

#if FUZZING
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver, called from our own entry point: SwiftPM already names the executable's main.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The fuzzing build's entry point (`make fuzz`): hands control to libFuzzer.
@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
    }
}

/// libFuzzer also looks the callback up by this name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOneInput(data, size)
}

/// One input: the bytes are a document (JSON or YAML by their first character) that goes through
/// loading, reading, modelling and naming, and is applied to itself as an overlay. Any outcome but a
/// crash is fine: diagnostics are the expected answer to bad input.
private func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let diagnostics = Diagnostics()
    let file = diagnostics.register(file: "fuzz")
    do {
        let root = try DocumentLoader.parse(bytes, file: file, path: "fuzz")
        _ = try? OverlayApplier.apply(root, to: root)
        let model = try Pipeline(diagnostics: diagnostics).model(root: root)
        _ = NameTable.assign(model, clientName: "Client")
    } catch {
        _ = diagnostics.format(error)
    }
    return 0
}
#endif
