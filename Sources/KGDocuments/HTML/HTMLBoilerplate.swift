import CLibXML2

/// What the HTML reader leaves out, and why: elements that are never page
/// content, and boilerplate recognised by element, ARIA role or class/id.
///
/// - Elements: `script`, `style`, `noscript`, `template`, `nav`, `footer`,
///   `form`, `button`, `select`, `textarea`, `input`, `iframe`, `svg`,
///   `canvas`, `object`, `embed`, `dialog`; `header` unless inside `article`
///   or `main` (an article's own header holds its title).
/// - Roles: `navigation`, `banner`, `contentinfo`, `search`, `dialog`,
///   `alertdialog`, `menu`, `menubar`.
/// - Hidden: the `hidden` attribute or `aria-hidden="true"`.
/// - Class or id words containing `cookie`, `consent` or `gdpr` (cookie
///   banners), or equal to `breadcrumb`, `breadcrumbs`, `navbar`,
///   `skip-link`, `sr-only`, `visually-hidden`, `screen-reader-text`.
///
/// Nothing else is dropped: asides, captions and unknown elements are read.
enum HTMLBoilerplate {
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "form", "button", "select", "textarea",
        "input", "iframe", "svg", "canvas", "object", "embed", "dialog", "head", "link", "meta",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar",
    ]
    static let droppedClassWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "navbar", "skip-link", "sr-only", "visually-hidden", "screen-reader-text",
    ]
    static let droppedClassFragments = ["cookie", "consent", "gdpr"]

    /// Whether the element `name` (lower case) at `node` is boilerplate by its
    /// attributes (hidden, role, class, id); its name is judged by ``HTMLElement``.
    static func isDroppedByAttributes(_ name: String, node: xmlNodePtr) -> Bool {
        // One pass over the attributes; most elements have none.
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let attributeName = String(cString: rawName).lowercased()
            switch attributeName {
            case "hidden": return true
            case "aria-hidden", "role", "class", "id":
                guard let value = HTMLNode.attribute(node, attributeName)?.lowercased() else { continue }
                if attributeName == "aria-hidden" { if value == "true" { return true }; continue }
                if attributeName == "role" { if droppedRoles.contains(value) { return true }; continue }
                for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    if droppedClassWords.contains(String(word)) { return true }
                    if droppedClassFragments.contains(where: { word.contains($0) }) { return true }
                }
            default: continue
            }
        }
        return false
    }
}

/// Small, safe accessors over libxml2 nodes.
enum HTMLNode {
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        let text = String(cString: name)
        // libxml2's HTML parser already lower-cases tag names; XHTML may not.
        return text.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? text.lowercased() : text
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard node.pointee.properties != nil else { return nil }
        let value = name.withCString { xmlGetProp(node, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
        guard let value else { return nil }
        defer { kg_xmlFree(value) }
        return String(cString: value)
    }

    /// The UTF-8 bytes of a text node.
    static func content(_ node: xmlNodePtr) -> [UInt8] {
        guard let content = node.pointee.content else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    /// All the text under `node`, folded (for `<title>`).
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { kg_xmlFree(content) }
        return String(cString: content).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
