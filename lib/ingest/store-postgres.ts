// The seed's store on PostgreSQL, through pg (the driver @prisma/adapter-pg uses): one
// connection, articles committed in batches, each article a savepoint of its own with its
// rows in one statement, and the cross-source pass under an advisory lock, so that operators
// seeding at once each check against what the others committed. Column names are quoted:
// Prisma's are camelCase.
import pg from "pg";
import { planCitations, storedAnchors, type AnchorRow } from "@/lib/ingest/anchors";
import type { PreparedArticle } from "@/lib/ingest/prepare";
import {
  FACT_COLUMNS,
  factColumns,
  FLAG_COLUMNS,
  flagColumns,
  CLAIM_PERIODS_KEY,
  ENTITY_KEYS_KEY,
  entityNames,
  entitySubjectKeys,
  STALE_KEY,
  type ArticleRecord,
  type ClaimKey,
  type EntityRecord,
  type EntityRows,
  type FactPlacementRecord,
  type FactRecord,
  type KeyLookup,
  type ClaimPlacement,
  type CalendarVoteCounts,
  type KeyedEntityNames,
  keyedEntityNames,
  unnamedFacts,
  type SeedStore,
  type StoreResult,
  type StoredCheck,
} from "@/lib/ingest/store";
import { claimGroup, claimPartyKeys, claimPeriodKey } from "@/lib/verify";

/** The advisory lock key of the cross-source pass: one pass per database at a time. */
const SOURCE_CHECKS_LOCK = 7_215_402_001;
/** PostgreSQL binds at most 65,535 parameters per statement: rows per insert stay well under. */
const MAX_PARAMETERS = 30_000;
/** Lookups (or ids) per statement of the batched reads for the checks: bounds each result's memory. */
const LOOKUP_ROWS = 5_000;
/** Claim-index rows read per query when streaming it. */
const CLAIM_KEY_PAGE = 20_000;
/** A unique violation: another operator inserted the same slug between our read and our insert. */
const UNIQUE_VIOLATION = "23505";
/** A deadlock: two operators' batches each wait on a slug the other holds (they seed the same files in another order). */
const DEADLOCK = "40P01";
/** A batch commits once it holds this many articles or is this old (as SQLite's), so readers see progress. */
const BATCH_ARTICLES = 100;
const BATCH_MS = 500;

/** A flag row's columns: its fact and origin, then the flag's own (flagColumns, in its order); "check" is a reserved word, quoted like every column. */
const FLAG_ROW_COLUMNS = ["factId", "origin", ...FLAG_COLUMNS];

const quoted = (name: string) => `"${name}"`;

/**
 * PostgreSQL's text holds no NUL, which claim keys are joined with (lib/verify: claimGroup):
 * stored with the unit separator in its place, which no metric, unit or name holds.
 */
const KEY_JOINER = "\u0000";
const STORED_JOINER = "\u001f";
/** A claim key (group or party) as this store writes it. */
export const claimKeyAsStored = (key: string) => key.replaceAll(KEY_JOINER, STORED_JOINER);
const fromStored = (key: string) => key.replaceAll(STORED_JOINER, KEY_JOINER);
const claimKeyFromStored = (k: ClaimKey): ClaimKey => ({ group: fromStored(k.group), party: fromStored(k.party), period: k.period });

export class PostgresSeedStore implements SeedStore {
  /** Set once this store wrote an article: its checks are due whatever another run did meanwhile. */
  private wrote = false;
  private inTransaction = false;
  /**
   * The open batch of articles (see storeArticle): its size, when it began, whether it wrote
   * one, and whether the last article's savepoint is still to be released (with the next one's).
   */
  private batch: { size: number; started: number; wrote: boolean; savepointHeld: boolean } | null = null;

  private constructor(
    private readonly client: pg.Client,
    private readonly onCommit: () => void,
    private readonly writes: ArticleStatements,
  ) {}

  /** Connects to an existing, migrated database; see openSeedStore. */
  static async open(url: string, onCommit: () => void = () => {}): Promise<PostgresSeedStore> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // No JIT: this store's statements are index probes and one article's rows, and
    // compiling took 1.7 s of a 3.8 s batched lookup (3,000 articles, PostgreSQL 15).
    await client.query("SET jit = off");
    return new PostgresSeedStore(client, onCommit, articleStatements(await columnTypes(client)));
  }

  private async rows<R extends pg.QueryResultRow>(text: string, values: unknown[] = [], name?: string): Promise<R[]> {
    return (await this.client.query<R>({ text, values, ...(name ? { name } : {}) })).rows;
  }

  /**
   * Runs `work` in a transaction of its own (or in the open one, a check pass's; an open batch
   * of articles is committed first); `bump` adds a content-version bump to its commit.
   */
  private async transaction<T>(work: () => Promise<T>, bump: (result: T) => boolean): Promise<T> {
    await this.commitBatch();
    if (this.inTransaction) return work();
    await this.client.query("BEGIN");
    this.inTransaction = true;
    try {
      const result = await work();
      if (bump(result)) await this.client.query(`UPDATE "ContentVersion" SET version = version + 1 WHERE id = 1`);
      await this.client.query("COMMIT");
      this.inTransaction = false;
      this.onCommit();
      return result;
    } catch (err) {
      this.inTransaction = false;
      await this.client.query("ROLLBACK").catch(() => {});
      throw err;
    }
  }

  /**
   * Inserts `rows` into `table` in as few multi-row statements as the parameter limit
   * allows; returns the `returning` columns of every row inserted, in no promised order.
   */
  private async insertRows<R extends pg.QueryResultRow>(
    table: string,
    columns: readonly string[],
    rows: readonly unknown[][],
    returning?: string,
  ): Promise<R[]> {
    const out: R[] = [];
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
    for (let i = 0; i < rows.length; i += perStatement) {
      const slice = rows.slice(i, i + perStatement);
      const values: unknown[] = [];
      const tuples = slice.map((row) => `(${row.map((value) => (values.push(value), `$${values.length}`)).join(", ")})`);
      const sql = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(", ")}) VALUES ${tuples.join(", ")}${returning ? ` RETURNING ${returning}` : ""}`;
      out.push(...(await this.rows<R>(sql, values)));
    }
    return out;
  }

  /**
   * Writes one article all or nothing (storeOnce) in the open batch, a savepoint of its own:
   * an error rolls back this article only. A batch is one transaction of up to BATCH_ARTICLES
   * articles or BATCH_MS, with one stale mark and one content-version bump in its commit:
   * committed once per article, the commit and the bump were the seed's most frequent writes.
   */
  async storeArticle(article: PreparedArticle): Promise<StoreResult> {
    await this.beginBatch();
    const result = await this.inSavepoint(article.slug, (found) => this.storeOnce(article, found)).catch(async (err: unknown) => {
      // Another operator's batch holds this slug (a unique violation, or a deadlock on slugs
      // each holds): commit ours, which frees what they wait on, and try once more in a new one.
      const code = (err as { code?: string }).code;
      if (code !== UNIQUE_VIOLATION && code !== DEADLOCK) throw err;
      await this.commitBatch();
      await this.beginBatch();
      return this.inSavepoint(article.slug, (found) => this.storeOnce(article, found));
    });
    if (result.outcome !== "unchanged") {
      this.wrote = true;
      this.batch!.wrote = true;
    }
    return result;
  }

  /**
   * Runs `work` in a savepoint of its own, given the stored article of `slug` (if any). The
   * previous article's release, this savepoint and the look for the slug go in one message
   * (the simple protocol takes several statements, the slug as an escaped literal): one round
   * trip where they took three. A savepoint still held at the commit is released by it.
   */
  private async inSavepoint<T>(slug: string, work: (found: StoredSlug | undefined) => Promise<T>): Promise<T> {
    const batch = this.batch!;
    const release = batch.savepointHeld ? "RELEASE SAVEPOINT article; " : "";
    batch.savepointHeld = false;
    try {
      // Several statements give one result each (pg's typings know only one).
      const results = (await this.client.query(
        `${release}SAVEPOINT article; SELECT id, "contentHash", source FROM "Article" WHERE slug = ${this.client.escapeLiteral(slug)}`,
      )) as unknown as pg.QueryResult<StoredSlug>[];
      const result = await work(results.at(-1)!.rows[0]);
      batch.savepointHeld = true;
      return result;
    } catch (err) {
      await this.client.query("ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article");
      throw err;
    }
  }

  /** Commits the open batch when it is full or old, then opens one if none is. */
  private async beginBatch(): Promise<void> {
    const now = Date.now();
    if (this.batch && (this.batch.size >= BATCH_ARTICLES || now - this.batch.started >= BATCH_MS)) await this.commitBatch();
    if (!this.batch) {
      await this.client.query("BEGIN");
      this.batch = { size: 0, started: now, wrote: false, savepointHeld: false };
    }
    this.batch.size++;
  }

  /**
   * Commits the open batch, with the stale mark and the content-version bump when it wrote an
   * article. The mark is written before the bump, the order every writer takes these two rows
   * in (a check pass too), and only at the commit: two operators' batches never wait on each
   * other crosswise, nor for longer than a commit.
   */
  private async commitBatch(): Promise<void> {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    try {
      if (batch.wrote) {
        await this.client.query({
          text: `INSERT INTO "SeedState" (key, value) VALUES ($1, 'stale') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          values: [STALE_KEY],
        });
        await this.client.query(`UPDATE "ContentVersion" SET version = version + 1 WHERE id = 1`);
      }
      await this.client.query("COMMIT");
    } catch (err) {
      await this.client.query("ROLLBACK").catch(() => {});
      throw err;
    }
    this.onCommit();
  }

  /**
   * One article with its entities, facts and claim keys, in the open batch (see
   * SqliteSeedStore's storeArticle for what re-seeding keeps), `found` what the look for its
   * slug read (inSavepoint). A new slug (most of a seed) is then every row in one INSERT … WITH
   * (ArticleStatements): two round trips with the savepoint's and the look, where a statement
   * per table and a transaction around them took twelve.
   */
  private async storeOnce(article: PreparedArticle, found: StoredSlug | undefined): Promise<StoreResult> {
    if (found && found.contentHash === article.contentHash && found.source === article.source) return unchanged(found.id);
    if (!found) {
      const citations = planCitations(article.text, article.facts, null);
      const [row] = await this.rows<{ id: number | null }>(this.writes.insert.text, [article.slug, ...articleFields(article, citations.maxCitation), ...childArrays(article, citations)], "insertArticle");
      if (row?.id != null) return { outcome: "stored", articleId: row.id, replaced: [], replacedEntities: [], droppedCitations: citations.dropped };
      // Another operator stored the slug since the look: replace theirs, as a re-seed would.
    }
    // FOR UPDATE: a second operator re-seeding this slug waits for this transaction.
    const [existing] = await this.rows<{ id: number; contentHash: string; source: string; text: string; maxCitation: number }>(
      `SELECT id, "contentHash", source, text, "maxCitation" FROM "Article" WHERE slug = $1 FOR UPDATE`,
      [article.slug],
    );
    if (existing && existing.contentHash === article.contentHash && existing.source === article.source) return unchanged(existing.id);
    const previousSource = existing && existing.source !== article.source ? existing.source : undefined;
    const previousAnchors = existing
      ? await this.rows<AnchorRow>(`SELECT citation, "citeStart", "citeEnd", "quoteExact", "quotePrefix", "quoteSuffix" FROM "Fact" WHERE "articleId" = $1`, [existing.id])
      : [];
    const citations = planCitations(
      article.text,
      article.facts,
      existing ? { anchors: storedAnchors(existing.text, previousAnchors), maxCitation: existing.maxCitation } : null,
    );
    const children = childArrays(article, citations);
    const fields = articleFields(article, citations.maxCitation);
    if (!existing) {
      const [row] = await this.rows<{ id: number }>(this.writes.insert.text, [article.slug, ...fields, ...children], "insertArticle");
      return { outcome: "stored", articleId: row!.id, replaced: [], replacedEntities: [], droppedCitations: citations.dropped };
    }
    const articleId = existing.id;
    const replaced = (
      await this.rows<ClaimKey>(`SELECT c."group", c.party, c.period FROM "ClaimParty" c JOIN "Fact" f ON f.id = c."factId" WHERE f."articleId" = $1`, [articleId])
    ).map(claimKeyFromStored);
    const replacedEntities = entityNames(await this.entitiesOfArticles([articleId]));
    // Children (tickers, mentions, keys, flags, claim keys) cascade from these two tables.
    await this.client.query({ text: `DELETE FROM "Entity" WHERE "articleId" = $1`, values: [articleId] });
    await this.client.query({ text: `DELETE FROM "Fact" WHERE "articleId" = $1`, values: [articleId] });
    await this.rows(this.writes.update.text, [articleId, ...fields, ...children], "updateArticle");
    const outcome = previousSource ? "replaced" : "updated";
    return { outcome, articleId, replaced, replacedEntities, droppedCitations: citations.dropped, ...(previousSource ? { previousSource } : {}) };
  }

  /** Commits the open batch of articles. */
  async commit(): Promise<void> {
    await this.commitBatch();
  }

  async close(): Promise<void> {
    await this.commitBatch();
    await this.client.end();
  }

  async checksStale(): Promise<boolean> {
    if (this.wrote) return true;
    const [row] = await this.rows<{ value: string }>(`SELECT value FROM "SeedState" WHERE key = $1`, [STALE_KEY]);
    return row?.value === "stale";
  }

  // ------------------------------------------------------------ reads for the checks

  async articleCount(): Promise<number> {
    return (await this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`))[0]!.n;
  }

  async allEntityNames(): Promise<EntityRows> {
    return {
      entities: await this.rows<EntityRecord>(`SELECT id, "articleId", name, kind FROM "Entity" ORDER BY "articleId", position`),
      tickers: await this.rows<{ entityId: number; symbol: string }>(`SELECT "entityId", symbol FROM "Ticker"`),
    };
  }

  async entityNamesByKeys(keys: readonly string[], articles: readonly number[]): Promise<KeyedEntityNames[]> {
    const rows: { name: string; kind: string; tickers: string | null; outside: boolean }[] = [];
    for (let start = 0; start < keys.length; start += LOOKUP_ROWS) {
      rows.push(
        ...(await this.rows<(typeof rows)[number]>(
          `SELECT e.name, e.kind, (SELECT string_agg(symbol, chr(31) ORDER BY symbol) FROM "Ticker" t WHERE t."entityId" = e.id) AS tickers,
                  bool_or(NOT (e."articleId" = ANY($2::int[]))) AS outside
           FROM "EntityKey" k JOIN "Entity" e ON e.id = k."entityId" WHERE k.key = ANY($1::text[]) GROUP BY 1, 2, 3`,
          [keys.slice(start, start + LOOKUP_ROWS), articles],
        )),
      );
    }
    return keyedEntityNames(rows);
  }

  async entitiesOfArticles(articleIds: readonly number[]): Promise<EntityRows> {
    const entities: EntityRecord[] = [];
    for (let start = 0; start < articleIds.length; start += LOOKUP_ROWS) {
      entities.push(
        ...(await this.rows<EntityRecord>(`SELECT id, "articleId", name, kind FROM "Entity" WHERE "articleId" = ANY($1::int[]) ORDER BY "articleId", position`, [
          articleIds.slice(start, start + LOOKUP_ROWS),
        ])),
      );
    }
    return { entities, tickers: await this.tickersOf(entities.map((e) => e.id)) };
  }

  private async tickersOf(entityIds: readonly number[]): Promise<{ entityId: number; symbol: string }[]> {
    const tickers: { entityId: number; symbol: string }[] = [];
    for (let start = 0; start < entityIds.length; start += LOOKUP_ROWS) {
      tickers.push(...(await this.rows<{ entityId: number; symbol: string }>(`SELECT "entityId", symbol FROM "Ticker" WHERE "entityId" = ANY($1::int[])`, [entityIds.slice(start, start + LOOKUP_ROWS)])));
    }
    return tickers;
  }

  async fillEntityKeys(): Promise<number> {
    const [state] = await this.rows<{ value: string }>(`SELECT value FROM "SeedState" WHERE key = $1`, [ENTITY_KEYS_KEY]);
    if (state?.value === "1") return 0;
    return this.transaction(
      async () => {
        const unkeyed = `FROM "Entity" e WHERE NOT EXISTS (SELECT 1 FROM "EntityKey" k WHERE k."entityId" = e.id)`;
        const rows: EntityRows = {
          entities: await this.rows<EntityRecord>(`SELECT e.id, e."articleId", e.name, e.kind ${unkeyed}`),
          tickers: await this.rows<{ entityId: number; symbol: string }>(`SELECT t."entityId", t.symbol FROM "Ticker" t WHERE t."entityId" IN (SELECT e.id ${unkeyed})`),
        };
        const names = entityNames(rows);
        const keys = rows.entities.flatMap((e, i) => entitySubjectKeys(names[i]!).map((key) => [e.id, key]));
        await this.insertRows("EntityKey", ["entityId", "key"], keys);
        await this.client.query({
          text: `INSERT INTO "SeedState" (key, value) VALUES ($1, '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          values: [ENTITY_KEYS_KEY],
        });
        return rows.entities.length;
      },
      () => false,
    );
  }

  /**
   * Every lookup of a kind in one statement per chunk: the lookups as unnested arrays, each
   * row tagged with its lookup's index and one period, probing the (party, group, period)
   * index. The probe is a LATERAL subquery kept apart (OFFSET 0): as a plain join, the
   * planner sorted the whole claim index for a merge join in every statement.
   */
  async factIdsByKeys(lookups: readonly KeyLookup[]): Promise<number[][]> {
    const out = lookups.map((): number[] => []);
    const byPeriod: [number, string, string, string][] = [];
    const byGroup: [number, string, string][] = [];
    const byParty: [number, string][] = [];
    lookups.forEach(({ party, group, periods }, i) => {
      if (group === undefined) byParty.push([i, claimKeyAsStored(party)]);
      else if (periods === undefined) byGroup.push([i, claimKeyAsStored(party), claimKeyAsStored(group)]);
      else for (const period of new Set(periods)) byPeriod.push([i, claimKeyAsStored(party), claimKeyAsStored(group), period]);
    });
    const run = async (rows: unknown[][], types: string[], columns: string, on: string) => {
      for (let start = 0; start < rows.length; start += LOOKUP_ROWS) {
        const chunk = rows.slice(start, start + LOOKUP_ROWS);
        const arrays = types.map((_, column) => chunk.map((row) => row[column]));
        const found = await this.rows<{ i: number; factId: number }>(
          `SELECT v.i, c."factId" FROM unnest(${types.map((type, n) => `$${n + 1}::${type}[]`).join(", ")}) AS v(${columns})
           CROSS JOIN LATERAL (SELECT "factId" FROM "ClaimParty" c WHERE ${on} OFFSET 0) c`,
          arrays,
        );
        for (const { i, factId } of found) out[i]!.push(factId);
      }
    };
    await run(byPeriod, ["int", "text", "text", "text"], "i, party, grp, period", `c.party = v.party AND c."group" = v.grp AND c.period = v.period`);
    await run(byGroup, ["int", "text", "text"], "i, party, grp", `c.party = v.party AND c."group" = v.grp`);
    await run(byParty, ["int", "text"], "i, party", `c.party = v.party`);
    return out;
  }

  /**
   * Only the rows whose values change are written (IS DISTINCT FROM; likewise the check pass's
   * other updates): PostgreSQL writes a new version of every row an UPDATE matches, with an
   * entry in each of its indexes, even when nothing in it changes.
   */
  async writeClaimPlacements(placements: readonly ClaimPlacement[]): Promise<void> {
    if (placements.length === 0) return;
    await this.transaction(
      async () => {
        for (let i = 0; i < placements.length; i += CLAIM_KEY_PAGE) {
          const page = placements.slice(i, i + CLAIM_KEY_PAGE);
          const ids = page.map((p) => p.factId);
          await this.client.query({
            text: `UPDATE "Fact" f SET "claimPeriod" = v.period, "calendarVote" = v.vote FROM unnest($1::int[], $2::text[], $3::int[]) AS v(id, period, vote)
                   WHERE f.id = v.id AND (f."claimPeriod" IS DISTINCT FROM v.period OR f."calendarVote" IS DISTINCT FROM v.vote)`,
            values: [ids, page.map((p) => p.claimPeriod), page.map((p) => p.calendarVote)],
          });
          await this.client.query({
            text: `UPDATE "ClaimParty" c SET period = v.period FROM unnest($1::int[], $2::text[]) AS v(id, period) WHERE c."factId" = v.id AND c.period IS DISTINCT FROM v.period`,
            values: [ids, page.map((p) => p.indexPeriod)],
          });
        }
      },
      () => false,
    );
  }

  async claimKeysOfFacts(factIds: readonly number[]): Promise<Map<number, ClaimKey[]>> {
    return this.groupedByChunk<ClaimKey & { factId: number }, ClaimKey>(
      factIds,
      `SELECT "factId", "group", party, period FROM "ClaimParty" WHERE "factId" = ANY($1::int[]) ORDER BY "factId", party`,
      ({ factId, ...key }) => [factId, claimKeyFromStored(key)],
    );
  }

  async numericFactIdsOfArticles(articleIds: readonly number[]): Promise<Map<number, number[]>> {
    return this.groupedByChunk<{ id: number; articleId: number }, number>(
      articleIds,
      `SELECT id, "articleId" FROM "Fact" WHERE "articleId" = ANY($1::int[]) AND value IS NOT NULL ORDER BY id`,
      ({ id, articleId }) => [articleId, id],
    );
  }

  /** `sql` (its $1 a chunk of `ids`, LOOKUP_ROWS at most) run over every chunk, its rows as [id, value] grouped by id, in the order read. */
  private async groupedByChunk<R extends pg.QueryResultRow, V>(ids: readonly number[], sql: string, entry: (row: R) => [number, V]): Promise<Map<number, V[]>> {
    const out = new Map<number, V[]>();
    for (let start = 0; start < ids.length; start += LOOKUP_ROWS) {
      for (const row of await this.rows<R>(sql, [ids.slice(start, start + LOOKUP_ROWS)])) {
        const [id, value] = entry(row);
        const list = out.get(id);
        if (list) list.push(value);
        else out.set(id, [value]);
      }
    }
    return out;
  }

  async fillClaimPeriods(version: string, keyOf: (period: string | null, publishedAt: string | null, quote: string) => string): Promise<number> {
    const [state] = await this.rows<{ value: string }>(`SELECT value FROM "SeedState" WHERE key = $1`, [CLAIM_PERIODS_KEY]);
    if (state?.value === version) return 0;
    return this.transaction(
      async () => {
        // The passage as the checks read it: its quote, or (stored before quote selectors) cut from the text.
        const rows = await this.rows<{ id: number; period: string | null; publishedAt: string | null; quote: string; cut: boolean; citeStart: number; citeEnd: number }>(
          `SELECT f.id, f.period, a."publishedAt", COALESCE(f."quoteExact", a.text) AS quote, f."quoteExact" IS NULL AS cut, f."citeStart", f."citeEnd"
           FROM "Fact" f JOIN "Article" a ON a.id = f."articleId" WHERE EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c."factId" = f.id)`,
        );
        for (let i = 0; i < rows.length; i += CLAIM_KEY_PAGE) {
          const page = rows.slice(i, i + CLAIM_KEY_PAGE);
          await this.client.query({
            text: `UPDATE "ClaimParty" c SET period = v.period FROM unnest($1::int[], $2::text[]) AS v(id, period) WHERE c."factId" = v.id AND c.period IS DISTINCT FROM v.period`,
            values: [page.map((r) => r.id), page.map((r) => keyOf(r.period, r.publishedAt, r.cut ? r.quote.slice(r.citeStart, r.citeEnd) : r.quote))],
          });
        }
        await this.client.query({
          text: `INSERT INTO "SeedState" (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          values: [CLAIM_PERIODS_KEY, version],
        });
        return rows.length;
      },
      () => false,
    );
  }

  /** Page by page in key order (keyset, no cursor): memory stays a page's. */
  async *iterateClaimKeys(): AsyncIterable<[number, string, string]> {
    let after: [number, string] = [0, ""];
    for (;;) {
      const page = await this.rows<{ factId: number; group: string; party: string }>(
        `SELECT "factId", "group", party FROM "ClaimParty" WHERE ("factId", party) > ($1, $2) ORDER BY "factId", party LIMIT ${CLAIM_KEY_PAGE}`,
        after,
      );
      for (const r of page) yield [r.factId, fromStored(r.group), fromStored(r.party)];
      if (page.length < CLAIM_KEY_PAGE) return;
      const last = page[page.length - 1]!;
      after = [last.factId, last.party];
    }
  }

  async numericFactIdsWithoutClaim(): Promise<number[]> {
    return (
      await this.rows<{ id: number }>(
        `SELECT id FROM "Fact" f WHERE value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c."factId" = f.id) ORDER BY id`,
      )
    ).map((r) => r.id);
  }

  async factsById(ids: readonly number[]): Promise<FactRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.rows<Omit<FactRecord, "quote"> & { quote: string | null }>(
      `SELECT id, "articleId", position, citation, kind, statement, metric, basis, subject, period, "citeStart", "citeEnd",
              "figureStart", "figureEnd", value, high, unit, per, qualifier, change, "quoteExact" AS quote, "claimPeriod", "calendarVote", "checkDigest"
       FROM "Fact" WHERE id = ANY($1::int[]) ORDER BY id`,
      [ids],
    );
    // A row stored before quote selectors has no quoteExact: cut from its article's text.
    for (const row of rows) {
      if (row.quote === null) {
        const [article] = await this.rows<{ text: string }>(`SELECT text FROM "Article" WHERE id = $1`, [row.articleId]);
        row.quote = article!.text.slice(row.citeStart, row.citeEnd);
      }
    }
    return rows as FactRecord[];
  }

  async factPlacements(ids: readonly number[]): Promise<FactPlacementRecord[]> {
    if (ids.length === 0) return [];
    return this.rows<FactPlacementRecord>(`SELECT id, "articleId", subject, "claimPeriod", "calendarVote" FROM "Fact" WHERE id = ANY($1::int[]) ORDER BY id`, [ids]);
  }

  async calendarVoteCounts(): Promise<CalendarVoteCounts> {
    const bySubject = await this.rows<CalendarVoteCounts["bySubject"][number]>(
      `SELECT subject, "calendarVote", COUNT(*)::int AS facts FROM "Fact" f
       WHERE subject IS NOT NULL AND EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c."factId" = f.id) GROUP BY subject, "calendarVote"`,
    );
    const rows = await this.rows<{ id: number; articleId: number; calendarVote: number | null; party: string }>(
      `SELECT f.id, f."articleId", f."calendarVote", c.party FROM "Fact" f JOIN "ClaimParty" c ON c."factId" = f.id WHERE f.subject IS NULL ORDER BY f.id`,
    );
    return { bySubject, unnamed: unnamedFacts(rows.map((row) => ({ ...row, party: fromStored(row.party) }))) };
  }

  async articlesById(ids: readonly number[]): Promise<ArticleRecord[]> {
    if (ids.length === 0) return [];
    return this.rows<ArticleRecord>(`SELECT id, slug, title, publisher, "publishedAt" FROM "Article" WHERE id = ANY($1::int[]) ORDER BY id`, [ids]);
  }

  async mentionsOfArticles(articleIds: readonly number[]): Promise<{ entityId: number; start: number; end: number }[]> {
    if (articleIds.length === 0) return [];
    return this.rows(
      `SELECT m."entityId", m.start, m."end" FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId" WHERE e."articleId" = ANY($1::int[]) ORDER BY m.id`,
      [articleIds],
    );
  }

  // ------------------------------------------------------------ writes of the checks

  async writeChecks(checks: readonly StoredCheck[], complete: boolean, flagsCleared = false): Promise<void> {
    await this.transaction(
      async () => {
        const ids = checks.map((c) => c.factId);
        if (!flagsCleared && ids.length) {
          await this.client.query({ text: `DELETE FROM "Flag" WHERE "factId" = ANY($1::int[]) AND origin = 'sources'`, values: [ids] });
        }
        const flags = checks.flatMap((check) => check.flags.map((flag) => flagRow(check.factId, "sources", flagColumns(flag))));
        await this.insertRows("Flag", FLAG_ROW_COLUMNS, flags);
        if (ids.length) {
          await this.client.query({
            text: `UPDATE "Fact" f SET verdict = v.verdict, "checkDigest" = v.digest FROM unnest($1::int[], $2::text[], $3::text[]) AS v(id, verdict, digest)
                   WHERE f.id = v.id AND (f.verdict IS DISTINCT FROM v.verdict OR f."checkDigest" IS DISTINCT FROM v.digest)`,
            values: [ids, checks.map((c) => c.verdict), checks.map((c) => c.digest)],
          });
        }
        if (complete) {
          await this.client.query({ text: `DELETE FROM "SeedState" WHERE key = $1`, values: [STALE_KEY] });
          this.wrote = false;
        }
      },
      () => true,
    );
  }

  async clearAllChecks(): Promise<void> {
    await this.transaction(
      async () => {
        await this.client.query(`DELETE FROM "Flag" WHERE origin = 'sources'`);
        await this.client.query(`UPDATE "Fact" SET verdict = NULL, "checkDigest" = NULL WHERE verdict IS NOT NULL OR "checkDigest" IS NOT NULL`);
      },
      () => true,
    );
  }

  /**
   * The pass in one transaction under a transaction-level advisory lock: a second operator's
   * pass waits for this one to commit, then reads what it wrote (READ COMMITTED reads the
   * newest commit at each statement). The lock goes with the commit or the rollback.
   */
  async inOneTransaction<T>(pass: () => Promise<T>): Promise<T> {
    return this.transaction(
      async () => {
        await this.client.query({ text: `SELECT pg_advisory_xact_lock($1)`, values: [SOURCE_CHECKS_LOCK] });
        return pass();
      },
      () => true,
    );
  }
}

/** What the look for a slug reads of its stored article. */
interface StoredSlug {
  id: number;
  contentHash: string;
  source: string;
}

function flagRow(factId: number, origin: "article" | "sources", flag: ReturnType<typeof flagColumns>): unknown[] {
  return [factId, origin, ...Object.values(flag)];
}

function unchanged(articleId: number): StoreResult {
  return { outcome: "unchanged", articleId, replaced: [], replacedEntities: [], droppedCitations: [] };
}

// ------------------------------------------------------------ one statement per article

/** The columns of Fact and Flag with their types, as a cast takes them ("double precision"): what the arrays are cast to. */
async function columnTypes(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ table: string; column: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relname IN ('Fact', 'Flag') AND n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  return new Map(rows.map((r) => [`${r.table}.${r.column}`, r.type]));
}

/** Article's columns the statements set, after its slug (or id), in articleFields' order. */
const ARTICLE_COLUMNS = ["source", "format", "title", "publisher", "url", "publishedAt", "text", "contentHash", "maxCitation", "updatedAt"];

function articleFields(article: PreparedArticle, maxCitation: number): unknown[] {
  return [article.source, article.format, article.title, article.publisher, article.url, article.publishedAt, article.text, article.contentHash, maxCitation, new Date()];
}

/** Fact's columns but its article (the statement's): facts are keyed by position until their ids exist. */
const FACT_ROW_COLUMNS = FACT_COLUMNS.filter((c) => c !== "articleId");

/**
 * One article's child rows as one array per column, in the order of ArticleStatements'
 * parameters after the article's: entities by position, their tickers, mentions and keys by
 * the entity's position, facts by position, their flags and claim keys by the fact's.
 */
function childArrays(article: PreparedArticle, citations: ReturnType<typeof planCitations>): unknown[][] {
  const columns = (rows: unknown[][], width: number) => Array.from({ length: width }, (_, i) => rows.map((row) => row[i]));
  const entities: unknown[][] = [];
  const tickers: unknown[][] = [];
  const mentions: unknown[][] = [];
  const keys: unknown[][] = [];
  article.entities.forEach((entity, position) => {
    entities.push([position, entity.name, entity.kind]);
    for (const symbol of new Set(entity.tickers)) tickers.push([position, symbol]);
    for (const [start, end] of entity.mentions) mentions.push([position, start, end]);
    for (const key of entitySubjectKeys(entity)) keys.push([position, key]);
  });
  const facts: unknown[][] = [];
  const flags: unknown[][] = [];
  const claimKeys: unknown[][] = [];
  article.facts.forEach((fact, position) => {
    const row = factColumns(0, position, citations.citations[position]!, citations.selectors[position]!, fact);
    facts.push(FACT_ROW_COLUMNS.map((c) => row[c as keyof typeof row]));
    for (const flag of fact.flags) flags.push([position, ...Object.values(flagColumns(flag))]);
    const group = claimGroup(fact);
    if (group === null) return;
    const period = claimPeriodKey(fact.period, article.publishedAt, article.text.slice(...fact.cite));
    for (const party of claimPartyKeys(fact, article.entities)) claimKeys.push([position, claimKeyAsStored(group), claimKeyAsStored(party), period]);
  });
  return [
    ...columns(entities, 3),
    ...columns(tickers, 2),
    ...columns(mentions, 3),
    ...columns(keys, 2),
    ...columns(facts, FACT_ROW_COLUMNS.length),
    ...columns(flags, 1 + FLAG_COLUMNS.length),
    ...columns(claimKeys, 4),
  ];
}

interface ArticleStatements {
  /** A new article: $1 its slug; nothing is written (and the id is null) when the slug is taken. */
  insert: { text: string };
  /** A stored article's new version, its old children deleted: $1 its id. */
  update: { text: string };
}

/**
 * Every row of one article in one statement: the article's row, then each child table's
 * rows from one array per column (unnest), joined to the ids their parents got by position.
 * The stale mark and the content-version bump are the batch's, at its commit (commitBatch).
 */
function articleStatements(types: Map<string, string>): ArticleStatements {
  const typeOf = (table: string, column: string) => {
    const type = types.get(`${table}.${column}`);
    if (!type) throw new Error(`the database has no column ${table}.${column}: migrate it (npm run db:migrate)`);
    return type;
  };
  let n = 1 + ARTICLE_COLUMNS.length;
  const arrays = (typesOf: string[]) => typesOf.map((type) => `$${++n}::${type}[]`).join(", ");
  const alias = (columns: string[]) => columns.map(quoted).join(", ");
  const children = [
    `ent AS (INSERT INTO "Entity" ("articleId", position, name, kind)
       SELECT art.id, v.position, v.name, v.kind FROM art, unnest(${arrays(["int", "text", "text"])}) AS v(position, name, kind) RETURNING id, position)`,
    `tic AS (INSERT INTO "Ticker" ("entityId", symbol)
       SELECT ent.id, v.symbol FROM unnest(${arrays(["int", "text"])}) AS v(position, symbol) JOIN ent ON ent.position = v.position)`,
    `men AS (INSERT INTO "Mention" ("entityId", start, "end")
       SELECT ent.id, v.start, v."end" FROM unnest(${arrays(["int", "int", "int"])}) AS v(position, start, "end") JOIN ent ON ent.position = v.position)`,
    `eky AS (INSERT INTO "EntityKey" ("entityId", key)
       SELECT ent.id, v.key FROM unnest(${arrays(["int", "text"])}) AS v(position, key) JOIN ent ON ent.position = v.position)`,
    `fac AS (INSERT INTO "Fact" ("articleId", ${alias(FACT_ROW_COLUMNS)})
       SELECT art.id, ${FACT_ROW_COLUMNS.map((c) => `v.${quoted(c)}`).join(", ")}
       FROM art, unnest(${arrays(FACT_ROW_COLUMNS.map((c) => typeOf("Fact", c)))}) AS v(${alias(FACT_ROW_COLUMNS)}) RETURNING id, position)`,
    `fla AS (INSERT INTO "Flag" ("factId", origin, ${alias(FLAG_COLUMNS)})
       SELECT fac.id, 'article', ${FLAG_COLUMNS.map((c) => `v.${quoted(c)}`).join(", ")}
       FROM unnest(${arrays(["int", ...FLAG_COLUMNS.map((c) => typeOf("Flag", c))])}) AS v("factPosition", ${alias(FLAG_COLUMNS)}) JOIN fac ON fac.position = v."factPosition")`,
    `cla AS (INSERT INTO "ClaimParty" ("factId", "group", party, period)
       SELECT fac.id, v.grp, v.party, v.period FROM unnest(${arrays(["int", "text", "text", "text"])}) AS v(position, grp, party, period) JOIN fac ON fac.position = v.position)`,
  ].join(",\n");
  const tail = `${children}\nSELECT (SELECT id FROM art) AS id`;
  const set = ARTICLE_COLUMNS.map((c, i) => `${quoted(c)} = $${i + 2}`).join(", ");
  return {
    insert: {
      text: `WITH art AS (INSERT INTO "Article" (slug, ${alias(ARTICLE_COLUMNS)}, "ingestedAt") VALUES ($1, ${ARTICLE_COLUMNS.map((_, i) => `$${i + 2}`).join(", ")}, $11)
               ON CONFLICT (slug) DO NOTHING RETURNING id),\n${tail}`,
    },
    update: { text: `WITH art AS (UPDATE "Article" SET ${set} WHERE id = $1 RETURNING id),\n${tail}` },
  };
}
