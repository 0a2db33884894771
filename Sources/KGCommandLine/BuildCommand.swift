import ArgumentParser
import KGBuild

/// `kg build [CORPUS...]`: builds the graph and prints a summary.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the knowledge graph from the corpus and store it.",
        discussion: """
            Reads the pages (Markdown, HTML, plain text) of the files and folders \
            given, recursing into folders and skipping hidden files, the .kg folder \
            and files that are not pages (named in the summary), extracts their \
            facts and stores the graph in SQLite (default: .kg/graph.sqlite beside \
            the corpus; see --db). With no corpus, the store's own corpus (the one \
            it was last built from) is read again, else Corpus/.

            A rebuild re-reads only the pages whose bytes changed (by SHA-256), \
            drops the facts of pages removed from the corpus, and re-reads every \
            page when the extractor or your --lexicon files changed. All changes \
            are written in one transaction: an interrupted build leaves the \
            previous graph whole.

            The summary (standard output) names the pages that yielded nothing and \
            those that could not be read; warnings and errors go to standard error \
            as `path:line:column: warning: ...`. A page that cannot be read is \
            skipped and the others are stored; the exit status is then 1. A lexicon \
            file with an error stops the build before the store is touched.

            Examples:
              kg build                       # Corpus/ → .kg/graph.sqlite
              kg build ~/pages extra.html    # ~/.kg/graph.sqlite
              kg build Corpus --db /tmp/g.sqlite --lexicon my-lexicon/
            """
    )

    @OptionGroup var corpus: CorpusArguments

    @OptionGroup var store: StoreOptions

    func run() throws {
        try run(output: .standard)
    }

    func run(output: CommandOutput, reader: PageReader = .documents) throws {
        let builder = GraphBuilder(store.configuration(corpus: corpus.paths), reader: reader)
        let progress = BuildProgressLine(output: output)
        let report: BuildReport
        do {
            report = try builder.build(progress: store.quiet ? nil : progress.callback)
        } catch {
            progress.finish()
            output.errorLine(error.description)
            throw ExitCode.failure
        }
        progress.finish()
        store.printDiagnostics(of: report, output: output)
        if !store.quiet {
            output.line(report.summary)
            output.errorLine(report.timingLine)
        }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
