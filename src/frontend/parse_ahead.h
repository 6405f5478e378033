// Statements parsed ahead of the thread that lowers them. libpg_query parses on helper threads
// (it keeps its state per thread) while the calling thread lowers statement after statement:
// statement i is parsed by whichever thread claims it first, a helper or the caller when it
// gets there first, and never more than kWindow statements ahead of the one taken last, so the
// trees alive at once stay bounded. What take() returns does not depend on who parsed it.
//
// Before, a batch of 512 statements was parsed on all cores, then lowered on one while the
// others waited: at 100 tables a third of both cores' time was idle.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "frontend/pg_parse.h"
#include "frontend/script.h"

namespace pgdrift {

// A statement parsed: its tree, or why it did not parse.
struct Parsed {
  std::optional<ParseOutput> out;
  ParseFailure err;
};

class ParseAhead {
 public:
  static constexpr size_t kWindow = 512;

  // Starts `helpers` threads parsing `texts` (which must outlive this).
  ParseAhead(const std::vector<StatementText>& texts, size_t helpers);
  ~ParseAhead();
  ParseAhead(const ParseAhead&) = delete;
  ParseAhead& operator=(const ParseAhead&) = delete;

  // Statement i parsed; called for i = 0, 1, 2 ... in order.
  Parsed take(size_t i);

 private:
  bool claim_ahead(size_t& i);
  bool claim_up_to(size_t last, size_t& i);
  void parse(size_t i);
  void help();

  const std::vector<StatementText>& texts_;
  std::vector<Parsed> slots_;  // statement i in slots_[i % kWindow]
  std::vector<char> done_;     // per slot: parsed, not yet taken
  size_t next_ = 0;            // the first statement nobody claimed
  size_t taken_ = 0;           // statements taken
  bool stop_ = false;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::thread> helpers_;
};

}  // namespace pgdrift
