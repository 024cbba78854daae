// Reading a word list's text (src/lexicon/<lang>.txt): its sections and their entries, lower-cased. Done at build
// time by tools/lexicon_compile.cpp, which writes the entries out as data the program binds to at start-up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// One "[section]" of a word list: its entries in file order, each lower-cased (text::lower).
struct ParsedSection {
    std::string name;
    std::vector<std::string> entries;
};

/// The sections of a word list's text in the order they first appear: "[name]" opens a section (one opened again
/// takes more entries), "#" starts a comment line, blank lines are skipped. Sections of single words (see
/// splits_on_spaces) hold each word of a line; the others hold a line an entry. A header without entries makes no
/// section.
std::vector<ParsedSection> parse_lexicon(std::string_view content);

/// Sections of single words hold several a line: the "*words" sections and a few others ("weekdays", "articles").
bool splits_on_spaces(std::string_view section);

} // namespace archive
