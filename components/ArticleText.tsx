import { layoutText, type Passage, type TextNode } from "@/lib/briefing";

/** The stored article text, every cited passage highlighted and addressable as #cite-n. */
export function ArticleText({ text, passages }: { text: string; passages: Passage[] }) {
  return (
    <section aria-labelledby="article-text">
      <h2 id="article-text" className="text-xl font-semibold">The article</h2>
      <div className="prose prose-slate mt-3 max-w-none dark:prose-invert" data-article-text>
        {layoutText(text, passages).map((nodes, i) => (
          <p key={i}>{nodes.map(renderNode)}</p>
        ))}
      </div>
    </section>
  );
}

function renderNode(node: TextNode, key: number): React.ReactNode {
  if (typeof node === "string") return node;
  return (
    <mark key={key} id={node.anchor ? `cite-${node.n}` : undefined} data-cite={node.n} title={`Citation ${node.n}`}>
      {node.children.map(renderNode)}
    </mark>
  );
}
