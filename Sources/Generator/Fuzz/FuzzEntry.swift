#if FUZZING
/// libFuzzer entry point: the bytes are a document (JSON or YAML by their first character) that goes
/// through loading, reading, modelling and naming. Any outcome but a crash is fine; diagnostics are
/// the expected answer to bad input. Built by `make fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let diagnostics = Diagnostics()
    let file = diagnostics.register(file: "fuzz")
    do {
        let root = try DocumentLoader.parse(bytes, file: file, path: "fuzz")
        let model = try Pipeline(diagnostics: diagnostics).model(root: root)
        _ = NameAssigner.assign(model, clientName: "Client")
        // Overlays run on the same bytes, as if they were an overlay for themselves.
        _ = try? OverlayApplier.apply(root, to: root)
    } catch {
        _ = diagnostics.format(error)
    }
    return 0
}
#endif
