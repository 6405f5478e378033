// MD5 (RFC 1321) as lower-case hex, the same text PostgreSQL's md5() returns: the reconciler
// compares a fingerprint pgdrift predicts with the one the server computes.
#pragma once
#include <string>
#include <string_view>

namespace pgdrift {

std::string md5_hex(std::string_view data);

}  // namespace pgdrift
