#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace pgdrift::cli {

Progress::Progress(uint64_t total, size_t slots)
    : total_(total), enabled_(total > kThreshold && isatty(STDERR_FILENO)),
      done_(std::make_unique<std::atomic<uint64_t>[]>(slots)), slots_(slots) {
  for (size_t i = 0; i < slots; ++i) done_[i] = 0;
}

ParseProgress Progress::slot(size_t i) {
  if (!enabled_ || i >= slots_) return {};
  return [this, i](uint64_t bytes) {
    done_[i] = bytes;
    draw(false);
  };
}

// At most ten times a second; from whichever thread read last.
void Progress::draw(bool force) {
  std::lock_guard<std::mutex> lock(mu_);
  auto now = std::chrono::steady_clock::now();
  if (!force && shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  uint64_t done = 0;
  for (size_t i = 0; i < slots_; ++i) done += done_[i];
  std::fprintf(stderr, "\rpgdrift: reading %llu of %llu MB (%llu %%)", static_cast<unsigned long long>(done >> 20),
               static_cast<unsigned long long>(total_ >> 20),
               static_cast<unsigned long long>(total_ ? done * 100 / total_ : 100));
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace pgdrift::cli
