/// Storage of the graph in SQLite.
public enum KGStore {}
