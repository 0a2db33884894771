import KGExtraction
import KGStore

/// What stops a build before it touches the stored graph (user-facing;
/// a page that cannot be read does not stop a build, it is a
/// ``PageFailure`` in the report).
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// A corpus path given (or the default `Corpus/`) does not exist.
    case corpusPathMissing(String)
    /// A lexicon file has an error; the stored graph is untouched.
    case lexicon(LexiconError)
    /// The store could not be opened, read or written.
    case store(StoreError)
    /// The build was stopped part-way (by its progress callback); the
    /// stored graph is the previous one, whole.
    case interrupted(String)

    /// The corpus path that was missing, for ``corpusPathMissing(_:)``.
    public var missingPath: String? {
        if case .corpusPathMissing(let path) = self { return path }
        return nil
    }

    public var description: String {
        switch self {
        case .corpusPathMissing(let path):
            "\(path): error: no such file or folder (give the corpus's pages or folders, e.g. `kg build Corpus/`)"
        case .lexicon(let error):
            "\(error) (the stored graph was not changed)"
        case .store(let error):
            error.description
        case .interrupted(let reason):
            "error: build interrupted (\(reason)); the previous graph is kept whole"
        }
    }
}
