// The reads the pages make. Pages only read; everything here returns what was stored.
import "server-only";
import { cache } from "react";
import type { ContractArticle, Fact } from "@/lib/contract";
import { entityFromRow, factFromRow, FLAG_SELECT } from "@/lib/contract/rows";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { fullTextSearch } from "@/lib/search";
import { boundSql } from "@/lib/search/bound";
import { aboutCompany } from "@/lib/search/sql";
import { SearchTooSlow, type SearchFilters } from "@/lib/search/types";
import type { ExportedFact } from "@/lib/site/facts-csv";
import { groupDisputes, type FlaggedFact } from "@/lib/briefing/disputes";

export type { SearchFilters };

/** Numeric facts shown under each briefing on the home page. */
const HEADLINE_FIGURES = 3;
/** Briefings on the home page, newest first: its cost must not grow with the corpus. */
const HOME_BRIEFINGS = 30;
/** Facts per company page: a page stays light on a phone however much is written about a company. */
export const COMPANY_PAGE_SIZE = 50;
/** Articles listed on a company page, newest first: each is a link a browser prefetches, so the list must not grow with the corpus. */
export const COMPANY_ARTICLES = 20;

/** A stored fact as a page shows it: with its position, citation number and quote. */
export interface CitedFact extends Fact {
  /** Index among the article's facts: unique on its page. */
  position: number;
  citation: number;
  quote: string;
}

function citedFact(fact: Fact, row: { position: number; citation: number }, text: string): CitedFact {
  return { ...fact, position: row.position, citation: row.citation, quote: text.slice(...fact.cite) };
}

export async function listBriefings() {
  const articles = await db().article.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { ingestedAt: "desc" }],
    take: HOME_BRIEFINGS,
    select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, text: true, _count: { select: { facts: true } } },
  });
  // The first few numeric facts of each, picked in SQL: a nested `take` in an include read
  // every numeric fact of the listed articles (24 s for one article of 142,000 facts).
  const headlineIds = articles.length
    ? await db().$queryRaw<{ id: bigint }[]>`
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY "articleId" ORDER BY position) AS n
          FROM "Fact" WHERE "articleId" IN (${Prisma.join(articles.map((a) => a.id))}) AND value IS NOT NULL) AS numbered
        WHERE n <= ${HEADLINE_FIGURES}`
    : [];
  const headlines = groupBy(
    await db().fact.findMany({
      where: { id: { in: headlineIds.map((r) => Number(r.id)) } },
      orderBy: { position: "asc" },
      include: { flags: { select: FLAG_SELECT, orderBy: { id: "asc" } } },
    }),
    (row) => row.articleId,
  );
  return articles.map(({ id, text, _count, ...article }) => ({
    ...article,
    factCount: _count.facts,
    headlines: (headlines.get(id) ?? []).map((row) => citedFact(factFromRow(row), row, text)),
  }));
}
export type BriefingSummary = Awaited<ReturnType<typeof listBriefings>>[number];

export async function getBriefing(slug: string) {
  const article = await db().article.findUnique({ where: { slug } });
  if (!article) return null;
  // Each child table is read by the article's id. An include would bind the id of every
  // fact or entity of the article, and SQLite refuses a statement of more than 32,766.
  const articleId = article.id;
  const [factRows, flags, entityRows, tickers, mentions] = await Promise.all([
    db().fact.findMany({ where: { articleId }, orderBy: { position: "asc" } }),
    db().flag.findMany({ where: { fact: { articleId } }, select: { factId: true, ...FLAG_SELECT }, orderBy: { id: "asc" } }),
    db().entity.findMany({ where: { articleId }, orderBy: { position: "asc" } }),
    // In key order, as SQLite reads them anyway: PostgreSQL's order would be the rows' on disk.
    db().ticker.findMany({ where: { entity: { articleId } }, select: { entityId: true, symbol: true }, orderBy: [{ entityId: "asc" }, { symbol: "asc" }] }),
    db().mention.findMany({ where: { entity: { articleId } }, select: { entityId: true, start: true, end: true }, orderBy: { id: "asc" } }),
  ]);
  const flagsOf = groupBy(flags, (f) => f.factId);
  const tickersOf = groupBy(tickers, (t) => t.entityId);
  const mentionsOf = groupBy(mentions, (m) => m.entityId);
  const facts = factRows.map((row) => ({ ...row, flags: flagsOf.get(row.id) ?? [] }));
  const contract: ContractArticle = {
    source: article.source,
    slug: article.slug,
    title: article.title,
    publisher: article.publisher,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    entities: entityRows.map((row) => entityFromRow({ ...row, tickers: tickersOf.get(row.id) ?? [], mentions: mentionsOf.get(row.id) ?? [] })),
    facts: facts.map(factFromRow),
  };
  const cited = facts.map((row, i) => citedFact(contract.facts[i]!, row, article.text));
  return { ...contract, cited, ingestedAt: article.ingestedAt, updatedAt: article.updatedAt };
}

function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
export type Briefing = NonNullable<Awaited<ReturnType<typeof getBriefing>>>;

/** Just what the page metadata needs. */
export async function getBriefingMeta(slug: string) {
  return db().article.findUnique({ where: { slug }, select: { title: true, publisher: true, publishedAt: true } });
}

/** One page of the facts about a company across articles, newest first, and the articles mentioning it. */
export const getCompany = cache(async (ticker: string, page = 1) => {
  const symbol = ticker.toUpperCase();
  // Lists that grow with the corpus (the company's names, its articles) stay inside the
  // queries as subqueries: bound as parameters, they could pass SQLite's limit of 32,766.
  const named = { tickers: { some: { symbol } } };
  const mentioning = { entities: { some: named } };
  const [entities, articles, articleCount] = await Promise.all([
    db().entity.findMany({ where: named, select: { name: true } }),
    db().article.findMany({
      where: mentioning,
      select: { slug: true, title: true, publisher: true, publishedAt: true },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: COMPANY_ARTICLES,
    }),
    db().article.count({ where: mentioning }),
  ]);
  if (entities.length === 0) return null;
  const names = [...new Set(entities.map((e) => e.name))];

  const about = boundSql(aboutCompany(symbol));
  const [[counted], pageIds] = await Promise.all([
    db().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Fact" f WHERE ${about}`,
    db().$queryRaw<{ id: bigint }[]>`
      SELECT f.id FROM "Fact" f JOIN "Article" a ON a.id = f."articleId"
      WHERE ${about}
      ORDER BY a."publishedAt" DESC NULLS LAST, f."articleId" DESC, f.position ASC
      LIMIT ${COMPANY_PAGE_SIZE} OFFSET ${(page - 1) * COMPANY_PAGE_SIZE}`,
  ]);
  const total = Number(counted!.total);
  // A page: at most COMPANY_PAGE_SIZE ids, and the texts of at most as many articles.
  const rows = await db().fact.findMany({
    where: { id: { in: pageIds.map((r) => Number(r.id)) } },
    include: {
      flags: { select: FLAG_SELECT, orderBy: { id: "asc" } },
      article: { select: { slug: true, title: true, publisher: true, publishedAt: true, text: true } },
    },
  });
  const order = new Map(pageIds.map((r, i) => [Number(r.id), i]));
  const facts = rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map(({ article: { text, ...article }, ...row }) => ({ article, fact: citedFact(factFromRow(row), row, text) }));

  const pages = Math.max(1, Math.ceil(total / COMPANY_PAGE_SIZE));
  return { symbol, name: mostCommon(entities.map((e) => e.name)), names, facts, total, page, pages, articles, articleCount };
});
export type Company = NonNullable<Awaited<ReturnType<typeof getCompany>>>;

/** Facts read per round for a company's facts.csv: far under either engine's limit of bound parameters. */
const CSV_FACTS_PER_READ = 5_000;

/**
 * Every fact about a company (the company page's, by the same definition: aboutCompany),
 * newest article first, with its article: the company's facts.csv. Read in rounds of fact
 * ids, so that no statement binds a list that grows with the corpus.
 */
export async function listCompanyFacts(ticker: string): Promise<ExportedFact[] | null> {
  const symbol = ticker.toUpperCase();
  if (!(await companyExists(symbol))) return null;
  const about = boundSql(aboutCompany(symbol));
  const articleOf = new Map<number, ExportedFact["article"]>();
  const exported: (ExportedFact & { articleId: number; position: number })[] = [];
  for (let after = 0; ; ) {
    const ids = (
      await db().$queryRaw<{ id: bigint | number }[]>`
        SELECT f.id FROM "Fact" f WHERE ${about} AND f.id > ${after} ORDER BY f.id LIMIT ${CSV_FACTS_PER_READ}`
    ).map((r) => Number(r.id));
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    const [rows, flags] = await Promise.all([
      db().fact.findMany({ where: { id: { in: ids } } }),
      db().flag.findMany({ where: { factId: { in: ids } }, select: { factId: true, ...FLAG_SELECT }, orderBy: { id: "asc" } }),
    ]);
    const unread = [...new Set(rows.map((r) => r.articleId))].filter((id) => !articleOf.has(id));
    if (unread.length) {
      const articles = await db().article.findMany({ where: { id: { in: unread } }, select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, text: true } });
      for (const { id, ...article } of articles) articleOf.set(id, article);
    }
    const flagsOf = groupBy(flags, (f) => f.factId);
    for (const row of rows) {
      const fact = factFromRow({ ...row, flags: flagsOf.get(row.id) ?? [] });
      exported.push({ article: articleOf.get(row.articleId)!, fact, citation: row.citation, articleId: row.articleId, position: row.position });
    }
  }
  return exported
    // The company page's order: newest article first (the later stored first on one date), then in article order.
    .sort((a, b) => newestFirst(a.article.publishedAt, b.article.publishedAt) || b.articleId - a.articleId || a.position - b.position)
    .map(({ article, fact, citation }) => ({ article, fact, citation }));
}

function newestFirst(a: string | null, b: string | null): number {
  return (b ?? "").localeCompare(a ?? "");
}

/** The value given most often, the longest on a tie: a company's name among its entities'. */
export function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

/**
 * Ranked full-text search over facts and article text, with marked snippets, on either
 * engine (lib/search), within a deadline; `tooSlow` when past it.
 */
export async function search(input: string, filters: SearchFilters = {}) {
  try {
    return { ...(await fullTextSearch().search(input, { ...filters, company: filters.company?.toUpperCase() })), tooSlow: false };
  } catch (err) {
    if (err instanceof SearchTooSlow) return { facts: [], articles: [], tooSlow: true };
    throw err;
  }
}
export type SearchResults = Awaited<ReturnType<typeof search>>;

export async function articleExists(slug: string): Promise<boolean> {
  return (await db().article.count({ where: { slug } })) > 0;
}

export async function companyExists(ticker: string): Promise<boolean> {
  return (await db().ticker.count({ where: { symbol: ticker.toUpperCase() } })) > 0;
}

/** What the sitemap lists besides home: every article and every company. */
export async function countSitemapAddresses(): Promise<{ articles: number; companies: number }> {
  const [articles, [companies]] = await Promise.all([
    db().article.count(),
    db().$queryRaw<[{ n: bigint | number }]>`SELECT COUNT(DISTINCT symbol) AS n FROM "Ticker"`,
  ]);
  return { articles, companies: Number(companies.n) };
}

/**
 * The sitemap's addresses from position `start`, at most `count`, in one order: home (0), then
 * articles by slug (`articleTotal` of them), then companies by ticker; each part read only where
 * the slice covers it.
 */
export async function listSitemapAddresses(start: number, count: number, articleTotal: number) {
  const end = start + count;
  const articleFrom = Math.max(start, 1) - 1;
  const articleTo = Math.min(end, 1 + articleTotal) - 1;
  const tickerFrom = Math.max(start, 1 + articleTotal) - 1 - articleTotal;
  const tickerTo = end - 1 - articleTotal;
  const [articles, tickers] = await Promise.all([
    articleTo > articleFrom
      ? db().article.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" }, skip: articleFrom, take: articleTo - articleFrom })
      : [],
    tickerTo > tickerFrom
      ? db().$queryRaw<{ symbol: string }[]>`SELECT DISTINCT symbol FROM "Ticker" ORDER BY symbol LIMIT ${tickerTo - tickerFrom} OFFSET ${tickerFrom}`
      : [],
  ]);
  return { home: start === 0 && count > 0, articles, tickers: tickers.map((t) => t.symbol) };
}

/** The newest articles the home page looks through for companies: its cost stays flat as the corpus grows. */
const NEWS_WINDOW = 200;

/** Disputes on the home page, newest flag first. */
const HOME_DISPUTES = 8;
/** The newest flags the home page starts from, and the most facts it reads to join them into disputes: its cost stays flat as the corpus grows. */
const DISPUTE_SEED_FLAGS = 40;
const DISPUTE_FACTS = 80;

/** The home page beyond the article list: companies in the news and figures to check, grouped by claim. */
export async function getNewsOverview() {
  const [companies, disputes] = await Promise.all([
    db().$queryRaw<{ symbol: string; name: string; articles: bigint }[]>`
      SELECT t.symbol, MIN(e.name) AS name, COUNT(DISTINCT e."articleId") AS articles
      FROM (SELECT id, "publishedAt" FROM "Article" ORDER BY "publishedAt" DESC NULLS LAST LIMIT ${NEWS_WINDOW}) a
      JOIN "Entity" e ON e."articleId" = a.id JOIN "Ticker" t ON t."entityId" = e.id
      GROUP BY t.symbol
      ORDER BY MAX(COALESCE(a."publishedAt", '')) DESC, articles DESC, t.symbol
      LIMIT 24`,
    listDisputes(),
  ]);
  return { companies: companies.map((c) => ({ ...c, articles: Number(c.articles) })), disputes };
}

/**
 * The newest flagged facts and the facts their flags link them with (by the flag's
 * evidence, either way), grouped into disputes (lib/briefing/disputes.ts). One recursive
 * query walks the links, each step by an index (Flag's on factId OR on its evidence, the
 * unique Article slug and Fact (articleId, position)), and stops at DISPUTE_FACTS facts: the
 * cost is bounded whatever the corpus.
 *
 * One form for both engines: one recursive term reading `node` once (so both directions are
 * one join, a flag of this fact or a flag naming it), and the cap outside the recursive
 * query (PostgreSQL allows no LIMIT inside one). On both engines the outer LIMIT stops the
 * walk: a recursive WITH query is computed only as far as its reader fetches.
 */
async function listDisputes() {
  const reached = await db().$queryRaw<{ id: bigint | number }[]>`
    WITH RECURSIVE node(id) AS (
      SELECT seed."factId" FROM (SELECT "factId" FROM "Flag" ORDER BY id DESC LIMIT ${DISPUTE_SEED_FLAGS}) AS seed
      UNION
      SELECT CASE WHEN fl."factId" = f.id THEN ef.id ELSE fl."factId" END
      FROM node
        JOIN "Fact" f ON f.id = node.id
        JOIN "Article" a ON a.id = f."articleId"
        JOIN "Flag" fl ON fl."factId" = f.id OR (fl."evidenceSlug" = a.slug AND fl."evidencePosition" = f.position)
        LEFT JOIN "Article" ea ON ea.slug = fl."evidenceSlug"
        LEFT JOIN "Fact" ef ON ef."articleId" = ea.id AND ef.position = fl."evidencePosition"
      -- A flag of this fact leads to its evidence's fact, when it names one.
      WHERE fl."factId" <> f.id OR ef.id IS NOT NULL
    )
    SELECT id FROM node LIMIT ${DISPUTE_FACTS}`;
  /** Fact ids in the order first reached (newest flag first). */
  const ids = reached.map((row) => Number(row.id));
  const rows = await db().fact.findMany({
    where: { id: { in: ids } },
    include: {
      flags: { select: FLAG_SELECT, orderBy: { id: "asc" } },
      article: { select: { slug: true, title: true, publisher: true, publishedAt: true } },
    },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  const flagged: FlaggedFact[] = rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map(({ article: { slug, ...article }, ...row }) => {
      const fact = factFromRow(row);
      return { slug, position: row.position, citation: row.citation, statement: fact.statement, subject: fact.subject, metric: fact.metric, period: fact.period, figure: fact.figure, quote: row.quoteExact ?? fact.statement, article, flags: fact.flags };
    });
  return groupDisputes(flagged, HOME_DISPUTES);
}
