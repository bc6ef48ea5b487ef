-- The fact search index re-indexes a fact only when its searched text changes. Before, any
-- update of a Fact row (every verdict the cross-source checks write after a seed run)
-- deleted and re-inserted its full-text entry.
DROP TRIGGER "Fact_search_update";
CREATE TRIGGER "Fact_search_update" AFTER UPDATE OF statement, metric, subject, period ON "Fact" BEGIN
    INSERT INTO "FactSearch" ("FactSearch", rowid, statement, metric, subject, period)
    VALUES ('delete', old.id, old.statement, old.metric, old.subject, old.period);
    INSERT INTO "FactSearch" (rowid, statement, metric, subject, period)
    VALUES (new.id, new.statement, new.metric, new.subject, new.period);
END;
