import ArgumentParser

/// The corpus as positional arguments (`kg build ~/pages extra.html`), for
/// the commands whose only positional arguments are pages and folders.
///
/// ```swift
/// @OptionGroup var corpus: CorpusArguments
/// let configuration = store.configuration(corpus: corpus.paths)
/// ```
public struct CorpusArguments: ParsableArguments, Sendable {
    @Argument(help: ArgumentHelp(
        "Pages and folders of the corpus (default: the corpus the store was built from, else Corpus/).",
        valueName: "corpus"))
    public var paths: [String] = []

    public init() {}
}
