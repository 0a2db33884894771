import Foundation
import Datalog

extension GraphQuerySession {
    /// Explains every tuple matching `atom` (`addresses(C, "DCK down")`,
    /// with or without a trailing `?` or `.`, or a leading `?-`), with the
    /// session's rules: one ``Explanation`` per matching tuple.
    ///
    /// ```swift
    /// let explanations = try session.explain(#"addresses(C, "DCK down")"#, file: "<command line>").get()
    /// print(explanations.map { $0.renderedText() }.joined(separator: "\n"))
    /// ```
    public func explain(_ atom: String, file: String) -> Result<[Explanation], QueryFailure> {
        var text = atom.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("?-") { text = String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        while let last = text.last, last == "." || last == "?" { text.removeLast() }
        switch run(source: text + "?", file: file, explanations: true) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let run):
            guard let result = run.results.first else { return .success([]) }
            return .success(result.rows.compactMap { run.explain(result.relation, $0) })
        }
    }
}
