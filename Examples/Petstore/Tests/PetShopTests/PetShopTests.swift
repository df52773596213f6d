import Foundation
import PetShop
import PetstoreTesting
import Testing

/// `PetShop` tested on `PetstoreClient.Mock`: no network, no server, no HTTP in the test.
@Suite struct PetShopTests {
    @Test func catNamesComeFromTheDocumentsExampleAndAskForTheLimit() async throws {
        let mock = try PetstoreClient.Mock()
        try mock.listPets.returnsExample("twoPets")
        #expect(try await PetShop(client: mock.client).catNames(limit: 5) == ["Tom"])
        #expect(mock.listPets.requests.map { $0.queryValues("limit") } == [["5"]])
    }

    @Test func adoptingSendsTheNewPetAndSurvivesARateLimit() async throws {
        let mock = try PetstoreClient.Mock()
        mock.createPet.answers(.rateLimited(retryAfter: 0))
        try mock.createPet.returns(Pet(name: "Tom", kind: .cat(.init(indoor: true)), id: "7"))
        #expect(try await PetShop(client: mock.client).adoptIndoorCat(named: "Tom") == "7")
        #expect(try mock.createPet.requests.map { try $0.body } == [.indoorCat(named: "Tom"), .indoorCat(named: "Tom")])
        #expect(mock.createPet.requests.last?.header("X-API-Key") == "mock-api-key")
    }

    @Test func aServerErrorReachesTheCallerTyped() async throws {
        let mock = try PetstoreClient.Mock()
        mock.createPet.answers(.serverError())
        await #expect(throws: APIClientError.self) { try await PetShop(client: mock.client).adoptIndoorCat(named: "Tom") }
        #expect(mock.createPet.requests.count == 1)
    }
}
