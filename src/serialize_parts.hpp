// The scan of serialize.cpp's JSON writer, declared here for its tests. Internal: the stage's contract is to_json()
// in archive/archive.hpp.
#pragma once

#include <cstddef>
#include <string_view>

namespace archive {

/// The first index from i whose byte a JSON string escapes (a control character, '"' or '\\') or that opens a UTF-8
/// sequence (>= 0x80, to be checked), or s.size(). Most strings of a record are long runs of plain ASCII: one scan
/// finds both kinds of byte, sixteen bytes a step where SSE2 is there (every x86-64), eight otherwise.
std::size_t plain_run_end(std::string_view s, std::size_t i);
/// plain_run_end() without SSE2, eight bytes a step: what a build for another processor runs, compiled in every
/// build so that the tests compare it with the fast one.
std::size_t plain_run_end_portable(std::string_view s, std::size_t i);

} // namespace archive
