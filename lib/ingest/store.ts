import type { PrismaClient } from "@/lib/db";
import { planCitations, storedAnchors } from "@/lib/ingest/anchors";
import type { PreparedArticle } from "@/lib/ingest/prepare";
import { flagColumns } from "@/lib/ingest/verify-sources";

export type StoreOutcome = "stored" | "updated" | "unchanged";

export interface StoreResult {
  status: StoreOutcome;
  /** Citation numbers of the previous version whose quote is no longer in the text. */
  droppedCitations: number[];
}

/**
 * Writes one article with its entities and facts in one transaction: a crash or an
 * error leaves the article as it was. Re-seeding the same slug replaces its facts in
 * place, each passage found again keeping its citation number (lib/ingest/anchors.ts);
 * an identical article is left untouched.
 */
export async function storeArticle(prisma: PrismaClient, article: PreparedArticle): Promise<StoreResult> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({
      where: { slug: article.slug },
      select: { id: true, contentHash: true, source: true },
    });
    if (existing && existing.contentHash === article.contentHash && existing.source === article.source) {
      return { status: "unchanged", droppedCitations: [] };
    }

    // The previous version's cited passages, to keep their numbers where they still are.
    const previous =
      existing &&
      (await tx.article.findUniqueOrThrow({
        where: { id: existing.id },
        select: {
          text: true,
          maxCitation: true,
          facts: { select: { citation: true, citeStart: true, citeEnd: true, quoteExact: true, quotePrefix: true, quoteSuffix: true } },
        },
      }));
    const citations = planCitations(
      article.text,
      article.facts,
      previous && { anchors: storedAnchors(previous.text, previous.facts), maxCitation: previous.maxCitation },
    );

    const fields = {
      source: article.source,
      format: article.format,
      title: article.title,
      publisher: article.publisher,
      url: article.url,
      publishedAt: article.publishedAt,
      text: article.text,
      contentHash: article.contentHash,
      maxCitation: citations.maxCitation,
    };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await tx.article.update({ where: { id: articleId }, data: fields });
      // Children cascade from these two tables.
      await tx.entity.deleteMany({ where: { articleId } });
      await tx.fact.deleteMany({ where: { articleId } });
    } else {
      articleId = (await tx.article.create({ data: { slug: article.slug, ...fields }, select: { id: true } })).id;
    }

    const entities = await tx.entity.createManyAndReturn({
      data: article.entities.map((e, position) => ({ articleId, position, name: e.name, kind: e.kind })),
      select: { id: true, position: true },
    });
    const entityIds = idsByPosition(entities);
    await tx.ticker.createMany({
      data: article.entities.flatMap((e, i) => [...new Set(e.tickers)].map((symbol) => ({ entityId: entityIds[i]!, symbol }))),
    });
    await tx.mention.createMany({
      data: article.entities.flatMap((e, i) => e.mentions.map(([start, end]) => ({ entityId: entityIds[i]!, start, end }))),
    });

    const facts = await tx.fact.createManyAndReturn({
      data: article.facts.map((f, position) => ({
        articleId,
        position,
        citation: citations.citations[position]!,
        kind: f.kind,
        statement: f.statement,
        metric: f.metric,
        basis: f.basis,
        subject: f.subject,
        period: f.period,
        citeStart: f.cite[0],
        citeEnd: f.cite[1],
        figureStart: f.figure?.span[0] ?? null,
        figureEnd: f.figure?.span[1] ?? null,
        value: f.figure?.value ?? null,
        high: f.figure?.high ?? null,
        unit: f.figure?.unit ?? null,
        per: f.figure?.per ?? null,
        qualifier: f.figure?.qualifier ?? null,
        change: f.figure?.change ?? null,
        quoteExact: citations.selectors[position]!.exact,
        quotePrefix: citations.selectors[position]!.prefix,
        quoteSuffix: citations.selectors[position]!.suffix,
      })),
      select: { id: true, position: true },
    });
    const factIds = idsByPosition(facts);
    await tx.flag.createMany({
      data: article.facts.flatMap((f, i) => f.flags.map((flag) => ({ factId: factIds[i]!, ...flagColumns(flag) }))),
    });
    return { status: existing ? "updated" : "stored", droppedCitations: citations.dropped };
  });
}

function idsByPosition(rows: { id: number; position: number }[]): number[] {
  const ids: number[] = [];
  for (const row of rows) ids[row.position] = row.id;
  return ids;
}
