// The word lists (src/lexicon/*.txt) as tools/lexicon_compile.cpp writes them at build time, already split into
// sections and entries and lower-cased: what lexicon.cpp binds to at start-up instead of reading the lists' text.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace archive::lexicon_data {

/// A piece of a file's text: its entries and section names are offsets into one string (no pointer a piece, so the
/// tables need no relocation when the program is loaded).
struct Piece {
    std::uint32_t at = 0, size = 0;
};

/// One "[section]": its name, its entries (a run of the file's entries, in file order), and the look-up forms of
/// LexiconSection computed from them (longest entry, WordSketch bits).
struct Section {
    Piece name;
    std::uint32_t first_entry = 0, entry_count = 0;
    std::uint32_t longest = 0;
    std::array<std::uint64_t, 8> sketch{};
};

/// One word list: "fr", "de"... or "common".
struct File {
    std::string_view code;
    std::string_view text;
    std::span<const Piece> entries;
    std::span<const Section> sections;
};

/// Every src/lexicon/*.txt, by file name.
extern const File files[];
extern const unsigned file_count;

} // namespace archive::lexicon_data
