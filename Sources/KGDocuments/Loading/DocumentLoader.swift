import Foundation

/// Reads pages into ``Document``s: path → bytes → encoding → format → reader.
///
/// `load(path:)` throws only when the path cannot be read at all (missing, a
/// directory, a device or pipe, unreadable, or larger than
/// ``maximumFileSize``, 256 MB). Every
/// content problem — an empty or binary file, invalid UTF-8, malformed front
/// matter — is a ``DocumentWarning`` on the returned document, and the page is
/// read as well as it can be.
///
/// Encoding: a byte-order mark (UTF-8, UTF-16) wins; an HTML page's
/// `<meta charset>` comes next; otherwise UTF-8 when the bytes are valid
/// UTF-8, else Windows-1252 (a superset of Latin-1), with a warning.
///
/// ```swift
/// let loader = DocumentLoader()
/// let document = try loader.load(path: "Corpus/clofarabine-benchchem.md")
/// let inline = loader.read(bytes: Array("# T\n\nText.".utf8), path: "inline.md")
/// ```
public struct DocumentLoader: Sendable {
    /// Pages larger than this are refused by `load(path:)` (256 MB).
    public static let maximumFileSize = 256 * 1_048_576

    public init() {}

    public func load(path: String) throws(DocumentLoadError) -> Document {
        // One stat (following symbolic links, as FileManager.fileExists does)
        // answers what three FileManager calls did, at a fraction of the cost.
        var info = stat()
        guard stat(path, &info) == 0 else { throw .notFound(path: path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        // A device or pipe (/dev/zero, a FIFO) could be read forever: only regular files are pages.
        if info.st_mode & S_IFMT != S_IFREG { throw .unreadable(path: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        guard size <= DocumentLoader.maximumFileSize else {
            throw .tooLarge(path: path, size: size, limit: DocumentLoader.maximumFileSize)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: path, size: size)
        } catch {
            switch error {
            case .open(let code): throw .unreadable(path: path, reason: code == EACCES ? "permission denied" : FileBytes.message(code))
            case .read(let code): throw .unreadable(path: path, reason: FileBytes.message(code))
            }
        }
        return read(bytes: bytes, path: path)
    }

    /// Reads a page from its bytes; `format` overrides detection.
    public func read(bytes: [UInt8], path: String, format: DocumentFormat? = nil) -> Document {
        let format = format ?? FormatDetector.detect(path: path, bytes: bytes)
        var warnings: [DocumentWarning] = []
        if bytes.isEmpty {
            warnings.append(DocumentWarning(path: path, message: "empty file: there is nothing to read"))
            return Document(path: path, format: format, title: nil, frontMatter: [], blocks: [], warnings: warnings)
        }
        let decoding = EncodingDetector.detect(bytes, format: format, path: path)
        warnings += decoding.warnings
        if decoding.isBinary {
            return Document(path: path, format: format, title: nil, frontMatter: [], blocks: [], warnings: warnings)
        }
        let source = SourceText(raw: bytes, encoding: decoding.encoding, bomLength: decoding.bomLength)
        var assembler = BlockAssembler(source: source)
        var frontMatter: [FrontMatterField] = []
        var title: String?
        switch format {
        case .markdown:
            var frontMatterReader = FrontMatterReader(source: source, path: path)
            let bodyStart = frontMatterReader.read(into: &assembler)
            frontMatter = frontMatterReader.fields
            warnings += frontMatterReader.warnings
            let body = bodyStart..<source.bytes.count
            if FormatDetector.looksLikeHTMLBody(source.bytes, body) {
                var reader = HTMLReader(source: source, path: path)
                reader.read(body, into: &assembler)
                warnings += reader.warnings
                title = reader.title
            } else {
                var reader = MarkdownReader(source: source, path: path)
                reader.read(body, into: &assembler)
                warnings += reader.warnings
            }
        case .text:
            PlainTextReader(source: source).read(into: &assembler)
        case .html:
            var reader = HTMLReader(source: source, path: path)
            reader.read(0..<source.bytes.count, into: &assembler)
            warnings += reader.warnings
            title = reader.title
        }
        let blocks = assembler.finish()
        let onlyWhiteSpace = source.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if blocks.isEmpty, !onlyWhiteSpace {
            warnings.append(DocumentWarning(path: path, message: "no text found in the page"))
        } else if blocks.isEmpty {
            warnings.append(DocumentWarning(path: path, message: "the page holds only white space"))
        }
        title = frontMatter.first { $0.key.lowercased() == "title" }?.value ?? title ?? DocumentLoader.firstHeading(blocks)
        return Document(path: path, format: format, title: title, frontMatter: frontMatter, blocks: blocks, warnings: warnings)
    }

    /// The text of the outermost heading, the first of them.
    static func firstHeading(_ blocks: [Block]) -> String? {
        var best: (level: Int, text: String)?
        for block in blocks {
            if case .heading(let level) = block.kind, best.map({ level < $0.level }) ?? true { best = (level, block.text) }
        }
        return best?.text
    }
}
