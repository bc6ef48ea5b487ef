-- New articles and facts enter the full-text indexes once per committed batch of articles
-- (lib/ingest/store.ts, the only writer of these tables), in one INSERT … SELECT each.
-- Through these triggers every row was indexed on its own, and each article's savepoint
-- flushed the index to disk as a segment of its own: about half of a seed's write time.
-- Updates and deletes still go through their triggers.
DROP TRIGGER "Article_search_insert";
DROP TRIGGER "Fact_search_insert";
