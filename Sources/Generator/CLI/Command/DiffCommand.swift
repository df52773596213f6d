import ArgumentParser
import ClientModel
import ClientPlan
import Foundation
import OpenAPIReading
import SpecDiff
import SwiftRendering

extension ChangeReport.Format: ExpressibleByArgument {}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reports what changed in the API between two OpenAPI documents, breaking or not.",
        discussion: "Rules: docs/api-diff.md. Exit status 1 with --fail-on-breaking when a change is breaking."
    )

    @Argument(help: "The old document (JSON or YAML).")
    var old: String

    @Argument(help: "The new document (JSON or YAML).")
    var new: String

    @Option(help: "An overlay applied to both documents.")
    var overlay: String?

    @Option(help: "An overlay for the old document only (instead of --overlay).")
    var oldOverlay: String?

    @Option(help: "An overlay for the new document only (instead of --overlay).")
    var newOverlay: String?

    @Option(help: "text, markdown or json.")
    var format: ChangeReport.Format = .text

    @Flag(help: "Exit with status 1 when any change is breaking.")
    var failOnBreaking = false

    func run() throws {
        let diagnostics = Diagnostics()
        guard let changes = compare(diagnostics) else {
            report(diagnostics)
            throw ExitCode.failure
        }
        print(ChangeReport.render(changes, as: format), terminator: "")
        if failOnBreaking, changes.contains(where: \.breaking) { throw ExitCode.failure }
    }

    /// The changes, or nil after recording why the documents could not be read.
    private func compare(_ diagnostics: Diagnostics) -> [APIChange]? {
        let pipeline = Pipeline(diagnostics: diagnostics)
        do {
            let before = try pipeline.readDocument(spec: old, overlay: oldOverlay ?? overlay)
            let after = try pipeline.readDocument(spec: new, overlay: newOverlay ?? overlay)
            return try SpecDiffer(old: before, new: after, diagnostics: diagnostics).changes()
        } catch {
            diagnostics.emit(error)
            return nil
        }
    }
}
