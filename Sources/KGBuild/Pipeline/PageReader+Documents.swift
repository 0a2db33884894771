import KGDocuments

extension PageReader {
    /// The corpus's readers (`DocumentLoader`).
    ///
    /// TRANSITIONAL: the readers (branch `docs`) are not merged yet; until
    /// they are, every page fails with this message. Replaced by
    /// `DocumentLoader().load(path:)` at the merge.
    public static let documents = PageReader { path in
        throw ReadersNotMerged()
    }

    private struct ReadersNotMerged: Error, CustomStringConvertible {
        var description: String { "cannot read the page: the page readers are not in this build yet" }
    }
}
