import Datalog
import KGGraph

/// The answers of one program run, and the way back from each answer to
/// the graph facts and sentences it rests on.
///
/// ```swift
/// let run = try session.run(source: "addresses(C, M)?", file: "<command line>", explanations: true).get()
/// let row = run.results[0].rows[0]
/// run.explain(run.results[0].relation, row)?.renderedText()
/// run.sources(run.results[0].relation, row)   // document, line, sentence of each graph fact
/// ```
public struct QueryRun: @unchecked Sendable {
    public let evaluation: Evaluation
    public let results: [QueryResult]
    /// The checks' warnings about the text just run (not about rules kept from before).
    public let warnings: DiagnosticList
    let session: GraphQuerySession

    /// The derivation of `tuple` of `relation` down to graph facts and their
    /// sentences; nil when the relation does not hold the tuple.
    public func explain(_ relation: String, _ tuple: [Value], depthLimit: Int = 32) -> Explanation? {
        guard evaluation.contains(relation, tuple) else { return nil }
        let builder = ExplanationBuilder(evaluation: evaluation, session: session, depthLimit: depthLimit)
        return builder.explain(relation, tuple)
    }

    /// The sentences supporting the graph facts an answer rests on, each once.
    public func sources(_ relation: String, _ tuple: [Value]) -> [Explanation.Source] {
        guard let explanation = explain(relation, tuple) else { return [] }
        var seen: Set<Explanation.Source> = []
        return explanation.graphFacts.flatMap(\.sources).filter { seen.insert($0).inserted }
    }
}
