// pgdrift's version: printed by `pgdrift --version` and recorded by every reconciler run in
// pgdrift.versions. Keep it equal to the version in meson.build's project().
#pragma once

namespace pgdrift {
inline constexpr const char* kVersionNumber = "0.2.0";
inline constexpr const char* kVersion = "pgdrift 0.2.0";  // "pgdrift " + kVersionNumber
}  // namespace pgdrift
