import Foundation
import KGGraph
import Testing
@testable import KGExport

@Suite struct GraphMLWriterTests {
    let graph = SampleGraph.make()

    @Test func exportIsValidAgainstTheGraphMLSchema() throws {
        let validator = try #require(XMLSchemaValidator(xsdPath: Paths.graphMLSchema))
        let errors = validator.errors(in: GraphMLWriter().render(graph))
        #expect(errors == [])
    }

    @Test func anEmptyGraphIsValidToo() throws {
        let validator = try #require(XMLSchemaValidator(xsdPath: Paths.graphMLSchema))
        #expect(validator.errors(in: GraphMLWriter().render(KnowledgeGraph())) == [])
    }

    @Test func theValidatorRejectsBrokenGraphML() throws {
        // Guards the test above: a validator that accepts everything proves nothing.
        let validator = try #require(XMLSchemaValidator(xsdPath: Paths.graphMLSchema))
        let broken = GraphMLWriter().render(graph).replacingOccurrences(of: "id=\"Drug:clofarabine\"", with: "id=\"Drug clofarabine\"")
        #expect(!validator.errors(in: broken).isEmpty)
    }

    @Test func keysAreTyped() {
        let xml = GraphMLWriter().render(graph)
        for declaration in [
            #"<key id="kind" for="node" attr.name="kind" attr.type="string"/>"#,
            #"<key id="canonical_id" for="node" attr.name="canonical_id" attr.type="string"/>"#,
            #"<key id="names" for="node" attr.name="names" attr.type="string"/>"#,
            #"<key id="relation" for="edge" attr.name="relation" attr.type="string"/>"#,
            #"<key id="evidence_count" for="edge" attr.name="evidence_count" attr.type="int"/>"#,
            #"<key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>"#,
            #"<key id="first_sentence" for="edge" attr.name="first_sentence" attr.type="string"/>"#,
            #"<key id="node_marker" for="node" attr.name="marker" attr.type="string"/>"#,
            #"<key id="edge_cell_line" for="edge" attr.name="cell_line" attr.type="string"/>"#,
        ] {
            #expect(xml.contains(declaration), "missing \(declaration)")
        }
    }

    @Test func nodeIDsAreUniqueNMTokens() throws {
        let xml = GraphMLWriter().render(graph)
        let regex = try NSRegularExpression(pattern: #"<node id="([^"]*)">"#)
        let ids = regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).map { String(xml[Range($0.range(at: 1), in: xml)!]) }
        #expect(ids.count == graph.nodes.count)
        #expect(Set(ids).count == ids.count)
        let token = try NSRegularExpression(pattern: #"^[A-Za-z0-9._:-]+$"#)
        for id in ids { #expect(token.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil, "\(id)") }
        #expect(ids.contains("Gene:DCK") && ids.contains("Name:DCK"))
    }

    @Test(.enabled(if: Python.hasNetworkx)) func networkxReadsBackEveryNodeEdgeAndValue() throws {
        let directory = try Paths.scratchDirectory()
        let path = directory.appendingPathComponent("graph.graphml").path
        try AtomicFile.write(GraphMLWriter().render(graph), to: path)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            print(g.number_of_nodes(), g.number_of_edges())
            ids = sorted(d['canonical_id'] for _, d in g.nodes(data=True))
            print('|'.join(ids))
            counts = sorted(d['evidence_count'] for _, _, d in g.edges(data=True))
            print(type(counts[0]).__name__, sum(counts))
            """
        let result = try Paths.run(Python.path!, ["-c", script, path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "\(graph.nodes.count) \(graph.edges.count)")
        #expect(lines[1] == graph.nodes.values.map(\.id).sorted().joined(separator: "|"))
        #expect(lines[2] == "int \(graph.edges.values.map(\.evidence.count).reduce(0, +))")
    }
}

enum Python {
    static let path = Paths.executable("python3")
    static let hasNetworkx: Bool = {
        guard let path else { return false }
        return (try? Paths.run(path, ["-c", "import networkx"]).status) == 0
    }()
}
