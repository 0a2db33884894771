/// Extraction: from located blocks to an evidence-linked knowledge graph.
public enum KGExtraction {}
