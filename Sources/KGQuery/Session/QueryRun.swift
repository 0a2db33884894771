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
    /// This is the engine's derivation of least height, so the run must have
    /// recorded it: `session.run(source:file:explanations: true)`; a run
    /// without explanations explains nothing (nil).
    public func explain(_ relation: String, _ tuple: [Value], depthLimit: Int = 1_000) -> Explanation? {
        guard evaluation.options.explanations, evaluation.contains(relation, tuple),
              let derivation = evaluation.explain(relation, tuple, depthLimit: depthLimit) else { return nil }
        return explanation(of: derivation)
    }

    /// The engine's derivation with each graph fact's sentences attached.
    func explanation(of derivation: Derivation) -> Explanation {
        let fact = Explanation.atom(derivation.relation, derivation.tuple)
        let values = derivation.tuple.map(\.description)
        if session.relations.isGraphRelation(derivation.relation) {
            let edges = session.facts.edges(for: derivation.relation, derivation.tuple)
            return Explanation(fact: fact, relation: derivation.relation, values: values,
                               sources: Explanation.sources(of: [], edges: edges), isGraphFact: true)
        }
        let rule = derivation.rule.map { rule in
            "\(rule.location.file):\(rule.location.line)" + (derivation.premises.isEmpty && rule.text.contains(":-") == false ? " (a fact of the program)" : "")
        }
        // Below the depth limit the engine gives steps without their premises.
        let cut = derivation.premises.isEmpty && (derivation.rule?.text.contains(":-") ?? false)
        var explanation = Explanation(fact: fact, relation: derivation.relation, values: values, rule: rule,
                                      premises: derivation.premises.map(explanation(of:)), truncated: cut)
        explanation.ruleText = derivation.rule?.text
        return explanation
    }

    /// The sentences supporting the graph facts an answer rests on, each once.
    public func sources(_ relation: String, _ tuple: [Value]) -> [Explanation.Source] {
        guard let explanation = explain(relation, tuple) else { return [] }
        var seen: Set<Explanation.Source> = []
        return explanation.graphFacts.flatMap(\.sources).filter { seen.insert($0).inserted }
    }
}
