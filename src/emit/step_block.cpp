#include "emit/step_block.h"

#include "emit/sql_text.h"

namespace pgdrift {

StepBlock& StepBlock::line(const std::string& text, int indent) {
  body_ += std::string(static_cast<size_t>(indent) * 2, ' ') + text + "\n";
  return *this;
}

StepBlock& StepBlock::log(const std::string& action, const std::string& undo_expr, int indent) {
  line("PERFORM pgdrift.log(" + std::to_string(step_.number) + ", " + lit(action) + ", " + lit(step_.id) + ", " +
           undo_expr + ");",
       indent);
  return line("pgd_done := true;", indent);
}

std::string StepBlock::text() const {
  std::string head = "-- step " + std::to_string(step_.number) + ": " + object_kind_name(step_.object_kind) + " " + step_.id;
  for (Hazard h : step_.hazards) head += std::string(" [") + hazard_code(h) + " " + hazard_name(h) + "]";
  std::string body = "DECLARE\n  pgd_done boolean := false;\n  pgd_old text;\n  pgd_rec record;\nBEGIN\n" + body_ +
                     "  IF NOT pgd_done THEN PERFORM pgdrift.up_to_date(" +
                     lit(std::string(object_kind_name(step_.object_kind)) + " " + step_.id) + "); END IF;\nEND ";
  return head + "\nDO " + dollar_quote(body, "pgdrift") + ";\n";
}

void comment_guard(StepBlock& b, const std::string& kind, const std::string& on, const std::string& s,
                   const std::string& n, const std::string& sub, const std::string& comment) {
  b.line("IF pgdrift.comment_of(" + lit(kind) + ", " + lit(s) + ", " + lit(n) + ", " + lit(sub) +
         ") IS DISTINCT FROM " + lit_or_null(comment) + " THEN");
  b.line("pgd_old := pgdrift.comment_of(" + lit(kind) + ", " + lit(s) + ", " + lit(n) + ", " + lit(sub) + ");", 2);
  b.line("COMMENT ON " + on + " IS " + lit_or_null(comment) + ";", 2);
  b.log("set comment", "pg_catalog.format(" + fmt_lit("COMMENT ON " + on + " IS ") + " || '%L', pgd_old)");
  b.line("END IF;");
}

}  // namespace pgdrift
