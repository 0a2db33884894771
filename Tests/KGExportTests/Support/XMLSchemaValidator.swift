import CLibXML2
import Foundation

/// Validates XML text against an XSD through libxml2, offline: the schema
/// and its relative imports are read from disk and the network loader is
/// switched off.
final class XMLSchemaValidator {
    private let schema: xmlSchemaPtr

    init?(xsdPath: String) {
        xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
        kg_xmlSilenceGenericErrors()
        guard let parser = xmlSchemaNewParserCtxt(xsdPath) else { return nil }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let schema = xmlSchemaParse(parser) else { return nil }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The validation errors of `xml`, as `line: message`; empty when valid.
    func errors(in xml: String) -> [String] {
        let bytes = Array(xml.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "export.graphml", "UTF-8", options) }
        }) else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collected = ErrorBox()
        xmlSchemaSetValidStructuredErrors(context, { box, error in
            guard let box, let error else { return }
            let messages = Unmanaged<ErrorBox>.fromOpaque(box).takeUnretainedValue()
            let text = error.pointee.message.map { String(cString: $0) } ?? "?"
            messages.lines.append("\(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }, Unmanaged.passUnretained(collected).toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status != 0 && collected.lines.isEmpty { return ["validation failed with status \(status)"] }
        return collected.lines
    }

    private final class ErrorBox { var lines: [String] = [] }
}
