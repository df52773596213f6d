import ClientModel
import ClientPlan
import OpenAPIReading
import SpecDiff
import SwiftRendering

/// What `generator --version` prints. Bumped with each release of this package.
enum GeneratorVersion {
    static let current = "0.9.0"
}
