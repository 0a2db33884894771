import Yams

/// Reads a page's YAML front matter (between a first line `---` and the next
/// `---` or `...` line) as TEXT: the node tree is composed with Yams and
/// scalars are taken as written, so YAML 1.1 never turns `yes` into true.
///
/// Top-level scalar fields become ``FrontMatterField``s and
/// `.frontMatterField` blocks; a list of question/answer mappings (`faqs:`,
/// with keys `q`/`question` and `a`/`answer`) becomes `.faq` blocks; any other
/// nested value becomes a field whose text is its scalars joined by "; ".
/// Malformed or unterminated front matter is a warning, never an error.
///
/// ```swift
/// var reader = FrontMatterReader(source: source, path: "a.md")
/// if let bodyStart = reader.read(into: &assembler) { /* Markdown from bodyStart */ }
/// ```
struct FrontMatterReader {
    let source: SourceText
    let path: String
    private(set) var fields: [FrontMatterField] = []
    private(set) var warnings: [DocumentWarning] = []

    init(source: SourceText, path: String) {
        self.source = source
        self.path = path
    }

    /// Whether the page opens with a front-matter fence.
    static func opens(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 3, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D else { return false }
        let rest = bytes.trimmingTrailingBlanks(3..<(bytes.firstIndex(of: 0x0A) ?? bytes.count))
        return rest.isEmpty || (rest.count == 1 && bytes[rest.lowerBound] == 0x0D)
    }

    /// Reads the front matter into `assembler`; returns where the body starts
    /// (0 when there is no front matter or it is unterminated).
    mutating func read(into assembler: inout BlockAssembler) -> Int {
        let bytes = source.bytes
        guard FrontMatterReader.opens(bytes) else { return 0 }
        let lines = Line.lines(of: bytes, in: 0..<bytes.count)
        guard let closing = lines.indices.dropFirst().first(where: { isClosingFence(lines[$0]) }) else {
            warnings.append(DocumentWarning(path: path, line: 1, column: 1,
                message: "unterminated front matter: no closing '---' line; the page is read as Markdown without front matter"))
            return 0
        }
        let yamlRange = lines[1].start..<lines[closing].start
        compose(yamlRange, into: &assembler)
        return lines[closing].next
    }

    private func isClosingFence(_ line: Line) -> Bool {
        let content = source.bytes.trimmingTrailingBlanks(line.start..<line.end)
        guard content.count == 3 else { return false }
        return content.allSatisfy { source.bytes[$0] == 0x2D } || content.allSatisfy { source.bytes[$0] == 0x2E }
    }

    private mutating func compose(_ range: Range<Int>, into assembler: inout BlockAssembler) {
        // The common subset is read directly; anything else goes to Yams.
        let node: FrontMatterNode?
        var subsetParser = FrontMatterSubsetParser(bytes: source.bytes, range: range)
        if let subset = subsetParser.parse() {
            node = subset
        } else {
            do {
                node = try FrontMatterNode.composed(range, of: source)
            } catch {
                warnings.append(warning(for: error))
                return
            }
        }
        guard let node else { return }
        guard case .mapping(let mapping, _) = node else {
            warnings.append(DocumentWarning(path: path, line: 2, column: 1,
                message: "front matter is not a mapping of fields; its text is not read"))
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let name, _) = key else { continue }
            let line = (key.place?.line ?? 1) + 1
            let start = value.place?.offset ?? key.place?.offset ?? range.lowerBound
            if let faqs = faqEntries(value) {
                fields.append(FrontMatterField(key: name, value: faqs.map { "\($0.question) \($0.answer)" }.joined(separator: "; "), line: line))
                addFAQs(faqs, limit: range.upperBound, into: &assembler)
                continue
            }
            let text = flattened(value)
            fields.append(FrontMatterField(key: name, value: text, line: line))
            var aligner = SourceAligner(bytes: source.bytes, cursor: start, limit: range.upperBound)
            let builder = aligner.builder(for: text)
            let keyStart = key.place?.offset ?? start
            assembler.add(.frontMatterField(key: name), text: builder, range: keyStart..<max(keyStart, builder.sourceRange?.upperBound ?? start))
        }
    }

    private struct FAQEntry {
        var question: String
        var answer: String
        var questionStart: Int
        var answerStart: Int
    }

    /// The entries of a list of question/answer mappings, or nil when `node` is not one.
    private func faqEntries(_ node: FrontMatterNode) -> [FAQEntry]? {
        guard case .sequence(let sequence, _) = node, !sequence.isEmpty else { return nil }
        var entries: [FAQEntry] = []
        for item in sequence {
            guard case .mapping(let mapping, _) = item else { return nil }
            var question: (String, FrontMatterNode)?
            var answer: (String, FrontMatterNode)?
            for (key, value) in mapping {
                guard case .scalar(let keyText, _) = key, case .scalar(let valueText, _) = value else { continue }
                switch keyText.lowercased() {
                case "q", "question": question = (valueText, value)
                case "a", "answer": answer = (valueText, value)
                default: break
                }
            }
            guard let question else { return nil }
            let questionStart = question.1.place?.offset ?? 0
            entries.append(FAQEntry(
                question: FAQText.question(question.0),
                answer: FAQText.answer(answer?.0 ?? "", question: question.0),
                questionStart: questionStart,
                answerStart: answer.map { $0.1.place?.offset ?? questionStart } ?? questionStart))
        }
        return entries
    }

    private func addFAQs(_ entries: [FAQEntry], limit: Int, into assembler: inout BlockAssembler) {
        for entry in entries {
            var questionAligner = SourceAligner(bytes: source.bytes, cursor: entry.questionStart, limit: limit)
            var text = questionAligner.builder(for: entry.question)
            var answerAligner = SourceAligner(bytes: source.bytes, cursor: entry.answerStart, limit: limit)
            let answer = answerAligner.builder(for: entry.answer)
            text.append(answer, separatorSource: entry.answerStart)
            let end = max(entry.questionStart, text.sourceRange?.upperBound ?? entry.questionStart)
            assembler.add(.faq(question: entry.question, answer: entry.answer), text: text, range: entry.questionStart..<end)
        }
    }

    /// A value as text: a scalar as written, a collection's scalars joined by "; ".
    private func flattened(_ node: FrontMatterNode) -> String {
        switch node {
        case .scalar(let text, _): return text
        case .sequence(let sequence, _): return sequence.map(flattened).filter { !$0.isEmpty }.joined(separator: "; ")
        case .mapping(let mapping, _):
            return mapping.map { key, value in "\(flattened(key)): \(flattened(value))" }.joined(separator: "; ")
        }
    }

    private func warning(for error: Error) -> DocumentWarning {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                return DocumentWarning(path: path, line: mark.line + 1, column: mark.column,
                    message: "malformed front matter (\(problem)); its fields are not read, the page is")
            default: break
            }
        }
        return DocumentWarning(path: path, line: 2, column: 1,
            message: "malformed front matter (\(error)); its fields are not read, the page is")
    }
}
