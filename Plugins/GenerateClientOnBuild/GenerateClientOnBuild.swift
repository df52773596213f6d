import Foundation
import PackagePlugin

/// Generates a target's client on every build from the `openapi.{yaml,yml,json}` in its folder
/// (with `openapi-overlay.*` and `generator.*` when present), into the plugin's work directory:
/// for teams that do not commit generated code. A build plugin names its outputs before it runs,
/// so the generator writes its fixed set of three files (`--fixed-files`).
@main
struct GenerateClientOnBuild: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        guard let inputs = ClientInputs(in: target.directoryURL) else {
            Diagnostics.error("\(target.name): no openapi.yaml, openapi.yml or openapi.json in \(target.directoryURL.path)")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        return [.buildCommand(
            displayName: "Generating the \(target.name) client from \(inputs.spec.lastPathComponent)",
            executable: try context.tool(named: "Generator").url,
            arguments: inputs.arguments(output: output, clientName: target.name + "Client") + ["--fixed-files"],
            inputFiles: inputs.documentFiles,
            outputFiles: ["Client.swift", "Types.swift", "Operations.swift"].map { output.appendingPathComponent($0) }
        )]
    }
}
