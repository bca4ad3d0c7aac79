import Testing
import Markdown

@Suite struct DocumentTests {
    @Test func emptyDocument() {
        let document = MarkdownDocument.parse("")
        #expect(document.root.kind == .document)
        #expect(document.root.children.isEmpty)
        #expect(HTMLRenderer().render(document) == "")
        #expect(document.figureReferences().isEmpty)
        #expect(document.headings().isEmpty)
    }

    @Test func commonBlocksAndInlines() {
        let markdown = """
        > quote **strong**

        3. three
        4. four

        ---

        line  
        break `code` [link](/a "Title")

        ```swift
        let x = 1 < 2
        ```
        """
        #expect(html(markdown) == """
        <blockquote>
        <p>quote <strong>strong</strong></p>
        </blockquote>
        <ol start="3">
        <li>three</li>
        <li>four</li>
        </ol>
        <hr>
        <p>line<br>
        break <code>code</code> <a href="/a" title="Title">link</a></p>
        <pre><code class="language-swift">let x = 1 &lt; 2
        </code></pre>

        """)
    }

    @Test func quotesAreKeptAsWritten() {
        #expect(html("\"a\" 'b' “东莞”\n") == "<p>&quot;a&quot; 'b' “东莞”</p>\n")
    }

    @Test func nodesKeepCharacterColumns() {
        let document = MarkdownDocument.parse("中文 *强调*\n", lineOffset: 1)
        let paragraph = document.root.children[0]
        #expect(paragraph.children.map(\.column) == [1, 4])
        #expect(paragraph.children.map(\.line) == [2, 2])
        #expect(paragraph.children[1].kind == .emphasis)
    }

    @Test func walkersSeeNodesInDocumentOrder() {
        struct Kinds: MarkdownWalker {
            var names: [String] = []
            mutating func visit(_ node: MarkdownNode) -> WalkAction {
                if case .text(let text) = node.kind { names.append(text) }
                return node.kind == .emphasis ? .skipChildren : .visitChildren
            }
        }
        var walker = Kinds()
        MarkdownDocument.parse("a *b* c\n\n- d\n").walk(&walker)
        #expect(walker.names == ["a ", " c", "d"])
    }
}

@Suite struct ConcurrentParsingTests {
    /// Pages are rendered in parallel: parsing must be safe from many tasks at once
    /// (the extensions are registered exactly once).
    @Test func parsesFromManyTasks() async {
        let outputs = await withTaskGroup(of: String.self) { group in
            for index in 0..<32 {
                group.addTask { html("| a |\n|---|\n| ~~\(index)~~ |\n").contains("<del>\(index)</del>") ? "ok" : "bad" }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs == Array(repeating: "ok", count: 32))
    }
}
