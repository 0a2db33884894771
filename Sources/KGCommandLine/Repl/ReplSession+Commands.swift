import Datalog
import Foundation
import KGExport
import KGQuery

extension ReplSession {
    static let commands: [(name: String, usage: String, help: String)] = [
        (":help", ":help", "this list"),
        (":relations", ":relations", "every relation with its arity and number of tuples"),
        (":schema", ":schema", "the graph's relations with their columns, then the rules typed so far"),
        (":load", ":load FILE", "run a Datalog file: its rules join the session, its queries are answered"),
        (":explain", ":explain ATOM", "why each matching tuple holds, down to sentences"),
        (":facts", ":facts RELATION", "every tuple of a relation"),
        (":export", ":export FORMAT FILE", "write the graph (graphml, dot, json, tsv), atomically"),
        (":quit", ":quit", "leave (Ctrl-D too)"),
    ]

    func command(_ line: String) {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts[0] {
        case ":help", ":h", ":?": help()
        case ":relations": relations()
        case ":schema": schema()
        case ":load": load(argument)
        case ":explain": explain(argument)
        case ":facts": facts(argument)
        case ":export": export(argument)
        case ":quit", ":q", ":exit": finished = true
        default:
            let near = Self.commands.map(\.name).filter { $0.hasPrefix(String(parts[0].prefix(3))) }
            fail("error: unknown command \(parts[0])" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?") + " (:help lists them)")
        }
    }

    private func help() {
        var text = "Type a rule (ends with '.') to add it, or a query (ends with '?', or starts with '?-') to answer it.\n"
        text += "Statements may span lines. Commands:\n"
        let width = Self.commands.map(\.usage.count).max() ?? 0
        for command in Self.commands { text += "  " + command.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + command.help + "\n" }
        text += "Graph relations: node(id, kind), name(id, surface), edge(s, rel, o), attr(s, rel, o, key, value),\n"
        text += "evidence(s, rel, o, doc, line, sentence), and one per schema relation: addresses(c, m), inhibits(s, o), ...\n"
        output.write(text)
    }

    private func relations() {
        guard case .success(let run) = session.run(source: "", file: "<relations>") else { return }
        let rows: [[Value]] = run.evaluation.relations.filter { !["contains", "match"].contains($0.name) || $0.size > 0 }.map {
            [.symbol($0.name), .number(Int64($0.arity)), .number(Int64($0.size))]
        }
        let sizes = Dictionary(rows.map { ($0[0].description, $0) }, uniquingKeysWith: { a, _ in a })
        // Graph relations a program does not read are not loaded; count them from the graph.
        let all = session.relationSignatures.map { signature -> [Value] in
            if session.relations.isGraphRelation(signature.name) {
                return [.symbol(signature.name), .number(Int64(signature.arity)), .number(Int64(session.relations.rows[signature.name]?.count ?? 0))]
            }
            return sizes[signature.name] ?? [.symbol(signature.name), .number(Int64(signature.arity)), .number(0)]
        }
        output.write(ResultWriter(format: .table).render([QueryResult(title: "relations", relation: "relations", columns: ["relation", "arity", "size"], rows: all)]))
    }

    private func schema() {
        var text = "// The graph's relations\n"
        for signature in session.relations.signatures.values.sorted(by: { $0.name < $1.name }) {
            let columns = zip(signature.columnNames, signature.columnTypes).map { "\($0): \($1.rawValue)" }.joined(separator: ", ")
            text += ".decl \(signature.name)(\(columns))\n"
        }
        let program = session.program
        if !program.relations.isEmpty || !program.rules.isEmpty {
            text += "// Declared and typed in this session\n"
            for declaration in program.relations {
                text += ".decl \(declaration.name)(\(declaration.attributes.map { "\($0.name): \($0.type)" }.joined(separator: ", ")))\n"
            }
            for rule in program.rules { text += "// rule at \(rule.location.file):\(rule.location.line) defines \(rule.head.relation)\n" }
        }
        output.write(text)
    }

    private func load(_ path: String) {
        guard !path.isEmpty else { return fail("error: :load needs a file, as in :load Queries/unaddressed.dl") }
        do {
            run(try ProgramFile.read(path), file: path)
        } catch {
            fail(error.description)
        }
    }

    private func explain(_ atom: String) {
        guard !atom.isEmpty else { return fail("error: :explain needs an atom, as in :explain addresses(C, \"DCK down\")") }
        switch session.explain(atom, file: "<explain>") {
        case .failure(let failure): fail(failure.description)
        case .success(let explanations) where explanations.isEmpty: output.line("no tuple matches \(atom)")
        case .success(let explanations): output.write(explanations.map { $0.renderedText() }.joined(separator: "\n"))
        }
    }

    private func facts(_ relation: String) {
        guard !relation.isEmpty else { return fail("error: :facts needs a relation, as in :facts confers_resistance_to") }
        guard let signature = session.relationSignatures.first(where: { $0.name == relation }) else {
            let near = session.relationSignatures.map(\.name).filter { $0.hasPrefix(String(relation.prefix(3))) }
            return fail("error: no relation named '\(relation)'" + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"))
        }
        let variables = signature.columnNames.indices.map { "V\($0)" }
        switch session.run(source: "\(relation)(\(variables.joined(separator: ", ")))?", file: "<facts>") {
        case .failure(let failure): fail(failure.description)
        case .success(let run):
            let rows = run.results.first?.rows ?? []
            output.write(ResultWriter(format: .table).render([QueryResult(title: relation, relation: relation, columns: signature.columnNames, rows: rows)]))
        }
    }

    private func export(_ arguments: String) {
        let words = arguments.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return fail("error: :export needs a format and a file, as in :export graphml graph.graphml") }
        guard let format = ExportFormat(rawValue: words[0].lowercased()) else {
            return fail("error: unknown format '\(words[0])'; formats: \(ExportFormat.namesForHelp)")
        }
        do {
            try AtomicFile.write(KGExport.render(session.graph, as: format), to: words[1])
            output.line("wrote \(words[1]): \(session.graph.nodes.count) nodes, \(session.graph.edges.count) edges")
        } catch {
            fail("error: \(error.description)")
        }
    }
}
