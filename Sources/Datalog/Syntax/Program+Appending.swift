extension Program {
    /// Adds the statements of `other` after this program's, as if its text
    /// followed: for a program spread over several files, or a REPL adding
    /// statements one at a time.
    ///
    /// ```swift
    /// var program = DatalogParser.parse(library, file: "lib.dl").program
    /// program.append(contentsOf: DatalogParser.parse(query, file: "q.dl").program)
    /// ```
    public mutating func append(contentsOf other: Program) {
        types += other.types
        relations += other.relations
        directives += other.directives
        rules += other.rules
        queries += other.queries
    }
}
