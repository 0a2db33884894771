/// The graph as Datalog relations, and explanations down to sentences.
public enum KGQuery {}
