// The client of this module is generated on every build by the GenerateClientOnBuild plugin from
// openapi.yaml; only this file is written by hand.
extension PetstoreOnBuildClient {
    /// The one line a caller needs: the server the document names and a key.
    public static func make(apiKey: String) throws -> PetstoreOnBuildClient {
        try PetstoreOnBuildClient(apiKey: apiKey)
    }
}
