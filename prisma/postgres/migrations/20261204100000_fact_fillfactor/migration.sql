-- No semicolon in a comment here: adapter-pg runs a migration as statements split at each one.
-- Room on each page of Fact for the versions a seed's check pass writes of its rows: a fact is
-- inserted without its claim period, calendar vote and verdict, and the pass then updates most
-- facts twice in its one transaction (placement, then verdict). With room on the same page and
-- no indexed column changed, PostgreSQL writes those versions as heap-only tuples: no new entry
-- in any of Fact's indexes (its search GIN among them). Packed full (the default, 100), every
-- update went to another page with an entry in each index, and the table ended as large as it
-- is with this room left (about 2.5 row versions per row): so 40 costs no space after a seed.
-- Only pages written from now on are affected.
ALTER TABLE "Fact" SET (fillfactor = 40);
