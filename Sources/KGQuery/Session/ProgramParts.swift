import Datalog

/// A program made of several texts, each with its own file name, so that
/// every diagnostic points into the text it came from: the rules a REPL
/// session has collected, a `:load`ed file, the line just typed.
struct ProgramParts: Sendable {
    private(set) var programs: [Program] = []
    private(set) var sources: [String: String] = [:]

    /// Parses `text` as one more part; the diagnostics when it has an error.
    mutating func append(_ text: String, file: String) -> [Diagnostic]? {
        let (program, diagnostics) = DatalogParser.parse(text, file: file)
        sources[file] = text
        if diagnostics.contains(where: \.isError) { return diagnostics }
        programs.append(program)
        return nil
    }

    /// All parts as one program, in order.
    var merged: Program {
        var out = Program()
        for part in programs {
            out.types += part.types
            out.relations += part.relations
            out.directives += part.directives
            out.rules += part.rules
            out.queries += part.queries
        }
        return out
    }

    /// The parts without their queries: what a session keeps after running them.
    var withoutQueries: ProgramParts {
        var copy = self
        copy.programs = programs.map { var program = $0; program.queries = []; return program }
        return copy
    }
}
