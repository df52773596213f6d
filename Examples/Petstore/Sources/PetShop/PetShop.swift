import Petstore

/// The team's own code: what the shop shows, from the Petstore API.
public struct PetShop: Sendable {
    let client: PetstoreClient

    public init(client: PetstoreClient) {
        self.client = client
    }

    /// The names of the cats among the first `limit` pets.
    public func catNames(limit: Int = 10) async throws -> [String] {
        try await client.listPets(limit: limit).compactMap { pet in
            if case .cat = pet.kind { pet.name } else { nil }
        }
    }

    /// Adds an indoor cat and returns its id.
    public func adoptIndoorCat(named name: String) async throws -> String {
        try await client.createPet(.indoorCat(named: name)).id
    }
}
