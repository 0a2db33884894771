import KGDocuments

extension PageReader {
    /// The corpus's readers: `DocumentLoader().load(path:)`, which throws
    /// only when a page cannot be read at all (content problems are
    /// warnings on the document).
    public static let documents = PageReader { path in
        try DocumentLoader().load(path: path)
    }
}
