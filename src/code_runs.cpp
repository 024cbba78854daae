// The lines of code read from their neighbours (mark_code_runs()): a configuration file's section over its keys and
// a block of code between the bracket that opens it and the bracket that closes it. code_line() (entries.cpp) reads a
// line alone.
#include "code_runs.hpp"

#include <algorithm>
#include <string_view>

namespace archive {

namespace {

// "[Unit]", "[Install]", "[server]", "[log-level]": a configuration file's section, one word of letters, digits,
// '_', '-' or '.' between square brackets. (The lower-case ones are code_line()s already.)
bool section_line(const Block& b) {
    const std::string_view t = b.text;
    if (b.words != 1 || t.size() < 3 || t.front() != '[' || t.back() != ']')
        return false;
    auto name_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
               c == '.';
    };
    return std::all_of(t.begin() + 1, t.end() - 1, name_char);
}

// The opening brackets less the closing ones of a line ('(', '[' and '{' against ')', ']' and '}').
int bracket_depth(std::string_view t) {
    int depth = 0;
    for (const char c : t)
        depth += (c == '(' || c == '[' || c == '{') ? 1 : (c == ')' || c == ']' || c == '}') ? -1 : 0;
    return depth;
}

bool opening_bracket(char c) { return c == '(' || c == '[' || c == '{'; }

bool closing_bracket(char c) { return c == ')' || c == ']' || c == '}'; }

// "export default {" ... "};": the last line of the block opened by block k, which ends with an opening bracket
// left open, when a later line closes it at its start ("}", "};", "]);"), within `most_lines` lines of no more than
// `most_words` words each, none of them closed by a sentence's stop (code, not prose: "... three winners (" / "see
// the list below" / ")."); k when there is none.
std::size_t bracket_block_end(const std::vector<Block>& blocks, std::size_t k) {
    const std::size_t most_lines = 40;
    const int most_words = 20;
    int depth = bracket_depth(blocks[k].text);
    if (depth <= 0)
        return k;
    for (std::size_t j = k + 1; j < blocks.size() && j <= k + most_lines; ++j) {
        const Block& b = blocks[j];
        const char last = b.text.back();
        if (b.words > most_words || last == '.' || last == '!' || last == '?')
            return k;
        depth += bracket_depth(b.text);
        if (depth < 0)
            return k;
        if (depth == 0)
            return closing_bracket(b.text.front()) ? j : k;
    }
    return k;
}

} // namespace

void mark_code_runs(const std::vector<Block>& blocks, std::vector<char>& code) {
    // A section is read over a line of code, and a block closed by a brace ("}", "};") closes on a line of code: a
    // page without one (most news pages) has neither, and its lines are not read.
    if (std::find(code.begin(), code.end(), char{1}) == code.end())
        return;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const Block& b = blocks[k];
        // (Most lines end with a letter or a stop and open no section: settled by their last byte.)
        const char last = b.text.empty() ? '\0' : b.text.back();
        if (last == ']' && !code[k] && k + 1 < blocks.size() && !blocks[k + 1].blank_before && code[k + 1] &&
            blocks[k + 1].text.find('=') != std::string::npos && section_line(b)) {
            code[k] = true;
            continue;
        }
        if (!opening_bracket(last))
            continue;
        const std::size_t end = bracket_block_end(blocks, k);
        if (end == k)
            continue;
        std::fill(code.begin() + static_cast<std::ptrdiff_t>(k), code.begin() + static_cast<std::ptrdiff_t>(end + 1),
                  true);
        k = end;
    }
}

} // namespace archive
