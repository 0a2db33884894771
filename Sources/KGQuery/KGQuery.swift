/// The graph as Datalog relations, answers with the sentences they rest
/// on, and explanations down to sentences.
///
/// ```swift
/// let session = GraphQuerySession(graph: graph)
/// let run = try session.run(source: "addresses(C, M)?", file: "<command line>").get()
/// for result in run.results { print(result.title, result.rows.count) }
/// ```
public enum KGQuery {}
