import ArgumentParser
import KGBuild
import KGGraph
import KGStore

extension StoreOptions {
    /// The stored graph, built first when the store is missing or stale (a
    /// page changed, added or removed, or the extractor changed). While it
    /// builds: progress on a terminal, failures and warnings on standard
    /// error, then a one-line summary (none with `--quiet`). A build that
    /// cannot start (missing corpus, lexicon error, bad store) prints its
    /// error and throws `ExitCode.failure`; pages that failed are in the report.
    public func openGraph(corpus: [String] = [], reader: PageReader = .documents, output: CommandOutput) throws -> (graph: KnowledgeGraph, report: BuildReport) {
        try refreshed(corpus: corpus, reader: reader, output: output) { builder, progress throws(BuildError) in
            try builder.openGraph(progress: progress)
        }
    }

    /// As ``openGraph(corpus:reader:output:)``, for callers that read the
    /// store in SQL (`kg stats`) rather than loading the graph.
    public func openStore(corpus: [String] = [], reader: PageReader = .documents, output: CommandOutput) throws -> (store: GraphStore, report: BuildReport) {
        try refreshed(corpus: corpus, reader: reader, output: output) { builder, progress throws(BuildError) in
            try builder.openStore(progress: progress)
        }
    }

    private func refreshed<Result>(
        corpus: [String], reader: PageReader, output: CommandOutput,
        _ open: (GraphBuilder, ((BuildProgress) throws -> Void)?) throws(BuildError) -> (Result, BuildReport)
    ) throws -> (Result, BuildReport) {
        let builder = GraphBuilder(configuration(corpus: corpus), reader: reader)
        let progress = BuildProgressLine(output: output)
        do {
            let (result, report) = try open(builder, quiet ? nil : progress.callback)
            progress.finish()
            printDiagnostics(of: report, output: output)
            if let note = report.note, !quiet { output.errorLine("kg: note: \(note)") }
            if report.changedStore, !quiet { output.errorLine("kg: store updated: \(report.timingLine)") }
            return (result, report)
        } catch {
            progress.finish()
            output.errorLine(error.description)
            throw ExitCode.failure
        }
    }

    /// Failures and warnings of the pages read, on standard error, as
    /// compilers print them.
    func printDiagnostics(of report: BuildReport, output: CommandOutput) {
        for warning in report.warnings { output.errorLine(warning.description) }
        for failure in report.failures { output.errorLine(failure.description) }
    }
}
