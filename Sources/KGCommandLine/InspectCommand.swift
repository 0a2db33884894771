import ArgumentParser
import Foundation
import KGDocuments

/// `kg inspect FILE...`: shows what `kg` reads from pages — each block's kind,
/// section path, place and text — as an aligned table or as JSON.
///
/// ```
/// $ kg inspect Corpus/clofarabine-benchchem.md
/// $ kg inspect --full --sentences Corpus/clofarabine-clinic-page.txt
/// $ kg inspect --format json Corpus/*.md > blocks.json
/// ```
public struct Inspect: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the blocks and sentences kg reads from pages.",
        discussion: """
            Each page (HTML, Markdown with YAML front matter, or plain text; the format \
            comes from the extension and the content) is read into blocks: headings, \
            paragraphs, list items, table rows (with their table's header cells), \
            front-matter fields, FAQ entries and references. The table shows each \
            block's kind, section path (the headings above it), line:column in the file \
            and text; table rows show "header → cell" pairs, FAQ entries "Q: … A: …". In HTML, \
            scripts, styles, navigation, site headers and footers, forms and cookie \
            banners are left out; nothing else is.

            Problems in a page (invalid UTF-8, malformed front matter, binary content) \
            are printed to standard error as `path:line:column: warning: message`, and \
            the page is still shown. A path that cannot be read at all (missing, a \
            directory, unreadable) is an error on standard error; the other pages are \
            still shown, and the exit status is 1.

            Examples:
              kg inspect Corpus/*
              kg inspect --full --sentences Corpus/clofarabine-benchchem.md
              kg inspect --format json Corpus/clofarabine-drug-database.md
            """
    )

    public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
        case table
        case json
    }

    @Argument(help: "The pages to read (.html .htm .xhtml .md .markdown .txt, or any file).")
    public var files: [String]

    @Option(name: .long, help: "Output format: 'table' (aligned, for people) or 'json' (an array of whole documents, sentences included).")
    public var format: OutputFormat = .table

    @Flag(name: .long, help: "Show texts and section paths whole instead of truncating them to fit the table.")
    public var full = false

    @Flag(name: .long, help: "List each block's sentences under it, with their own line:column.")
    public var sentences = false

    public init() {}

    public func run() throws {
        let loader = DocumentLoader()
        var documents: [Document] = []
        var failed = false
        for path in files {
            do {
                let document = try loader.load(path: path)
                for warning in document.warnings { Inspect.printError(warning.description) }
                documents.append(document)
                if format == .table {
                    print(InspectTable(full: full, sentences: sentences).render(document), terminator: "")
                }
            } catch {
                failed = true
                Inspect.printError("\(error.path): error: \(Inspect.reason(error))")
            }
        }
        if format == .json {
            print(try Inspect.json(documents))
        }
        if failed { throw ExitCode(1) }
    }

    /// The documents as a JSON array, keys sorted, pretty-printed.
    public static func json(_ documents: [Document]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(documents), as: UTF8.self)
    }

    private static func reason(_ error: DocumentLoadError) -> String {
        let description = error.description
        let prefix = "\(error.path): "
        return description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
