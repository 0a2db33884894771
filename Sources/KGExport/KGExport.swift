/// Exports of the graph: GraphML, DOT, JSON, TSV.
public enum KGExport {}
