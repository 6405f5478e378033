// The queue between the parse and the replay of an input (cli/part_queue.h).
#include <atomic>
#include <chrono>
#include <thread>

#include "cli/part_queue.h"
#include <doctest/doctest.h>

using pgdrift::cli::PartQueue;

namespace {
std::vector<pgdrift::ast::Stmt> part_of(size_t n) { return std::vector<pgdrift::ast::Stmt>(n); }
}  // namespace

TEST_CASE("part queue: parts come out in order, then nothing once closed") {
  PartQueue q;
  std::thread producer([&] {
    for (size_t n = 1; n <= 10; ++n) q.push(part_of(n));
    q.close();
  });
  for (size_t n = 1; n <= 10; ++n) {
    auto part = q.pop();
    REQUIRE(part.has_value());
    CHECK(part->size() == n);
  }
  CHECK_FALSE(q.pop().has_value());
  producer.join();
}

TEST_CASE("part queue: the producer waits while the queue is full") {
  PartQueue q;
  std::atomic<size_t> pushed{0};
  std::thread producer([&] {
    for (size_t n = 0; n < 10; ++n) q.push(part_of(1)), ++pushed;
    q.close();
  });
  // Nothing is taken: however long the producer runs, at most kCapacity parts get in (waited
  // for first, the producer may start late on a busy machine; then time to push more).
  for (int i = 0; i < 5000 && pushed.load() < PartQueue::kCapacity; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(pushed.load() == PartQueue::kCapacity);
  size_t taken = 0;
  while (q.pop()) ++taken;
  CHECK(taken == 10);
  producer.join();
}

TEST_CASE("part queue: a producer waiting for room returns once the consumer gives up") {
  PartQueue q;
  std::atomic<bool> done{false};
  std::thread producer([&] {
    for (size_t n = 0; n < 10; ++n) q.push(part_of(1));
    done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK_FALSE(done.load());
  q.abandon();
  producer.join();  // (would hang if push kept waiting)
  CHECK(done.load());
}
