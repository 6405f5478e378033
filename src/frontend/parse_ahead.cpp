#include "frontend/parse_ahead.h"

#include <algorithm>

namespace pgdrift {

ParseAhead::ParseAhead(const std::vector<StatementText>& texts, size_t helpers)
    : texts_(texts), slots_(std::min(kWindow, texts.size())), done_(slots_.size(), 0) {
  for (size_t t = 0; t < helpers; ++t) helpers_.emplace_back([this] { help(); });
}

ParseAhead::~ParseAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  for (std::thread& t : helpers_) t.join();
}

// For a helper: the next statement nobody claimed, once it is within the window (waits for
// room); false when none is left or on stop.
bool ParseAhead::claim_ahead(size_t& i) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return stop_ || next_ >= texts_.size() || next_ < taken_ + slots_.size(); });
  if (stop_ || next_ >= texts_.size()) return false;
  i = next_++;
  return true;
}

// For the caller: the next statement nobody claimed if it is at most `last` (never waits).
bool ParseAhead::claim_up_to(size_t last, size_t& i) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (next_ > last || next_ >= texts_.size()) return false;
  i = next_++;
  return true;
}

void ParseAhead::parse(size_t i) {
  Parsed& slot = slots_[i % slots_.size()];  // no one else touches it until it is marked done
  slot.out = parse_sql(texts_[i].text, slot.err);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    done_[i % slots_.size()] = 1;
  }
  changed_.notify_all();
}

void ParseAhead::help() {
  for (size_t i; claim_ahead(i);) parse(i);
}

Parsed ParseAhead::take(size_t i) {
  // The caller parses what nobody has claimed yet up to statement i, then waits for the rest.
  for (size_t j; claim_up_to(i, j);) parse(j);
  std::unique_lock<std::mutex> lock(mutex_);
  size_t s = i % slots_.size();
  changed_.wait(lock, [&] { return done_[s] != 0; });
  Parsed out = std::move(slots_[s]);
  slots_[s] = Parsed{};
  done_[s] = 0;
  taken_ = i + 1;
  lock.unlock();
  changed_.notify_all();
  return out;
}

}  // namespace pgdrift
