// The lines of code that code_line() cannot tell alone, read from the lines around them (code_runs.cpp), for
// classify's rate_blocks() and its tests.
#pragma once

#include "pipeline.hpp"

#include <vector>

namespace archive {

/// Marks in `code` (code_line() of each block, as long as `blocks`) the lines of code that only their neighbours show:
/// "[Unit]" / "[Server]", a configuration file's section of any case, over a line of code with an equals sign; and
/// "export default {" / "  plugins: [\"a.js\"]," / "};", the lines from a line that opens a bracket at its end to the
/// line that closes it at its start.
void mark_code_runs(const std::vector<Block>& blocks, std::vector<char>& code);

} // namespace archive
