-- Full-text search (SQLite FTS5) over article titles and text, and over facts.
-- External-content tables: the text lives once, in Article and Fact; triggers keep the
-- indexes in step with every insert, update and delete (re-seeding included).
-- Prisma's schema cannot describe virtual tables, so they live only in this migration.

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title, text,
    content = 'Article', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF title, text ON "Article" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO "ArticleSearch" (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE "FactSearch" USING fts5(
    statement, metric, subject, period,
    content = 'Fact', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Fact_search_insert" AFTER INSERT ON "Fact" BEGIN
    INSERT INTO "FactSearch" (rowid, statement, metric, subject, period)
    VALUES (new.id, new.statement, new.metric, new.subject, new.period);
END;
CREATE TRIGGER "Fact_search_delete" AFTER DELETE ON "Fact" BEGIN
    INSERT INTO "FactSearch" ("FactSearch", rowid, statement, metric, subject, period)
    VALUES ('delete', old.id, old.statement, old.metric, old.subject, old.period);
END;
CREATE TRIGGER "Fact_search_update" AFTER UPDATE ON "Fact" BEGIN
    INSERT INTO "FactSearch" ("FactSearch", rowid, statement, metric, subject, period)
    VALUES ('delete', old.id, old.statement, old.metric, old.subject, old.period);
    INSERT INTO "FactSearch" (rowid, statement, metric, subject, period)
    VALUES (new.id, new.statement, new.metric, new.subject, new.period);
END;
