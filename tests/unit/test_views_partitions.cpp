// Views and partitions: the forms PostgreSQL 15 prints (pg_get_viewdef, pg_dump -s, checked on
// a server while writing these) must give the same catalog as the forms people write.
#include <doctest/doctest.h>

#include "build_catalog.h"
#include "catalog/replay.h"
#include "frontend/frontend.h"

using namespace pgdrift;
using namespace pgdrift::catalog;
using pgdrift::test::build_catalog;

namespace {

const char* kTables = "create table t (id int, x text, n varchar(10)); create table u (id int, y text, t_id int);";

// The view `v` built from tables + `written`, and from tables + `printed` (pg_dump's text).
std::pair<View, View> both(const std::string& written, const std::string& printed) {
  Catalog a = build_catalog(std::string(kTables) + written);
  Catalog b = build_catalog(std::string(kTables) + printed);
  REQUIRE(a.views.count({"public", "v"}));
  REQUIRE(b.views.count({"public", "v"}));
  return {a.views.at({"public", "v"}), b.views.at({"public", "v"})};
}
}  // namespace

TEST_CASE("SELECT * is expanded against the columns the table has when the view is created") {
  auto [w, p] = both("create view v as select * from t;", "CREATE VIEW public.v AS SELECT t.id, t.x, t.n FROM public.t;");
  CHECK(w.definition == p.definition);
  CHECK(w.columns == std::vector<std::string>{"id", "x", "n"});
  Catalog later = build_catalog(std::string(kTables) + "create view v as select * from t; alter table t add column z int;");
  CHECK(later.views.at({"public", "v"}).columns == std::vector<std::string>{"id", "x", "n"});
}

TEST_CASE("a table read again in a sub-select gets a new range name (t_1)") {
  auto [w, p] = both("create view v as select * from t where id in (select id from t where x = 'q');",
                     "CREATE VIEW public.v AS SELECT t.id, t.x, t.n FROM public.t WHERE (t.id IN ( SELECT t_1.id "
                     "FROM public.t t_1 WHERE (t_1.x = 'q'::text)));");
  CHECK(w.definition == p.definition);
}

TEST_CASE("USING columns: the left side's for inner joins, bare for full joins; NATURAL is USING") {
  auto [w1, p1] = both("create view v as select id from t join u using (id);",
                       "CREATE VIEW public.v AS SELECT t.id FROM (public.t JOIN public.u USING (id));");
  CHECK(w1.definition == p1.definition);
  auto [w2, p2] = both("create view v as select id from t full join u using (id);",
                       "CREATE VIEW public.v AS SELECT id FROM (public.t FULL JOIN public.u USING (id));");
  CHECK(w2.definition == p2.definition);
  auto [w3, p3] = both("create view v as select id, x from t natural join u;",
                       "CREATE VIEW public.v AS SELECT t.id, t.x FROM (public.t JOIN public.u USING (id));");
  CHECK(w3.definition == p3.definition);
}

TEST_CASE("ordinals and output names in GROUP BY / ORDER BY are the expressions") {
  auto [w, p] = both("create view v as select count(*), lower(x) from t where n = 'z' group by 2 order by 1;",
                     "CREATE VIEW public.v AS SELECT count(*) AS count, lower(t.x) AS lower FROM public.t "
                     "WHERE ((t.n)::text = 'z'::text) GROUP BY (lower(t.x)) ORDER BY (count(*));");
  CHECK(w.definition == p.definition);
  CHECK(w.columns == std::vector<std::string>{"count", "lower"});
}

TEST_CASE("a view defined by VALUES is stored as a select from *VALUES*") {
  auto [w, p] = both("create view v (n, label) as values (1, 'a'), (2, 'b');",
                     "CREATE VIEW public.v AS SELECT \"*VALUES*\".column1 AS n, \"*VALUES*\".column2 AS label "
                     "FROM (VALUES (1,'a'::text), (2,'b'::text)) \"*VALUES*\";");
  CHECK(w.definition == p.definition);
}

TEST_CASE("different queries stay different") {
  auto [a, b] = both("create view v as select t.id from t join u on u.t_id = t.id;",
                     "create view v as select t.id from t join u on u.id = t.id;");
  CHECK(a.definition != b.definition);
  auto [c, d] = both("create view v as select id from t where id > 1;", "create view v as select id from t where id > 2;");
  CHECK(c.definition != d.definition);
}

TEST_CASE("a partition takes the parent's columns, CHECKs, and clones of its key and indexes") {
  Catalog c = build_catalog(
      "create table m (id int not null, created date not null default current_date, v text check (v <> ''),"
      " primary key (id, created)) partition by range (created);"
      "create table m_2024 partition of m for values from ('2024-01-01') to ('2025-01-01');"
      "create index m_v on m (v);");
  const Table& p = c.tables.at({"public", "m_2024"});
  CHECK(p.column_order.value == std::vector<std::string>{"id", "created", "v"});
  CHECK(p.columns.at("created").default_expr.has_value());
  CHECK(p.constraints.count("m_v_check"));
  CHECK(p.constraints.count("m_2024_pkey"));  // names as pg_dump shows them
  CHECK(c.indexes.count({"public", "m_2024_v_idx"}));
  CHECK(p.partition_of == Key{"public", "m"});
  CHECK(c.tables.at({"public", "m"}).partition_by == "RANGE (created)");
}

TEST_CASE("pg_dump's form of partitions (CREATE TABLE, ATTACH, ON ONLY) gives the same catalog") {
  Catalog written = build_catalog(
      "create table m (id int not null, v text, primary key (id)) partition by list (id);"
      "create table m1 partition of m for values in (1, 2);"
      "create index m_v on m (v);");
  Catalog dumped = build_catalog(
      "CREATE TABLE public.m (id integer NOT NULL, v text) PARTITION BY LIST (id);"
      "CREATE TABLE public.m1 (id integer NOT NULL, v text);"
      "ALTER TABLE ONLY public.m ATTACH PARTITION public.m1 FOR VALUES IN (1, 2);"
      "ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id);"
      "ALTER TABLE ONLY public.m1 ADD CONSTRAINT m1_pkey PRIMARY KEY (id);"
      "CREATE INDEX m_v ON ONLY public.m USING btree (v);"
      "CREATE INDEX m1_v_idx ON public.m1 USING btree (v);"
      "ALTER INDEX public.m_v ATTACH PARTITION public.m1_v_idx;"
      "ALTER INDEX public.m_pkey ATTACH PARTITION public.m1_pkey;");
  CHECK(written.tables == dumped.tables);
  CHECK(written.indexes == dumped.indexes);
}

TEST_CASE("dropping a partitioned table drops its partitions") {
  Catalog c = build_catalog("create table m (id int) partition by hash (id);"
                    "create table m0 partition of m for values with (modulus 2, remainder 0);"
                    "drop table m;");
  CHECK(c.tables.empty());
}
