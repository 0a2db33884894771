import KGDocuments

/// Renders a document's blocks as a realistic HTML page — head with styles
/// and scripts, navigation, cookie banner, article, footer — so that the
/// benchmark's HTML corpus carries the same text as its Markdown corpus.
enum HTMLPage {
    static func render(_ document: Document) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(escape(document.title ?? "Page"))</title>
            <style>body { font-family: sans-serif } .nav a { margin: 0 1em }</style>
            <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
            </head><body>
            <nav class="nav"><a href="/">Home</a> <a href="/drugs">Drugs</a> <a href="/contact">Contact</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
            <main><article>

            """
        var openList = false
        var openTable: [String]?
        for block in document.blocks {
            if case .listItem = block.kind {} else if openList { html += "</ul>\n"; openList = false }
            if case .tableRow = block.kind {} else if openTable != nil { html += "</tbody></table>\n"; openTable = nil }
            switch block.kind {
            case .heading(let level):
                html += "<h\(level)>\(escape(block.text))</h\(level)>\n"
            case .listItem, .reference:
                if !openList { html += "<ul>\n"; openList = true }
                html += "  <li>\(inline(block.text))</li>\n"
            case .tableRow(let header, let cells):
                if openTable != header {
                    if openTable != nil { html += "</tbody></table>\n" }
                    html += "<table class=\"data\"><thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
                    openTable = header
                }
                html += "<tr>" + cells.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            case .faq(let question, let answer):
                html += "<div class=\"faq\"><h3>\(escape(question))</h3>\n<p>\(inline(answer))</p></div>\n"
            case .frontMatterField(let key):
                html += "<p class=\"\(escape(key))\">\(inline(block.text))</p>\n"
            case .paragraph:
                html += "<p>\(inline(block.text))\n"   // unclosed, as real pages leave them
            }
        }
        if openList { html += "</ul>\n" }
        if openTable != nil { html += "</tbody></table>\n" }
        html += """
            </article></main>
            <footer><p>&copy; 2025 Example Health. All rights reserved.</p></footer>
            <script src="/app.js"></script>
            </body></html>

            """
        return html
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Escaped text with reference markers as superscripts and the label before
    /// a colon in bold, as drug pages write them.
    static func inline(_ text: String) -> String {
        var html = escape(text)
        if let colon = html.firstIndex(of: ":"), html.distance(from: html.startIndex, to: colon) < 40 {
            html = "<strong>" + html[...colon] + "</strong>" + html[html.index(after: colon)...]
        }
        return html.replacingOccurrences(of: "[", with: "<sup>[").replacingOccurrences(of: "]", with: "]</sup>")
    }
}

import Foundation
