import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-client [--target NAME]...`:
/// regenerates each target's client from the `openapi.{yaml,yml,json}` in its folder, applying
/// `openapi-overlay.{yaml,yml,json}` and `generator.{yaml,yml,json}` when they are there, and writes
/// the sources into the target's folder (the committed-code workflow), and the client's test kit
/// into a target named `<Target>Testing` when the package has one. Files without the
/// generator's header are the target's own and are never touched.
@main
struct GenerateClient: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let check = extractor.extractFlag(named: "check") > 0
        let candidates = try names.isEmpty ? context.package.targets : context.package.targets(named: names)
        let targets = candidates.compactMap { $0 as? SourceModuleTarget }.filter { ClientInputs(in: $0.directoryURL) != nil }
        guard !targets.isEmpty else {
            Diagnostics.error("no target has an openapi.yaml, openapi.yml or openapi.json in its folder")
            return
        }
        let generator = try context.tool(named: "Generator").url
        for target in targets {
            guard let inputs = ClientInputs(in: target.directoryURL) else { continue }
            var arguments = inputs.arguments(output: target.directoryURL, clientName: target.name + "Client")
            // A target named `<Target>Testing` receives the client's test kit (`Mock`).
            if let kit = context.package.targets.first(where: { $0.name == target.name + "Testing" }) as? SourceModuleTarget {
                arguments += ["--test-kit-output", kit.directoryURL.path]
            }
            if check { arguments.append("--check") }
            let process = Process()
            process.executableURL = generator
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                Diagnostics.error("generating \(target.name) failed (generator exit status \(process.terminationStatus))")
                return
            }
        }
    }
}
