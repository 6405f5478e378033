// The checksums migration tools keep in their ledgers: Prisma's SHA-256 of migration.sql and
// Flyway's CRC32 of a script's lines. `pgdrift history` recomputes them to see edited files.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace pgdrift {

// SHA-256 (FIPS 180-4) as lower-case hex.
std::string sha256_hex(std::string_view data);

// CRC-32 (IEEE 802.3, the one of zlib and java.util.zip.CRC32), continued from `crc`.
uint32_t crc32_update(uint32_t crc, std::string_view data);

// Flyway's checksum of a script: the CRC-32 of its lines without their line breaks (\n, \r\n
// or \r), a UTF-8 byte order mark left out, read as a signed 32-bit integer.
int32_t flyway_checksum(std::string_view script);

}  // namespace pgdrift
