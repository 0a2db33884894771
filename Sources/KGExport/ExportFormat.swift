/// The formats `kg export` writes.
///
/// ```swift
/// ExportFormat(rawValue: "graphml")   // .graphml
/// ExportFormat.graphml.fileExtension   // "graphml"
/// ```
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// GraphML for Gephi, yEd, Cytoscape or networkx, valid against the GraphML XSD.
    case graphml
    /// Graphviz DOT, styled by node kind.
    case dot
    /// Nodes and edges with every piece of evidence.
    case json
    /// The facts table: one row per edge and piece of evidence.
    case tsv

    /// The usual file extension of the format.
    public var fileExtension: String { rawValue }

    /// Every format's name, for help texts and error messages: `graphml, dot, json, tsv`.
    public static var namesForHelp: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
