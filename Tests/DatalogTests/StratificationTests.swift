import Testing
@testable import Datalog

@Suite struct StratificationTests {
    func strata(_ text: String, hosts: [RelationSignature] = []) throws -> [Stratum] {
        let result = ProgramChecker(hostRelations: hosts).check(source: text, file: "s.dl")
        return try result.get().strata
    }

    @Test func transitiveClosureIsOneRecursiveStratumAfterItsInput() throws {
        let result = try strata("""
            .decl edge(x: number, y: number)
            .decl path(x: number, y: number)
            edge(1, 2).
            path(x, y) :- edge(x, y).
            path(x, z) :- path(x, y), edge(y, z).
            .output path
            """)
        #expect(result == [
            Stratum(relations: ["edge"], ruleIndices: [0], isRecursive: false),
            Stratum(relations: ["path"], ruleIndices: [1, 2], isRecursive: true),
        ])
    }

    @Test func negationAndAggregatesReadEarlierStrata() throws {
        let result = try strata("""
            .decl node(x: number)
            .decl edge(x: number, y: number)
            .decl reach(x: number, y: number)
            .decl unreachable(x: number, y: number)
            .decl degree(x: number, n: number)
            .input node, edge
            unreachable(x, y) :- node(x), node(y), !reach(x, y).
            degree(x, n) :- node(x), n = count : { reach(x, _) }.
            reach(x, y) :- edge(x, y).
            reach(x, z) :- reach(x, y), edge(y, z).
            .output unreachable, degree
            """)
        let order = result.flatMap(\.relations)
        #expect(Set(order) == ["unreachable", "degree", "reach"])
        #expect(order.firstIndex(of: "reach")! < order.firstIndex(of: "unreachable")!)
        #expect(order.firstIndex(of: "reach")! < order.firstIndex(of: "degree")!)
        #expect(result.first { $0.relations == ["reach"] }?.isRecursive == true)
        #expect(result.first { $0.relations == ["degree"] }?.isRecursive == false)
    }

    @Test func mutualRecursionSharesAStratum() throws {
        let result = try strata("""
            .decl n(x: number)
            .decl even(x: number)
            .decl odd(x: number)
            n(0). n(1). n(2). n(3).
            even(0).
            odd(y) :- even(x), n(y), y = x + 1.
            even(y) :- odd(x), n(y), y = x + 1.
            .output even
            """)
        let mutual = try #require(result.first { $0.relations.count == 2 })
        #expect(Set(mutual.relations) == ["even", "odd"])
        #expect(mutual.ruleIndices == [4, 5, 6])
        #expect(mutual.isRecursive)
    }

    @Test func hostRelationsAreLeavesNotStrata() throws {
        let host = RelationSignature(name: "inhibits", columnNames: ["s", "o"], columnTypes: [.symbol, .symbol], location: nil)
        let result = try strata(".decl t(d: symbol)\nt(d) :- inhibits(d, _).\n.output t", hosts: [host])
        #expect(result == [Stratum(relations: ["t"], ruleIndices: [0], isRecursive: false)])
    }

    @Test func aLongChainDoesNotOverflowTheStack() throws {
        let count = 5_000
        var text = (0...count).map { ".decl r\($0)(x: number)" }.joined(separator: "\n")
        text += "\nr0(1).\n" + (1...count).map { "r\($0)(x) :- r\($0 - 1)(x)." }.joined(separator: "\n")
        text += "\nr0(x) :- r\(count)(x).\n.output r0"
        let result = try strata(text)
        #expect(result.count == 1)
        #expect(result[0].relations.count == count + 1)
        #expect(result[0].isRecursive)
    }

    @Test func everyUnstratifiedNegationIsNamedWithItsCycle() {
        let result = ProgramChecker().check(source: """
            .decl p(x: number)
            .decl q(x: number)
            .decl base(x: number)
            base(1).
            p(x) :- base(x), !q(x).
            q(x) :- base(x), !p(x).
            .output p
            """, file: "s.dl")
        guard case .failure(let list) = result else { Issue.record("expected an error"); return }
        #expect(list.errors.map(\.message) == [
            "relation 'p' depends on its own negation: p -> !q -> !p",
            "relation 'q' depends on its own negation: q -> !p -> !q",
        ])
    }
}
