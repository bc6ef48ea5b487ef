// The seed's store on SQLite, through better-sqlite3 (Prisma's own driver here): prepared
// statements, articles committed in batches, each article a savepoint of its own.
import { openSqlite, type SqliteDatabase, type SqliteStatement } from "@/lib/db/sqlite";
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
  type EntityNames,
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
import { claimGroup, claimPartyKeys, claimPeriodKey, MAX_PERIOD_CANDIDATES } from "@/lib/verify";

/** Lists of ids bound into one statement: well under SQLite's limit on parameters. */
const ID_BATCH = 500;

export class SqliteSeedStore implements SeedStore {
  private readonly db: SqliteDatabase;
  private readonly statements;

  /** Opens an existing, migrated database file; see openSeedStore. */
  constructor(
    file: string,
    private readonly onCommit: () => void = () => {},
  ) {
    this.db = openSqlite(file, { fileMustExist: true, timeout: 5_000 });
    // WAL lets the server keep reading while a seed writes (it persists in the file); with
    // WAL, NORMAL sync keeps every committed transaction through a crash of the process.
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    // 64 MB of page cache, not SQLite's 2 MB: a check pass into 40,000 articles reads the
    // rows of some 90,000 facts scattered over a 900 MB file, and re-read them from the OS
    // at 2 MB (its checks phase took 14 to 18 s of wall time, 10 to 12 s at 64 MB).
    this.db.pragma("cache_size = -65536");
    const db = this.db;
    this.statements = {
      existing: db.prepare<[string], { id: number; contentHash: string; source: string }>(
        `SELECT id, contentHash, source FROM "Article" WHERE slug = ?`,
      ),
      insertArticle: db.prepare(
        `INSERT INTO "Article" (slug, source, format, title, publisher, url, publishedAt, text, contentHash, maxCitation, ingestedAt, updatedAt)
         VALUES (@slug, @source, @format, @title, @publisher, @url, @publishedAt, @text, @contentHash, @maxCitation, @now, @now)`,
      ),
      updateArticle: db.prepare(
        `UPDATE "Article" SET source = @source, format = @format, title = @title, publisher = @publisher, url = @url,
         publishedAt = @publishedAt, text = @text, contentHash = @contentHash, maxCitation = @maxCitation, updatedAt = @now WHERE id = @id`,
      ),
      // The previous version's cited passages, to keep their numbers where they still are.
      previousText: db.prepare<[number], { text: string; maxCitation: number }>(`SELECT text, maxCitation FROM "Article" WHERE id = ?`),
      previousAnchors: db.prepare<[number], AnchorRow>(
        `SELECT citation, citeStart, citeEnd, quoteExact, quotePrefix, quoteSuffix FROM "Fact" WHERE articleId = ?`,
      ),
      claimKeysOfArticle: db.prepare<[number], ClaimKey>(
        `SELECT c."group", c.party, c.period FROM "ClaimParty" c JOIN "Fact" f ON f.id = c.factId WHERE f.articleId = ?`,
      ),
      previousEntities: db.prepare<[number], { id: number; name: string; kind: string }>(
        `SELECT id, name, kind FROM "Entity" WHERE articleId = ? ORDER BY position`,
      ),
      previousTickers: db.prepare<[number], { entityId: number; symbol: string }>(
        `SELECT t.entityId, t.symbol FROM "Ticker" t JOIN "Entity" e ON e.id = t.entityId WHERE e.articleId = ?`,
      ),
      // Children (tickers, mentions, keys, flags, claim keys) cascade from these two tables.
      deleteEntities: db.prepare(`DELETE FROM "Entity" WHERE articleId = ?`),
      deleteFacts: db.prepare(`DELETE FROM "Fact" WHERE articleId = ?`),
      insertEntity: db.prepare(`INSERT INTO "Entity" (articleId, position, name, kind) VALUES (?, ?, ?, ?)`),
      insertTicker: db.prepare(`INSERT INTO "Ticker" (entityId, symbol) VALUES (?, ?)`),
      insertMention: db.prepare(`INSERT INTO "Mention" (entityId, start, "end") VALUES (?, ?, ?)`),
      insertEntityKey: db.prepare(`INSERT INTO "EntityKey" (entityId, key) VALUES (?, ?)`),
      insertFact: db.prepare(
        `INSERT INTO "Fact" (${FACT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${FACT_COLUMNS.map((c) => `@${c}`).join(", ")})`,
      ),
      insertFlag: db.prepare(
        `INSERT INTO "Flag" (factId, origin, ${FLAG_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (@factId, @origin, ${FLAG_COLUMNS.map((c) => `@${c}`).join(", ")})`,
      ),
      // The checks write hundreds of thousands of flags at 10,000 articles: bound by position, not by name.
      insertSourceFlag: db.prepare<unknown[]>(
        `INSERT INTO "Flag" (factId, origin, ${FLAG_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (?, 'sources', ${FLAG_COLUMNS.map(() => "?").join(", ")})`,
      ),
      insertClaimKey: db.prepare(`INSERT INTO "ClaimParty" (factId, "group", party, period) VALUES (?, ?, ?, ?)`),
      setState: db.prepare(`INSERT INTO "SeedState" (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      getState: db.prepare<[string], { value: string }>(`SELECT value FROM "SeedState" WHERE key = ?`),
      deleteState: db.prepare(`DELETE FROM "SeedState" WHERE key = ?`),
      // In each commit: what servers poll to learn of new content (lib/server/content-changes.ts).
      bumpContentVersion: db.prepare(`UPDATE "ContentVersion" SET version = version + 1 WHERE id = 1`),
      factsByKey: db.prepare<[string, string], { factId: number }>(`SELECT factId FROM "ClaimParty" WHERE party = ? AND "group" = ?`),
      factsByParty: db.prepare<[string], { factId: number }>(`SELECT factId FROM "ClaimParty" WHERE party = ?`),
      // Always MAX_PERIOD_CANDIDATES periods bound (the list padded with its first), so one statement serves.
      factsByKeyAndPeriods: db.prepare<unknown[], { factId: number }>(
        `SELECT factId FROM "ClaimParty" WHERE party = ? AND "group" = ? AND period IN (${Array.from({ length: MAX_PERIOD_CANDIDATES }, () => "?").join(", ")})`,
      ),
      claimKeysOfFact: db.prepare<[number], ClaimKey>(`SELECT "group", party, period FROM "ClaimParty" WHERE factId = ?`),
      numericFactsOfArticle: db.prepare<[number], { id: number }>(`SELECT id FROM "Fact" WHERE articleId = ? AND value IS NOT NULL`),
      deleteSourceFlags: db.prepare(`DELETE FROM "Flag" WHERE factId = ? AND origin = 'sources'`),
      setCheck: db.prepare(`UPDATE "Fact" SET verdict = ?, checkDigest = ? WHERE id = ?`),
      textOf: db.prepare<[number], { text: string }>(`SELECT text FROM "Article" WHERE id = ?`),
      lastArticleId: db.prepare<[], { id: number }>(`SELECT coalesce(max(id), 0) AS id FROM "Article"`),
      lastFactId: db.prepare<[], { id: number }>(`SELECT coalesce(max(id), 0) AS id FROM "Fact"`),
      // Ids only grow (AUTOINCREMENT), and the batch holds the write lock: the rows above
      // the batch's first ids are the ones it inserted and kept.
      indexArticles: db.prepare(`INSERT INTO "ArticleSearch" (rowid, title, text) SELECT id, title, text FROM "Article" WHERE id > ?`),
      indexFacts: db.prepare(
        `INSERT INTO "FactSearch" (rowid, statement, metric, subject, period) SELECT id, statement, metric, subject, period FROM "Fact" WHERE id > ?`,
      ),
    };
  }

  /** Commits the articles written so far (see storeArticle), then closes. */
  async close(): Promise<void> {
    this.commitBatch();
    this.db.close();
  }

  /**
   * Commits the open batch of articles. Articles are committed in batches: a commit costs
   * about as much as writing a whole article (the WAL pages, the full-text index's flush),
   * and each article is still all or nothing (a savepoint each, inside the batch).
   */
  async commit(): Promise<void> {
    this.commitBatch();
  }

  private commitBatch(): void {
    if (this.db.inTransaction) {
      if (this.unindexed) {
        this.statements.indexArticles.run(this.unindexed.articlesAfter);
        this.statements.indexFacts.run(this.unindexed.factsAfter);
        this.unindexed = null;
      }
      if (this.batchWrote) this.statements.bumpContentVersion.run();
      this.db.exec("COMMIT");
      this.onCommit();
    }
    this.batchWrote = false;
    this.batchStarted = 0;
  }

  /**
   * The open batch's new rows are added to the full-text indexes when it commits, all at
   * once (no insert trigger does it, see the migration search_index_written_per_batch):
   * row by row, with each article's savepoint flushing the index, that was half the write time.
   */
  private unindexed: { articlesAfter: number; factsAfter: number } | null = null;

  /** Commits when the open batch holds this many articles or is this old, so readers see progress. */
  private static readonly BATCH_ARTICLES = 100;
  private static readonly BATCH_MS = 500;
  private batchSize = 0;
  /** Whether the open batch wrote an article (a batch of unchanged ones leaves the content version). */
  private batchWrote = false;
  private batchStarted = 0;

  private beginBatch(): void {
    const now = Date.now();
    if (this.db.inTransaction && (this.batchSize >= SqliteSeedStore.BATCH_ARTICLES || now - this.batchStarted >= SqliteSeedStore.BATCH_MS)) this.commitBatch();
    if (!this.db.inTransaction) {
      this.db.exec("BEGIN IMMEDIATE");
      this.batchSize = 0;
      this.batchStarted = now;
      this.unindexed = { articlesAfter: this.statements.lastArticleId.get()!.id, factsAfter: this.statements.lastFactId.get()!.id };
    }
    this.batchSize++;
  }

  /**
   * Writes one article with its entities, facts and claim keys, all or nothing: a crash or
   * an error leaves the article as it was (committed with its batch, see commit()).
   * Re-seeding the same slug replaces its facts in place, each passage found again keeping
   * its citation number; an identical article is left untouched. Marks the cross-source checks stale in
   * the same transaction, so a run stopped before them leaves a note for the next one.
   */
  async storeArticle(article: PreparedArticle): Promise<StoreResult> {
    this.beginBatch();
    // Nested in the batch's transaction, this is a savepoint: an error undoes this article only.
    return this.db.transaction((): StoreResult => {
      const s = this.statements;
      const existing = s.existing.get(article.slug);
      if (existing && existing.contentHash === article.contentHash && existing.source === article.source) {
        return { outcome: "unchanged", articleId: existing.id, replaced: [], replacedEntities: [], droppedCitations: [] };
      }
      // The address is the file name: a file of that name from elsewhere takes the article over.
      const previousSource = existing && existing.source !== article.source ? existing.source : undefined;
      // Passages found again in the new text keep their numbers (lib/ingest/anchors.ts).
      const previous = existing && s.previousText.get(existing.id)!;
      const citations = planCitations(
        article.text,
        article.facts,
        existing && previous ? { anchors: storedAnchors(previous.text, s.previousAnchors.all(existing.id)), maxCitation: previous.maxCitation } : null,
      );
      // The format Prisma writes DateTime columns in.
      const now = new Date().toISOString().replace("Z", "+00:00");
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
        now,
      };
      let articleId: number;
      let replaced: ClaimKey[] = [];
      let replacedEntities: EntityNames[] = [];
      if (existing) {
        articleId = existing.id;
        replaced = s.claimKeysOfArticle.all(articleId);
        replacedEntities = entityNames({ entities: s.previousEntities.all(articleId).map((e) => ({ ...e, articleId })), tickers: s.previousTickers.all(articleId) });
        s.updateArticle.run({ ...fields, id: articleId });
        s.deleteEntities.run(articleId);
        s.deleteFacts.run(articleId);
      } else {
        articleId = Number(s.insertArticle.run({ ...fields, slug: article.slug }).lastInsertRowid);
      }

      article.entities.forEach((entity, position) => {
        const entityId = Number(s.insertEntity.run(articleId, position, entity.name, entity.kind).lastInsertRowid);
        for (const symbol of new Set(entity.tickers)) s.insertTicker.run(entityId, symbol);
        for (const [start, end] of entity.mentions) s.insertMention.run(entityId, start, end);
        for (const key of entitySubjectKeys(entity)) s.insertEntityKey.run(entityId, key);
      });

      article.facts.forEach((fact, position) => {
        const columns = factColumns(articleId, position, citations.citations[position]!, citations.selectors[position]!, fact);
        const factId = Number(s.insertFact.run(columns).lastInsertRowid);
        for (const flag of fact.flags) s.insertFlag.run({ factId, origin: "article", ...flagColumns(flag) });
        const group = claimGroup(fact);
        if (group === null) return;
        const period = claimPeriodKey(fact.period, article.publishedAt, article.text.slice(...fact.cite));
        for (const party of claimPartyKeys(fact, article.entities)) s.insertClaimKey.run(factId, group, party, period);
      });
      s.setState.run(STALE_KEY, "stale");
      this.batchWrote = true;
      const outcome = previousSource ? "replaced" : existing ? "updated" : "stored";
      return { outcome, articleId, replaced, replacedEntities, droppedCitations: citations.dropped, ...(previousSource ? { previousSource } : {}) };
    })();
  }

  /** Whether articles were written since the cross-source checks last completed. */
  async checksStale(): Promise<boolean> {
    return this.statements.getState.get(STALE_KEY)?.value === "stale";
  }

  // ------------------------------------------------------------ reads for the checks

  async articleCount(): Promise<number> {
    return (this.db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  }

  /** Every entity's name and kind with its tickers: what subject identities are built from. */
  async allEntityNames(): Promise<EntityRows> {
    return {
      entities: this.db.prepare(`SELECT id, articleId, name, kind FROM "Entity" ORDER BY articleId, position`).all() as EntityRecord[],
      tickers: this.db.prepare(`SELECT entityId, symbol FROM "Ticker"`).all() as { entityId: number; symbol: string }[],
    };
  }

  async entityNamesByKeys(keys: readonly string[], articles: readonly number[]): Promise<KeyedEntityNames[]> {
    const rows = this.inBatches(
      keys,
      (marks) =>
        `SELECT e.name, e.kind, (SELECT group_concat(symbol, char(31)) FROM (SELECT symbol FROM "Ticker" t WHERE t.entityId = e.id ORDER BY symbol)) AS tickers,
                MAX(e.articleId NOT IN (SELECT value FROM json_each(?))) AS outside
         FROM "EntityKey" k JOIN "Entity" e ON e.id = k.entityId WHERE k.key IN (${marks}) GROUP BY 1, 2, 3`,
      [JSON.stringify(articles)],
    ) as { name: string; kind: string; tickers: string | null; outside: number }[];
    return keyedEntityNames(rows);
  }

  async entitiesOfArticles(articleIds: readonly number[]): Promise<EntityRows> {
    const entities = this.inBatches(
      articleIds,
      (marks) => `SELECT id, articleId, name, kind FROM "Entity" WHERE articleId IN (${marks}) ORDER BY articleId, position`,
    ) as EntityRecord[];
    return { entities, tickers: this.tickersOf(entities.map((e) => e.id)) };
  }

  private tickersOf(entityIds: readonly number[]): { entityId: number; symbol: string }[] {
    return this.inBatches(entityIds, (marks) => `SELECT entityId, symbol FROM "Ticker" WHERE entityId IN (${marks})`) as { entityId: number; symbol: string }[];
  }

  async fillEntityKeys(): Promise<number> {
    const s = this.statements;
    if (s.getState.get(ENTITY_KEYS_KEY)?.value === "1") return 0;
    return this.db.transaction(() => {
      const unkeyed = `FROM "Entity" e WHERE NOT EXISTS (SELECT 1 FROM "EntityKey" k WHERE k.entityId = e.id)`;
      const rows: EntityRows = {
        entities: this.db.prepare(`SELECT e.id, e.articleId, e.name, e.kind ${unkeyed}`).all() as EntityRecord[],
        tickers: this.db.prepare(`SELECT t.entityId, t.symbol FROM "Ticker" t WHERE t.entityId IN (SELECT e.id ${unkeyed})`).all() as { entityId: number; symbol: string }[],
      };
      const names = entityNames(rows);
      rows.entities.forEach((e, i) => {
        for (const key of entitySubjectKeys(names[i]!)) s.insertEntityKey.run(e.id, key);
      });
      s.setState.run(ENTITY_KEYS_KEY, "1");
      return rows.entities.length;
    })();
  }

  /** factIdsByKey for each lookup: prepared statements in this process cost no round trip. */
  async factIdsByKeys(lookups: readonly KeyLookup[]): Promise<number[][]> {
    return lookups.map(({ party, group, periods }) => this.factIdsByKey(party, group, periods));
  }

  /** Ids of the facts indexed under this group and party (and one of `periods`), or under the party in any group. */
  private factIdsByKey(party: string, group?: string, periods?: readonly string[]): number[] {
    if (periods !== undefined && group !== undefined) {
      if (periods.length === 0) return [];
      if (periods.length > MAX_PERIOD_CANDIDATES) throw new Error(`at most ${MAX_PERIOD_CANDIDATES} periods per lookup, got ${periods.length}`);
      const bound = Array.from({ length: MAX_PERIOD_CANDIDATES }, (_, i) => periods[i] ?? periods[0]);
      return this.statements.factsByKeyAndPeriods.all(party, group, ...bound).map((r) => r.factId);
    }
    const rows = group === undefined ? this.statements.factsByParty.all(party) : this.statements.factsByKey.all(party, group);
    return rows.map((r) => r.factId);
  }

  async fillClaimPeriods(version: string, keyOf: (period: string | null, publishedAt: string | null, quote: string) => string): Promise<number> {
    const s = this.statements;
    if (s.getState.get(CLAIM_PERIODS_KEY)?.value === version) return 0;
    return this.db.transaction(() => {
      const rows = this.db
        .prepare(
          `SELECT f.id, f.period, a.publishedAt, f.quoteExact, f.citeStart, f.citeEnd, f.articleId FROM "Fact" f JOIN "Article" a ON a.id = f.articleId WHERE EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c.factId = f.id)`,
        )
        .raw()
        .all() as [number, string | null, string | null, string | null, number, number, number][];
      const update = this.db.prepare(`UPDATE "ClaimParty" SET period = ? WHERE factId = ?`);
      // The passage as the checks read it: its quote, or (stored before quote selectors) cut from the text.
      for (const [factId, period, publishedAt, quote, start, end, articleId] of rows) {
        update.run(keyOf(period, publishedAt, quote ?? this.statements.textOf.get(articleId)!.text.slice(start, end)), factId);
      }
      s.setState.run(CLAIM_PERIODS_KEY, version);
      return rows.length;
    })();
  }

  async writeClaimPlacements(placements: readonly ClaimPlacement[]): Promise<void> {
    const setFact = this.db.prepare(`UPDATE "Fact" SET claimPeriod = ?, calendarVote = ? WHERE id = ?`);
    const setKeys = this.db.prepare(`UPDATE "ClaimParty" SET period = ? WHERE factId = ?`);
    this.db.transaction(() => {
      for (const { factId, claimPeriod, indexPeriod, calendarVote } of placements) {
        setFact.run(claimPeriod, calendarVote, factId);
        setKeys.run(indexPeriod, factId);
      }
    })();
  }

  async claimKeysOfFacts(factIds: readonly number[]): Promise<Map<number, ClaimKey[]>> {
    const out = new Map<number, ClaimKey[]>();
    for (const id of factIds) {
      const keys = this.statements.claimKeysOfFact.all(id);
      if (keys.length) out.set(id, keys);
    }
    return out;
  }

  async numericFactIdsOfArticles(articleIds: readonly number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    for (const id of articleIds) {
      const ids = this.statements.numericFactsOfArticle.all(id).map((r) => r.id);
      if (ids.length) out.set(id, ids);
    }
    return out;
  }

  /** [factId, group, party] of every claim-index row, streamed. */
  async *iterateClaimKeys(): AsyncIterable<[number, string, string]> {
    yield* this.db.prepare(`SELECT factId, "group", party FROM "ClaimParty"`).raw().iterate() as IterableIterator<[number, string, string]>;
  }

  /** Numeric facts with no claim-index row: no comparable claim. */
  async numericFactIdsWithoutClaim(): Promise<number[]> {
    return (
      this.db.prepare(`SELECT id FROM "Fact" f WHERE value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c.factId = f.id)`).all() as {
        id: number;
      }[]
    ).map((r) => r.id);
  }

  async factsById(ids: readonly number[]): Promise<FactRecord[]> {
    const rows = this.inBatches(
      ids,
      (marks) =>
        `SELECT id, articleId, position, citation, kind, statement, metric, basis, subject, period, citeStart, citeEnd,
                figureStart, figureEnd, value, high, unit, per, qualifier, change, quoteExact AS quote, claimPeriod, calendarVote, checkDigest
         FROM "Fact" f WHERE id IN (${marks})`,
    ) as (Omit<FactRecord, "quote"> & { quote: string | null })[];
    // A row stored before quote selectors has no quoteExact: cut from its article's text (read
    // apart: a subquery for it in the statement above made every read a quarter slower).
    for (const row of rows) if (row.quote === null) row.quote = this.statements.textOf.get(row.articleId)!.text.slice(row.citeStart, row.citeEnd);
    return rows as FactRecord[];
  }

  async factPlacements(ids: readonly number[]): Promise<FactPlacementRecord[]> {
    return this.inBatches(ids, (marks) => `SELECT id, articleId, subject, claimPeriod, calendarVote FROM "Fact" WHERE id IN (${marks})`) as FactPlacementRecord[];
  }

  async calendarVoteCounts(): Promise<CalendarVoteCounts> {
    const bySubject = this.db
      .prepare(
        `SELECT subject, calendarVote, COUNT(*) AS facts FROM "Fact" f
         WHERE subject IS NOT NULL AND EXISTS (SELECT 1 FROM "ClaimParty" c WHERE c.factId = f.id) GROUP BY subject, calendarVote`,
      )
      .all() as CalendarVoteCounts["bySubject"];
    const rows = this.db
      .prepare(`SELECT f.id, f.articleId, f.calendarVote, c.party FROM "Fact" f JOIN "ClaimParty" c ON c.factId = f.id WHERE f.subject IS NULL ORDER BY f.id`)
      .all() as { id: number; articleId: number; calendarVote: number | null; party: string }[];
    return { bySubject, unnamed: unnamedFacts(rows) };
  }

  async articlesById(ids: readonly number[]): Promise<ArticleRecord[]> {
    return this.inBatches(ids, (marks) => `SELECT id, slug, title, publisher, publishedAt FROM "Article" WHERE id IN (${marks})`) as ArticleRecord[];
  }

  async mentionsOfArticles(articleIds: readonly number[]): Promise<{ entityId: number; start: number; end: number }[]> {
    return this.inBatches(
      articleIds,
      (marks) => `SELECT m.entityId, m.start, m."end" AS "end" FROM "Mention" m JOIN "Entity" e ON e.id = m.entityId WHERE e.articleId IN (${marks}) ORDER BY m.id`,
    ) as { entityId: number; start: number; end: number }[];
  }

  // ------------------------------------------------------------ writes of the checks

  /**
   * Replaces the verdict and the cross-source flags of each checked fact (their old flags
   * already gone when `flagsCleared`), and clears the stale mark when `complete`.
   */
  async writeChecks(checks: readonly StoredCheck[], complete: boolean, flagsCleared = false): Promise<void> {
    const s = this.statements;
    this.db.transaction(() => {
      // Inside a pass the verdicts wait for its end (see writeVerdicts); outside one, they go now.
      const verdicts = this.passVerdicts ?? new Map<number, [string, string]>();
      for (const check of checks) {
        if (!flagsCleared) s.deleteSourceFlags.run(check.factId);
        verdicts.set(check.factId, [check.verdict, check.digest]);
        for (const flag of check.flags) s.insertSourceFlag.run(check.factId, ...Object.values(flagColumns(flag)));
      }
      if (!this.passVerdicts || complete) this.writeVerdicts(verdicts);
      if (complete) s.deleteState.run(STALE_KEY);
    })();
  }

  /** The verdicts (with their checks' digests) of the open check pass not written yet, by fact id (null: no pass is open). */
  private passVerdicts: Map<number, [string, string]> | null = null;

  /**
   * Writes verdicts in the order of the facts' ids, one verdict at a time: the Fact pages
   * are then visited in order, once. Written batch by batch as a pass checked them (ids in
   * the order of claim groups, scattered over the table), the 133,204 verdicts of a
   * 10,000-article pass took 1.0-1.2 CPU-s, mostly re-reading pages the page cache had
   * dropped; in id order, 0.3 s. One statement per fact: each has a digest of its own.
   */
  private writeVerdicts(verdicts: Map<number, [string, string]>): void {
    const { setCheck } = this.statements;
    for (const id of [...verdicts.keys()].sort((a, b) => a - b)) {
      const [verdict, digest] = verdicts.get(id)!;
      setCheck.run(verdict, digest, id);
    }
    verdicts.clear();
  }

  /** Before a check of every fact: no cross-source flag or verdict is left from before. */
  async clearAllChecks(): Promise<void> {
    this.db.prepare(`DELETE FROM "Flag" WHERE origin = 'sources'`).run();
    this.db.prepare(`UPDATE "Fact" SET verdict = NULL, checkDigest = NULL WHERE verdict IS NOT NULL OR checkDigest IS NOT NULL`).run();
  }

  /**
   * Runs a check pass's writes (writeChecks, clearAllChecks) in one transaction: readers
   * see the checks from before the pass until all of the new ones are in.
   */
  async inOneTransaction<T>(pass: () => Promise<T>): Promise<T> {
    this.commitBatch();
    // By hand, not db.transaction(): the pass is async (the interface is), though every
    // statement in it runs synchronously on this connection. IMMEDIATE: one pass at a time.
    this.db.exec("BEGIN IMMEDIATE");
    this.passVerdicts = new Map();
    try {
      const result = await pass();
      this.writeVerdicts(this.passVerdicts);
      this.statements.bumpContentVersion.run();
      this.db.exec("COMMIT");
      this.onCommit();
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw err;
    } finally {
      this.passVerdicts = null;
    }
  }

  /**
   * Runs `sql` over `ids` in slices; returns the rows of a query (none for an update).
   * Every slice binds ID_BATCH ids (the last padded with -1, which is no row's id), so each
   * query is prepared once: a prepared statement's native memory is freed only when the
   * garbage collector gets to it, and one per slice added hundreds of MB to a large run.
   */
  private inBatches(ids: readonly (number | string)[], sql: (marks: string) => string, leading: unknown[] = []): unknown[] {
    const rows: unknown[] = [];
    const text = sql(Array.from({ length: ID_BATCH }, () => "?").join(", "));
    let statement = this.batchStatements.get(text);
    if (!statement) this.batchStatements.set(text, (statement = this.db.prepare(text)));
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const batch = ids.slice(i, i + ID_BATCH);
      while (batch.length < ID_BATCH) batch.push(-1);
      if (statement.reader) for (const row of statement.all(...leading, ...batch)) rows.push(row);
      else statement.run(...leading, ...batch);
    }
    return rows;
  }

  private readonly batchStatements = new Map<string, SqliteStatement>();
}
